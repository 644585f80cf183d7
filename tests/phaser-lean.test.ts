// The build ships src/game/phaser-lean.cjs in place of the published Phaser, while the dev server and the typings
// use the published one: a name the game uses but the lean entry lacks would fail only in the built game.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const lean = readFileSync(join(root, 'src/game/phaser-lean.cjs'), 'utf8');
const phaserConst = readFileSync(join(root, 'node_modules/phaser/src/const.js'), 'utf8');

/**
 * The lean entry run with a stand-in for require: each module is a marker naming its file, and Phaser's Extend
 * a plain merge. What it exports then shows which names it holds, and which files those come from.
 */
const required = new Set<string>();

function leanExports(): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const require = (path: string) => {
    required.add(path);
    return path.endsWith('/Extend')
      ? (_deep: boolean, a: object, b: object) => ({ ...a, ...b })
      : { path };
  };
  new Function('require', 'module', lean)(require, module);
  return module.exports;
}

const exported = leanExports();
const keysIn = (value: unknown) => new Set(Object.keys(value as object));

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

/** The names the lean entry's factories (or creators) register: scene.add.<name>, scene.make.<name>. */
function registered(group: 'Factories' | 'Creators'): Set<string> {
  const modules = (exported.GameObjects as Record<string, Record<string, { path: string }>>)[
    group
  ]!;
  const names = new Set<string>();
  for (const { path } of Object.values(modules)) {
    const file = join(root, 'node_modules/phaser', `${path.slice('phaser/'.length)}.js`);
    for (const m of readFileSync(file, 'utf8').matchAll(
      /GameObject(?:Factory|Creator)\.register\('(\w+)'/g,
    ))
      names.add(m[1]!);
  }
  return names;
}

describe('the lean Phaser the game is built with', () => {
  const top = new Set([
    ...keysIn(exported),
    ...[...phaserConst.matchAll(/^ {4}([A-Z_]+):/gm)].map((m) => m[1]!),
  ]);
  const gameObjects = keysIn(exported.GameObjects);
  const factories = registered('Factories');
  const creators = registered('Creators');

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

  // A namespace the lean entry narrows to a few members must hold each member the game names in it, however
  // deep: Phaser.Cameras.Scene2D.Camera, Phaser.Math.Clamp. A whole namespace (a required file) holds them all.
  it('holds every member the game names inside a namespace it narrows', () => {
    const chains = used(/\bPhaser((?:\.[A-Z]\w*)+)/g)
      .map((chain) => chain.slice(1).split('.'))
      .filter(([name]) => name !== 'Types');
    expect(chains).toContainEqual(['Math', 'Clamp']);
    let narrowed = 0;
    for (const [top, ...members] of chains) {
      // The top-level names are checked above; a constant from Phaser's const.js has no members.
      let at = exported[top!];
      for (const [depth, name] of members.entries()) {
        if (at === undefined || (at as { path?: string }).path !== undefined) break;
        narrowed += 1;
        expect(keysIn(at), `Phaser.${[top, ...members.slice(0, depth + 1)].join('.')}`).toContain(
          name,
        );
        at = (at as Record<string, unknown>)[name];
      }
    }
    expect(narrowed).toBeGreaterThan(5);
  });

  // Phaser gives a scene only the plugins registered, and a plugin registers when its file is required.
  it('registers every scene plugin the scenes use', () => {
    const plugins: Record<string, string> = {
      tweens: 'phaser/src/tweens/TweenManager',
      time: 'phaser/src/time/Clock',
      input: 'phaser/src/input/InputPlugin',
      keyboard: 'phaser/src/input/keyboard/KeyboardPlugin',
      cameras: 'phaser/src/cameras/2d/CameraManager',
    };
    const usedPlugins = used(/\.(tweens|time|input|keyboard|cameras)\b(?![\w(:])/g);
    expect(usedPlugins).toContain('tweens');
    for (const name of usedPlugins) expect(required, `scene.${name}`).toContain(plugins[name]);
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
