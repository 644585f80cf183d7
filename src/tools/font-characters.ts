// The characters the game writes, and where the bundled font files are: shared by `npm run symbols`,
// which builds the symbol font for those the game's typeface lacks, and by the test that holds the game to
// drawing every character from a file it ships.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCatalogue, wordCharacters } from '../game/i18n';

export const ROOT = join(dirname(new URL(import.meta.url).pathname), '../..');

/** The game's typeface, as the page loads it: both weights, each a set of files by unicode-range. */
export const TYPEFACE_CSS = ['400', '700'].map((weight) =>
  join(ROOT, `node_modules/@fontsource/noto-sans-kr/${weight}.css`),
);
/** Where the symbol font goes: its stylesheet and files, bundled with the game. */
export const SYMBOLS_DIR = join(ROOT, 'assets/fonts');
export const SYMBOLS_CSS = join(SYMBOLS_DIR, 'symbols.css');
/** The family the symbol font's faces are named, after the typeface in every font-family list. */
export const SYMBOLS_FAMILY = 'Tightrope Symbols';

/** The text of the game's own code under src/game, without its comments and tests. */
function gameCode(): string {
  const dir = join(ROOT, 'src/game');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) =>
      readFileSync(join(dir, f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:'"`])\/\/.*$/gm, '$1'),
    )
    .join('\n');
}

/** The texts of the bundled scenarios, as written. */
function bundledScenarios(): string {
  const dir = join(ROOT, 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

/**
 * Every character the game can write, by where it comes from: the interface's words in each language, what
 * its code writes itself (key names, marks like ✓), and the bundled scenarios.
 */
export async function gameCharacters(): Promise<Record<string, string>> {
  await loadCatalogue('ko');
  return {
    'the English words': wordCharacters('en'),
    'the Korean words': wordCharacters('ko'),
    'the game’s code': gameCode(),
    'the bundled scenarios': bundledScenarios(),
  };
}
