// Unit, property and browser tests run in one suite; browser tests build and serve the game themselves.
import { configDefaults, defineConfig } from 'vitest/config';
import { checkedScenarios } from './vite.config';

export default defineConfig({
  plugins: [checkedScenarios()],
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 180_000,
    fileParallelism: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/browser/**'],
        },
      },
      {
        // Its own project so the one build-and-serve (globalSetup) runs only when browser tests do.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
