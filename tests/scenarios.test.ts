// Every scenario shipped in scenarios/ is valid and playable to an ending by every bot policy.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICIES, batchStats, simulate } from '../src/ai';
import { compileRules } from '../src/engine';
import { parseScenarioText } from '../src/scenario';
import { bundledScenarios } from '../src/store/bundled-inline';

const dir = new URL('../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.weights.json'));

describe.each(files)('scenarios/%s', (file) => {
  const parsed = parseScenarioText(readFileSync(new URL(file, dir), 'utf8'));

  it('is valid, without warnings', () => {
    expect(parsed.ok ? parsed.warnings : parsed.problems).toEqual([]);
  });

  it.each(POLICIES.map((p) => p.name))('plays to an ending under the %s policy', (name) => {
    if (!parsed.ok) throw new Error('invalid');
    const rules = compileRules(parsed.value);
    const stats = batchStats(
      simulate(
        rules,
        POLICIES.find((p) => p.name === name)!,
        { games: 40, seed: 5 },
      ),
    );
    expect(stats.games).toBe(40);
    const endingIds = new Set(parsed.value.endings.map((e) => e.id));
    for (const ending of Object.keys(stats.endings)) expect(endingIds.has(ending)).toBe(true);
  });
});

describe('the bundled catalogue', () => {
  it('offers the default (in English and Korean), classroom and road-to-APEC scenarios on the title screen', () => {
    expect(bundledScenarios().map((s) => [s.id, s.languages, s.turns])).toEqual([
      ['summer-2025', ['en', 'ko'], 10],
      ['classroom-45', ['en'], 5],
      ['road-to-apec', ['en'], 8],
    ]);
  });
});
