// Lint rules, including the one-way import flow: scenario ← engine ← ai ← store ← game; cli beside store;
// tools (which build assets from the game's own words) beside game.
import tseslint from 'typescript-eslint';

const layer = (name) => [`**/${name}`, `**/${name}/*`, `**/${name}/**`];
const node = ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'];

const forbid = (groups, typeOnly = []) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: [
        ...groups.map((g) => ({
          group: g.group,
          message: g.message,
        })),
        ...typeOnly.map((g) => ({
          group: g.group,
          message: g.message,
          allowTypeImports: true,
        })),
      ],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-blank/**',
      'node_modules/**',
      'public/**',
      'coverage/**',
      'screenshots/**',
    ],
  },
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The lean Phaser entry is written as Phaser's own modules are: CommonJS, one require per module.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/scenario/**/*.ts'],
    ignores: ['src/scenario/**/*.test.ts'],
    rules: forbid([
      {
        group: [
          ...layer('engine'),
          ...layer('ai'),
          ...layer('store'),
          ...layer('game'),
          ...layer('cli'),
          'phaser',
          'zustand',
          'zustand/*',
          ...node,
        ],
        message:
          'scenario/ is the bottom layer: it imports nothing from the layers above it, nor Phaser, zustand or Node.',
      },
    ]),
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts', 'src/engine/fixtures/**'],
    rules: forbid(
      [
        {
          group: [
            ...layer('ai'),
            ...layer('store'),
            ...layer('game'),
            ...layer('cli'),
            'phaser',
            'zustand',
            'zustand/*',
            ...node,
          ],
          message: 'engine/ is pure: no Phaser, zustand, DOM, Node, nor the layers above it.',
        },
      ],
      [
        {
          group: layer('scenario'),
          message: 'engine/ may only import types from scenario/ (import type).',
        },
      ],
    ),
  },
  {
    files: ['src/ai/**/*.ts'],
    ignores: ['src/ai/**/*.test.ts'],
    rules: forbid([
      {
        group: [
          ...layer('store'),
          ...layer('game'),
          ...layer('cli'),
          'phaser',
          'zustand',
          'zustand/*',
          ...node,
        ],
        message: 'ai/ imports only engine/ and scenario/.',
      },
    ]),
  },
  {
    files: ['src/store/**/*.ts'],
    ignores: ['src/store/**/*.test.ts'],
    rules: forbid([
      {
        group: [...layer('game'), ...layer('cli'), 'phaser', ...node],
        message: 'store/ wraps the engine; it knows nothing of Phaser, the command line or Node.',
      },
    ]),
  },
  {
    files: ['src/game/**/*.ts', 'src/main.ts'],
    rules: forbid(
      [
        {
          group: [...layer('cli'), ...layer('ai'), ...node],
          message: 'game/ draws and sends intents through the store.',
        },
      ],
      [
        {
          group: layer('engine'),
          message: 'game/ may only import types from engine/; call the store instead.',
        },
      ],
    ),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: forbid([
      {
        group: [...layer('store'), ...layer('game'), 'phaser'],
        message: 'cli/ sits beside store: it imports engine, scenario and ai only.',
      },
    ]),
  },
  {
    files: ['src/tools/**/*.ts'],
    rules: forbid([
      {
        group: [...layer('store'), ...layer('engine'), ...layer('ai'), 'phaser'],
        message:
          'tools/ build assets from the game’s words and font files: no store, engine or Phaser.',
      },
    ]),
  },
);
