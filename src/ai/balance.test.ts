// Strategy matters in the default scenario: better play scores better, and no ending is a foregone conclusion.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../engine';
import { parseScenarioText } from '../scenario';
import { POLICIES, batchStats, policyNamed, simulate } from '.';

const parsed = parseScenarioText(
  readFileSync(new URL('../../scenarios/summer-2025.json', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error('the default scenario is invalid');
const rules = compileRules(parsed.value);
const stats = Object.fromEntries(
  POLICIES.map((p) => [
    p.name,
    batchStats(simulate(rules, p, { games: p.name === 'random' ? 600 : 200, seed: 2025 })),
  ]),
);

describe('balance of the default scenario', () => {
  it('rewards the greedy policy over random play', () => {
    expect(stats.greedy!.meanScore).toBeGreaterThan(stats.random!.meanScore + 5);
  });

  it.each(POLICIES.map((p) => p.name))('gives no ending more than 80%% of %s games', (name) => {
    const s = stats[name]!;
    for (const [ending, count] of Object.entries(s.endings)) {
      expect(count / s.games, `${ending} under ${name}`).toBeLessThanOrEqual(0.8);
    }
  });

  it('sends different policies to different endings', () => {
    const top = POLICIES.map(
      (p) => Object.entries(stats[p.name]!.endings).sort((a, b) => b[1] - a[1])[0]![0],
    );
    expect(new Set(top).size).toBeGreaterThan(1);
  });

  it('lets bandwagoning with Washington end in Beijing’s economic squeeze (entrapment)', () => {
    expect(stats.bandwagon!.endings['economic-squeeze'] ?? 0).toBeGreaterThan(0);
  });

  it('names every policy the command line accepts', () => {
    expect(POLICIES.map((p) => p.name)).toEqual(['random', 'greedy', 'hedge', 'bandwagon']);
    expect(policyNamed('nonsense')).toBeUndefined();
  });
});
