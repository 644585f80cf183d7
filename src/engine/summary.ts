// The short public summary of a game, and replaying an action log from the start.
import { apply } from './apply';
import { createGame } from './create';
import { hashOf } from './hash';
import type { CompiledRules } from './rules';
import { stabilityValue } from './stability';
import type { Action, GameState } from './state';

export interface Summary {
  scenarioId: string;
  seed: number;
  turn: number;
  turns: number;
  over: boolean;
  ending: { id: string; title: string; grade: string; score: number; early: boolean } | null;
  stabilityIndex: number;
  tracks: Record<string, number>;
  actions: number;
  hash: string;
}

export function stateHash(state: GameState): string {
  return hashOf(state);
}

export function summary(rules: CompiledRules, state: GameState): Summary {
  const e = state.ending;
  return {
    scenarioId: state.scenarioId,
    seed: state.seed,
    turn: state.turn,
    turns: rules.calendar.length,
    over: state.over,
    ending: e ? { id: e.id, title: e.title, grade: e.grade, score: e.score, early: e.early } : null,
    stabilityIndex: stabilityValue(rules, state.tracks),
    tracks: { ...state.tracks },
    actions: state.log.length,
    hash: stateHash(state),
  };
}

export type ReplayResult =
  { ok: true; state: GameState } | { ok: false; index: number; reason: string; state: GameState };

/** Replays a log; stops at the first action the engine refuses, saying which and why. */
export function replay(
  rules: CompiledRules,
  seed: number,
  actions: readonly Action[],
): ReplayResult {
  let state = createGame(rules, seed);
  for (let i = 0; i < actions.length; i++) {
    const result = apply(rules, state, actions[i]!);
    if (!result.ok) return { ok: false, index: i, reason: result.reason, state };
    state = result.state;
  }
  return { ok: true, state };
}
