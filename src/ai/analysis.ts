// Batch analysis for designers: weight sweeps, a sensitivity ranking, and balance checks over simulated games.
import type { CompiledRules } from '../engine';
import { batchStats, type BatchStats, type GameResult } from './simulate';

/** Plays a batch with a weights overlay under one policy; the caller decides how (threads, workers). */
export type RunBatch = (overlay: Record<string, number>, policy: string) => Promise<GameResult[]>;

export interface SweepPoint {
  value: number;
  stats: BatchStats;
}

/** `from:to:steps` → the values of a sweep, both ends included. */
export function sweepValues(from: number, to: number, steps: number): number[] {
  if (steps < 2) return [from];
  return Array.from(
    { length: steps },
    (_, i) => Math.round((from + ((to - from) * i) / (steps - 1)) * 1e6) / 1e6,
  );
}

export async function sweep(
  run: RunBatch,
  base: Record<string, number>,
  weight: string,
  values: number[],
  policy: string,
): Promise<SweepPoint[]> {
  const points: SweepPoint[] = [];
  for (const value of values)
    points.push({ value, stats: batchStats(await run({ ...base, [weight]: value }, policy)) });
  return points;
}

export interface Sensitivity {
  weight: string;
  low: number;
  high: number;
  /** Mean score at the high end minus at the low end. */
  scoreEffect: number;
  /** How much the ending mix changes between the ends: half the sum of share differences (0 = same, 1 = disjoint). */
  endingShift: number;
}

/** Moves each weight across the middle half of its range and measures what the batch does; biggest effect first. */
export async function sensitivity(
  rules: CompiledRules,
  run: RunBatch,
  base: Record<string, number>,
  ranges: Record<string, { min: number; max: number }>,
  policy: string,
): Promise<Sensitivity[]> {
  const rows: Sensitivity[] = [];
  for (const [weight, range] of Object.entries(ranges)) {
    const centre = rules.weights[weight] ?? (range.min + range.max) / 2;
    const quarter = (range.max - range.min) / 4;
    const low = round(Math.max(range.min, centre - quarter));
    const high = round(Math.min(range.max, centre + quarter));
    if (high === low) continue;
    const lo = batchStats(await run({ ...base, [weight]: low }, policy));
    const hi = batchStats(await run({ ...base, [weight]: high }, policy));
    rows.push({
      weight,
      low,
      high,
      scoreEffect: round(hi.meanScore - lo.meanScore),
      endingShift: round(endingShift(lo, hi)),
    });
  }
  return rows.sort(
    (a, b) =>
      Math.abs(b.scoreEffect) +
        20 * b.endingShift -
        (Math.abs(a.scoreEffect) + 20 * a.endingShift) || a.weight.localeCompare(b.weight),
  );
}

export function endingShift(a: BatchStats, b: BatchStats): number {
  const ids = new Set([...Object.keys(a.endings), ...Object.keys(b.endings)]);
  let total = 0;
  for (const id of ids)
    total += Math.abs((a.endings[id] ?? 0) / a.games - (b.endings[id] ?? 0) / b.games);
  return total / 2;
}

export interface BalanceFlag {
  kind:
    | 'dominant-policy'
    | 'ending-never'
    | 'ending-almost-always'
    | 'lever-never-used'
    | 'lever-always-used';
  text: string;
}

export interface BalanceInput {
  byPolicy: Record<string, GameResult[]>;
  endings: { id: string; title: string }[];
  levers: { id: string; label: string }[];
  /** The policy whose lever use is checked (the greedy one). */
  leverPolicy: string;
  margin: number;
  almostAlways: number;
}

/** The report's balance flags: a policy that beats all others by more than the margin, endings never or almost always reached, levers never or always used. */
export function balanceFlags(input: BalanceInput): BalanceFlag[] {
  const flags: BalanceFlag[] = [];
  const stats = Object.fromEntries(
    Object.entries(input.byPolicy).map(([p, r]) => [p, batchStats(r)]),
  );
  const ranked = Object.entries(stats).sort((a, b) => b[1].meanScore - a[1].meanScore);
  if (ranked.length > 1 && ranked[0]![1].meanScore - ranked[1]![1].meanScore > input.margin) {
    flags.push({
      kind: 'dominant-policy',
      text: `The ${ranked[0]![0]} policy beats every other by more than ${input.margin} points (${ranked[0]![1].meanScore} against ${ranked[1]![1].meanScore} for ${ranked[1]![0]}).`,
    });
  }
  const all = Object.values(input.byPolicy).flat();
  for (const ending of input.endings) {
    const count = all.filter((g) => g.ending === ending.id).length;
    if (count === 0)
      flags.push({
        kind: 'ending-never',
        text: `No simulated game reached “${ending.title}” (${ending.id}).`,
      });
  }
  for (const [policy, s] of Object.entries(stats)) {
    for (const [id, count] of Object.entries(s.endings)) {
      if (count / s.games >= input.almostAlways) {
        flags.push({
          kind: 'ending-almost-always',
          text: `Under ${policy}, ${Math.round((100 * count) / s.games)}% of games end in “${input.endings.find((e) => e.id === id)?.title ?? id}”.`,
        });
      }
    }
  }
  const games = input.byPolicy[input.leverPolicy] ?? [];
  for (const lever of input.levers) {
    if (games.length === 0) break;
    const used = games.filter((g) => g.levers.includes(lever.id)).length;
    if (used === 0)
      flags.push({
        kind: 'lever-never-used',
        text: `The ${input.leverPolicy} policy never signed a deal with “${lever.label}” (${lever.id}).`,
      });
    else if (used === games.length)
      flags.push({
        kind: 'lever-always-used',
        text: `The ${input.leverPolicy} policy used “${lever.label}” (${lever.id}) in every game.`,
      });
  }
  return flags;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
