// window.tightrope: lets end-to-end tests and teachers' tools play without pixel-clicking.
import type { Action, GameState, Summary } from '../engine';
import type { Scenario } from '../scenario';
import type { ActResult, GameStore } from './game-store';

export interface TightropeApi {
  newGame(options?: { scenario?: string | Scenario; seed?: number }): Summary;
  state(): GameState | null;
  legal(): Action[];
  act(action: Action): ActResult;
  summary(): Summary | null;
}

export function tightropeApi(store: GameStore): TightropeApi {
  return {
    newGame(options = {}) {
      store.getState().newGame(options);
      return store.getState().summary()!;
    },
    state() {
      const game = store.getState().game;
      return game ? (JSON.parse(JSON.stringify(game)) as GameState) : null;
    },
    legal: () => store.getState().legal(),
    act(action) {
      const answer = store.getState().act(action);
      return JSON.parse(JSON.stringify(answer)) as ActResult;
    },
    summary: () => store.getState().summary(),
  };
}
