// simulate(): a batch of games, each a loop of state = apply(state, policy.choose(state)), with its statistics.
import {
  apply,
  createGame,
  gameSeed,
  seedRng,
  type CompiledRules,
  type GameState,
} from '../engine';
import type { Policy } from './policies';

export interface GameResult {
  seed: number;
  score: number;
  ending: string;
  turns: number;
  actions: number;
  /** The levers in deals Seoul signed during the game (for the report's lever-use check). */
  levers: string[];
}

export interface BatchStats {
  games: number;
  meanScore: number;
  scoreQuantiles: { p10: number; p50: number; p90: number };
  endings: Record<string, number>;
}

/** The most actions one game may take before it counts as a runaway bot (a programmer error). */
const MAX_ACTIONS = 2000;

export function playGame(
  rules: CompiledRules,
  policy: Policy,
  seed: number,
): { result: GameResult; state: GameState } {
  let state = createGame(rules, seed);
  const rng = seedRng((seed ^ 0x5bd1e995) >>> 0);
  while (!state.over) {
    if (state.log.length >= MAX_ACTIONS)
      throw new Error(`policy ${policy.name} did not finish game ${seed}`);
    const action = policy.choose(rules, state, rng);
    const result = apply(rules, state, action);
    if (!result.ok)
      throw new Error(`policy ${policy.name} chose an illegal action: ${result.reason}`);
    state = result.state;
  }
  const ending = state.ending!;
  return {
    result: {
      seed,
      score: ending.score,
      ending: ending.id,
      levers: [
        ...new Set(state.deals.flatMap((d) => [...d.gives, ...d.asks].map((s) => s.lever))),
      ].sort(),
      turns: state.turn,
      actions: state.log.length,
    },
    state,
  };
}

export function simulate(
  rules: CompiledRules,
  policy: Policy,
  options: { games: number; seed: number; onProgress?: (done: number) => void },
): GameResult[] {
  return simulateRange(rules, policy, {
    seed: options.seed,
    from: 0,
    to: options.games,
    onProgress: options.onProgress,
  });
}

/** Games `from` to `to` − 1 of a batch: each game's seed depends only on the batch seed and its index, so a batch
 * split across workers gives exactly the results of one run. */
export function simulateRange(
  rules: CompiledRules,
  policy: Policy,
  options: { seed: number; from: number; to: number; onProgress?: (done: number) => void },
): GameResult[] {
  const results: GameResult[] = [];
  for (let i = options.from; i < options.to; i++) {
    results.push(playGame(rules, policy, gameSeed(options.seed, i)).result);
    if (options.onProgress && (i + 1 - options.from) % 100 === 0)
      options.onProgress(i + 1 - options.from);
  }
  return results;
}

export function batchStats(results: readonly GameResult[]): BatchStats {
  const scores = results.map((r) => r.score).sort((a, b) => a - b);
  const endings: Record<string, number> = {};
  for (const r of results) endings[r.ending] = (endings[r.ending] ?? 0) + 1;
  const sum = scores.reduce((a, b) => a + b, 0);
  return {
    games: results.length,
    meanScore: results.length ? round(sum / results.length) : 0,
    scoreQuantiles: {
      p10: quantile(scores, 0.1),
      p50: quantile(scores, 0.5),
      p90: quantile(scores, 0.9),
    },
    endings: Object.fromEntries(Object.entries(endings).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** Nearest-rank quantile of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
