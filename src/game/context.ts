// How scenes reach the one store: through the game registry, typed. The game starts before the store exists
// (Phaser's start-up runs while the scenarios and fonts download), so the first scene waits for it.
import type Phaser from 'phaser';
import type { GameStore } from '../store';

const KEY = 'store';
const READY_KEY = 'store-ready';

/** Hands the store to the scenes once `ready` gives it; `storeReady` resolves then, `storeOf` works after. */
export function provideStore(game: Phaser.Game, ready: Promise<GameStore>): void {
  const provided = ready.then((store) => {
    game.registry.set(KEY, store);
    return store;
  });
  // A store that could not be made is reported by the page (src/main.ts); the scenes then just never start.
  provided.catch(() => undefined);
  game.registry.set(READY_KEY, provided);
}

export function storeReady(game: Phaser.Game): Promise<GameStore> {
  return game.registry.get(READY_KEY) as Promise<GameStore>;
}

export function storeOf(scene: Phaser.Scene): GameStore {
  return scene.registry.get(KEY) as GameStore;
}
