import { describe, expect, it } from 'vitest';
import { tinyRules } from '../engine/fixtures/tiny';
import { balanceFlags, endingShift, sensitivity, sweepValues } from './analysis';
import { batchStats, type GameResult } from './simulate';

const game = (score: number, ending: string, levers: string[] = []): GameResult => ({
  seed: 0,
  score,
  ending,
  turns: 3,
  actions: 5,
  levers,
});

describe('sweepValues', () => {
  it.each([
    [0, 1, 5, [0, 0.25, 0.5, 0.75, 1]],
    [10, 4, 3, [10, 7, 4]],
    [2, 9, 1, [2]],
  ])('%s:%s in %s steps', (from, to, steps, values) =>
    expect(sweepValues(from, to, steps)).toEqual(values),
  );
});

describe('endingShift', () => {
  it('is 0 for the same mix and 1 for disjoint ones', () => {
    const a = batchStats([game(1, 'x'), game(1, 'y')]);
    expect(endingShift(a, a)).toBe(0);
    expect(endingShift(a, batchStats([game(1, 'z')]))).toBe(1);
    expect(endingShift(a, batchStats([game(1, 'x'), game(1, 'x')]))).toBe(0.5);
  });
});

describe('sensitivity', () => {
  it('ranks the weight that moves the score most first', async () => {
    const rules = tinyRules();
    const run = async (overlay: Record<string, number>) => {
      const sma = overlay['washington.sma'] ?? 20;
      const vol = overlay['washington.volatility'] ?? 0;
      return [game(50 + sma / 2 + vol / 100, 'a'), game(50 + sma / 2, 'a')];
    };
    const ranges = {
      'washington.volatility': { min: 0, max: 30 },
      'washington.sma': { min: 0, max: 40 },
    };
    const rows = await sensitivity(rules, run, {}, ranges, 'greedy');
    expect(rows.map((r) => r.weight)).toEqual(['washington.sma', 'washington.volatility']);
    expect(rows[0]).toMatchObject({ low: 10, high: 30, scoreEffect: 10, endingShift: 0 });
  });
});

describe('balanceFlags', () => {
  const input = {
    byPolicy: {
      greedy: [game(70, 'good', ['sma']), game(72, 'good', ['sma', 'flex'])],
      random: [game(40, 'bad'), game(45, 'good')],
    },
    endings: [
      { id: 'good', title: 'Good' },
      { id: 'bad', title: 'Bad' },
      { id: 'collapse', title: 'Collapse' },
    ],
    levers: [
      { id: 'sma', label: 'Troop-cost share' },
      { id: 'flex', label: 'Flexibility' },
      { id: 'tariff', label: 'Tariff relief' },
    ],
    leverPolicy: 'greedy',
    margin: 10,
    almostAlways: 0.9,
  };

  it('flags a dominant policy, endings never or always reached, levers never or always used', () => {
    expect(balanceFlags(input).map((f) => f.kind)).toEqual([
      'dominant-policy',
      'ending-never',
      'ending-almost-always',
      'lever-always-used',
      'lever-never-used',
    ]);
    expect(balanceFlags(input)[0]!.text).toBe(
      'The greedy policy beats every other by more than 10 points (71 against 42.5 for random).',
    );
  });

  it('flags nothing for a balanced batch', () => {
    const balanced = {
      ...input,
      margin: 40,
      endings: input.endings.slice(0, 2),
      levers: [input.levers[1]!],
      byPolicy: { ...input.byPolicy, greedy: [game(70, 'bad', ['flex']), game(60, 'good')] },
    };
    expect(balanceFlags(balanced)).toEqual([]);
  });
});
