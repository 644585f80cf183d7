import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWeightsText } from './game-log';
import { parseJsonText, parseScenarioText } from './parse';
import { PROBLEM_ENGLISH, problemEnglish, sayProblem } from './problem-words';
import type { Problem } from './problems';

const dir = new URL('../../tests/fixtures/invalid/', import.meta.url).pathname;
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'expected.json')
  .sort();

function problemsOf(
  result: { ok: true; warnings: Problem[] } | { ok: false; problems: Problem[] },
) {
  return result.ok ? result.warnings : result.problems;
}

const WEIGHTS = { 'trust.gain': { min: 0, max: 2 } };

describe('the English of every problem comes from the table', () => {
  it.each(corpus)('%s: each message is its sentence said in English', (file) => {
    const problems = problemsOf(parseScenarioText(readFileSync(join(dir, file), 'utf8')));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(problemEnglish(p.say)).toBe(p.message);
  });

  it.each([
    ['an unknown weight', '{"weights": {"trust.gane": 1}}'],
    ['a weight out of range', '{"weights": {"trust.gain": 5}}'],
    ['a wrong type', '{"weights": {"trust.gain": "1"}}'],
    ['an unknown field', '{"weights": {}, "scenaro": "x"}'],
  ])('a weights file with %s', (_, text) => {
    const problems = problemsOf(parseWeightsText(text, WEIGHTS));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(problemEnglish(p.say)).toBe(p.message);
  });

  it('says a file too large to read as the command line always has', () => {
    const big = `{"padding": "${'x'.repeat(3 * 1024 * 1024)}"}`;
    const [p] = problemsOf(parseJsonText(big, 'weightsFile'));
    expect(p!.message).toBe('the weights file is 3.0 MB; the limit is 2 MB');
    expect(problemEnglish(p!.say)).toBe(p!.message);
  });

  it('fills every part, and keeps a "$" in a value as it is', () => {
    const s = sayProblem('weight.unknown', { name: '$&' });
    expect(problemEnglish(s)).toBe('the scenario has no weight "$&"');
    expect(Object.keys(PROBLEM_ENGLISH).length).toBeGreaterThan(100);
  });
});
