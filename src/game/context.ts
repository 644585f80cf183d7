// How scenes reach the one store: through the game registry, typed.
import type Phaser from 'phaser';
import type { GameStore } from '../store';

const KEY = 'store';

export function provideStore(game: Phaser.Game, store: GameStore): void {
  game.registry.set(KEY, store);
}

export function storeOf(scene: Phaser.Scene): GameStore {
  return scene.registry.get(KEY) as GameStore;
}
