import { describe, expect, it } from 'vitest';
import { tinyInput } from '../engine/fixtures/tiny';
import { parseScenarioText } from './parse';
import { formatProblem } from './problems';

const valid = JSON.stringify(tinyInput, null, 2);
const problemsOf = (text: string) => {
  const r = parseScenarioText(text);
  if (r.ok) throw new Error('expected problems');
  return r.problems.filter((p) => p.severity === 'error').map((p) => formatProblem('s.json', p));
};
const mutate = (change: (s: Record<string, unknown> & typeof tinyInput) => void) => {
  const copy = JSON.parse(valid) as Record<string, unknown> & typeof tinyInput;
  change(copy);
  return JSON.stringify(copy, null, 2);
};

describe('parseScenarioText', () => {
  it('accepts a valid scenario', () => {
    const r = parseScenarioText(valid);
    expect(r.ok).toBe(true);
  });

  it('locates a JSON syntax error by line and column', () => {
    const text = valid.replace('"title": "Tiny",', '"title": "Tiny"');
    expect(problemsOf(text)).toEqual([
      's.json: /: JSON syntax error: expected "," between items (or a closing bracket) (5:3)',
    ]);
  });

  it('reports a wrong type at its pointer and line', () => {
    const text = mutate((s) => {
      (s.tracks[0] as { start: unknown }).start = 'fifty';
    });
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(
        /^s\.json: \/tracks\/0\/start: expected a number, found "fifty" \(\d+:\d+\)$/,
      ),
    ]);
  });

  it('reports a dangling reference in plain words', () => {
    const text = mutate((s) => {
      s.calendar[1]!.atTable = ['washington', 'russia'];
    });
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(
        /^s\.json: \/calendar\/1\/atTable\/1: turn 2 names actor "russia", which is not among the actors \(\d+:\d+\)$/,
      ),
    ]);
  });

  it('keeps warnings apart from errors', () => {
    const r = parseScenarioText(valid);
    expect(r.ok && r.warnings.map((w) => formatProblem('s.json', w))).toEqual([
      expect.stringMatching(
        /^s\.json: \/events\/1\/probability: warning: event "never" has probability 0, so it can never fire \(\d+:\d+\)$/,
      ),
    ]);
  });

  it('reports every problem at once', () => {
    const text = mutate((s) => {
      (s.tracks[0] as { start: unknown }).start = 'fifty';
      (s as Record<string, unknown>).titel = 'typo';
    });
    const problems = problemsOf(text);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/\/titel: unknown field "titel"/);
  });

  it('refuses a newer format with the version this game reads', () => {
    const text = mutate((s) => {
      (s as { format: number }).format = 2;
    });
    expect(problemsOf(text)).toEqual([
      expect.stringContaining(
        'this file is written for scenario format 2 (a newer game); this game reads format 1',
      ),
    ]);
  });

  it('cannot be made to pollute Object.prototype', () => {
    const text = valid.replace('"values": {', '"values": { "__proto__": { "polluted": 1 },');
    parseScenarioText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
