// The build ships src/game/phaser-lean.cjs in place of the published Phaser, while the dev server and the typings
// use the published one: a name the game uses but the lean entry lacks would fail only in the built game.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const lean = readFileSync(join(root, 'src/game/phaser-lean.cjs'), 'utf8');
const phaserConst = readFileSync(join(root, 'node_modules/phaser/src/const.js'), 'utf8');

/** The keys written at the top level of the `{ … }` that follows `name` in the lean entry, one per line. */
function keysOf(name: string): Set<string> {
  const at = lean.indexOf(name);
  if (at < 0) throw new Error(`phaser-lean.cjs has no ${name}`);
  const keys = new Set<string>();
  let depth = 0;
  for (let i = lean.indexOf('{', at); i < lean.length; i++) {
    const c = lean[i];
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') {
      if (--depth === 0) break;
    } else if (c === '\n' && depth === 1) {
      const key = /^\s*([A-Za-z]\w*)\s*[:,]/.exec(lean.slice(i + 1))?.[1];
      if (key) keys.add(key);
    }
  }
  return keys;
}

const gameSources = [
  'src/main.ts',
  ...readdirSync(join(root, 'src/game'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => `src/game/${f}`),
];
const code = gameSources.map((f) => readFileSync(join(root, f), 'utf8').replace(/\/\/.*$/gm, ''));

/** Every distinct match of `pattern`'s first group across the game's code. */
function used(pattern: RegExp): string[] {
  return [...new Set(code.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1]!)))];
}

/** The names the lean entry's factory (or creator) files register: scene.add.<name>, scene.make.<name>. */
function registered(kind: 'Factory' | 'Creator'): Set<string> {
  const names = new Set<string>();
  for (const [, file] of lean.matchAll(
    new RegExp(`require\\('phaser/(src/[\\w/]+${kind})'\\)`, 'g'),
  )) {
    const text = readFileSync(join(root, 'node_modules/phaser', `${file}.js`), 'utf8');
    for (const m of text.matchAll(/GameObject(?:Factory|Creator)\.register\('(\w+)'/g))
      names.add(m[1]!);
  }
  return names;
}

describe('the lean Phaser the game is built with', () => {
  const top = new Set([
    ...keysOf('const Phaser = Extend('),
    ...[...phaserConst.matchAll(/^ {4}([A-Z_]+):/gm)].map((m) => m[1]!),
  ]);
  const gameObjects = keysOf('const GameObjects = {');
  const factories = registered('Factory');
  const creators = registered('Creator');

  it('reads its own lists', () => {
    expect(top).toContain('Scene');
    expect(top).toContain('AUTO');
    expect(top).not.toContain('Physics');
    expect(gameObjects).toContain('Text');
    expect(gameObjects).not.toContain('Particles');
    expect(factories).toContain('graphics');
    expect(factories).not.toContain('particles');
    expect(creators).toContain('zone');
  });

  it('holds every Phaser namespace the game names', () => {
    const names = used(/\bPhaser\.([A-Z]\w*)/g).filter((n) => n !== 'Types');
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(top, `Phaser.${name}`).toContain(name);
  });

  it('holds every game object the game names', () => {
    const names = used(/\bPhaser\.GameObjects\.([A-Z]\w*)/g);
    for (const name of names) expect(gameObjects, `Phaser.GameObjects.${name}`).toContain(name);
  });

  // Chains are split across lines: scene.add⏎.rectangle(…).
  it('registers every factory and creator the scenes call', () => {
    const added = used(/\.add\s*\.([a-z]\w*)\s*\(/g).filter((n) => n !== 'existing');
    expect(added).toContain('rectangle');
    for (const name of added) expect(factories, `add.${name}`).toContain(name);
    for (const name of used(/\.make\s*\.([a-z]\w*)\s*\(/g))
      expect(creators, `make.${name}`).toContain(name);
  });
});
