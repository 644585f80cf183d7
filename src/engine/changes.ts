// Moving tracks and trust: clamped to their ranges, rounded, and recorded with a reason.
import { round } from './lever';
import type { CompiledRules } from './rules';
import type { Change, GameState, Reason } from './state';

export const TRUST_MIN = 0;
export const TRUST_MAX = 100;

/** A game state being built by one step: its own copies of the parts a step may change. */
export type Draft = GameState;

export function draftOf(state: GameState): Draft {
  return {
    ...state,
    rng: [...state.rng],
    tracks: { ...state.tracks },
    actors: Object.fromEntries(Object.entries(state.actors).map(([k, v]) => [k, { ...v }])),
    deals: state.deals,
    flags: { ...state.flags },
    fired: [...state.fired],
    changes: [...state.changes],
    news: [...state.news],
    actions: [...state.actions],
    concepts: [...state.concepts],
    history: state.history,
    log: state.log,
  };
}

export function moveTrack(
  rules: CompiledRules,
  draft: Draft,
  track: string,
  delta: number,
  reason: Reason,
): Change | undefined {
  const def = rules.trackById[track];
  if (!def) throw new Error(`unknown track "${track}"`);
  const before = draft.tracks[track] ?? def.start;
  const after = round(Math.min(def.max, Math.max(def.min, before + delta)), 2);
  if (after === before) return undefined;
  draft.tracks[track] = after;
  const change: Change = {
    target: 'track',
    id: track,
    before,
    after,
    delta: round(after - before, 2),
    reason,
  };
  draft.changes.push(change);
  return change;
}

export function moveTrust(
  draft: Draft,
  actor: string,
  delta: number,
  reason: Reason,
): Change | undefined {
  const a = draft.actors[actor];
  if (!a) throw new Error(`unknown actor "${actor}"`);
  const before = a.trust;
  const after = round(Math.min(TRUST_MAX, Math.max(TRUST_MIN, before + delta)), 2);
  if (after === before) return undefined;
  a.trust = after;
  const change: Change = {
    target: 'trust',
    id: actor,
    before,
    after,
    delta: round(after - before, 2),
    reason,
  };
  draft.changes.push(change);
  return change;
}
