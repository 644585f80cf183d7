// A store with the bundled scenarios and a fixed seed, for the accessible layer's Node tests.
import { createGameStore, memoryStorage } from '../../store';
import { bundledScenarios } from '../../store/bundled-inline';

export function testStore(seed = 7) {
  const store = createGameStore({
    catalogue: bundledScenarios(),
    storage: memoryStorage(),
    randomSeed: () => seed,
  });
  store.getState().newGame({ seed });
  return store;
}
