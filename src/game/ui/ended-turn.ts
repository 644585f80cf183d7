// Which turn the summary reports, and where the numbers stood when it began (the previous record, or the start).
import type { CompiledRules, GameState, TurnRecord } from '../../engine';
import { views } from '../../store';

export interface Ended {
  rules: CompiledRules;
  game: GameState;
  record: TurnRecord;
  /** Tracks and index as the turn began. */
  before: { tracks: Record<string, number>; stability: number };
}

/** The turn that just ended; when the game ended mid-turn (no record yet), the turn in progress as it stands. */
export function endedTurn(rules: CompiledRules, game: GameState): Ended | null {
  const history = game.history;
  let record = history[history.length - 1];
  let previous = history[history.length - 2];
  if (game.over && (!record || record.turn < game.turn)) {
    previous = record;
    const { turn, tracks, changes, news, actions } = game;
    record = {
      turn,
      tracks,
      changes,
      news,
      actions,
      stability: views.stabilityIndex(rules, tracks).value,
    };
  }
  if (!record) return null;
  const start = Object.fromEntries(rules.tracks.map((t) => [t.id, t.start]));
  const tracks = previous?.tracks ?? start;
  const stability = previous?.stability ?? views.stabilityIndex(rules, start).value;
  return { rules, game, record, before: { tracks, stability } };
}
