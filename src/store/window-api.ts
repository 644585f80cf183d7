// window.tightrope: lets end-to-end tests and teachers' tools play without pixel-clicking.
import type { Action, GameState, Summary } from '../engine';
import type { Scenario } from '../scenario';
import type { ActResult, GameStore } from './game-store';
import type { LoadAttempt } from './loader';

export interface TightropeApi {
  newGame(options?: { scenario?: string | Scenario; seed?: number }): Summary;
  state(): GameState | null;
  legal(): Action[];
  act(action: Action): ActResult;
  summary(): Summary | null;
  /** What became of the last scenario file loaded (by file, drop or ?scenario=), with every problem found. */
  loadAttempt(): LoadAttempt | null;
}

export function tightropeApi(store: GameStore): TightropeApi {
  return {
    newGame(options = {}) {
      store.getState().newGame(options);
      return store.getState().summary()!;
    },
    state() {
      const game = store.getState().played;
      return game ? (JSON.parse(JSON.stringify(game)) as GameState) : null;
    },
    legal: () => store.getState().legal(),
    act(action) {
      const answer = store.getState().act(action);
      return JSON.parse(JSON.stringify(answer)) as ActResult;
    },
    summary: () => store.getState().summary(),
    loadAttempt() {
      const attempt = store.getState().loadAttempt;
      return attempt ? (JSON.parse(JSON.stringify(attempt)) as LoadAttempt) : null;
    },
  };
}
