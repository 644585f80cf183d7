// A store with the bundled scenarios and a game started at a fixed seed, for the game layer's Node tests.
import { createGameStore, memoryStorage } from '../store';
import { bundledScenarios } from '../store/bundled-inline';

export function testStore(seed = 7) {
  const store = createGameStore({
    catalogue: bundledScenarios(),
    storage: memoryStorage(),
    randomSeed: () => seed,
  });
  store.getState().newGame({ seed });
  return store;
}
