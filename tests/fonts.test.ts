// Every character the game writes is one a font it bundles draws. A character they lack is drawn from whatever
// font the machine has, or as an empty box where it has none; and the search for one cost the Title's first
// frame over 20 ms. A file draws a character only when its CSS range names it and the font has its glyph.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawnIn, lackingIn, typefaceWeights } from '../src/tools/font-coverage';
import { fontFiles, undrawn, type FontFile } from '../src/game/ui/unicode-range';
import {
  gameCharacters,
  ROOT,
  SYMBOLS_CSS,
  SYMBOLS_DIR,
  SYMBOLS_FAMILY,
} from '../src/tools/font-characters';
import { FONT_FAMILY } from '../src/game/theme';

const SYMBOLS_2_CSS = join(ROOT, 'node_modules/@fontsource/noto-sans-symbols-2/400.css');

/** Every character a file's ranges name, in order. */
const charactersOf = ({ ranges }: FontFile) =>
  (ranges ?? []).flatMap(([lo, hi]) =>
    Array.from({ length: hi - lo + 1 }, (_, i) => String.fromCodePoint(lo + i)),
  );

describe('the bundled fonts', () => {
  const symbolFaces = fontFiles(readFileSync(SYMBOLS_CSS, 'utf8'));
  let written: Record<string, string>;
  /** Each weight of the typeface, and the symbol font: the files with the characters they really draw. */
  let weights: FontFile[][];
  let symbols: FontFile[];

  beforeAll(async () => {
    written = await gameCharacters();
    const all = Object.values(written).join('');
    weights = await typefaceWeights(all);
    symbols = await drawnIn(symbolFaces, SYMBOLS_DIR, all);
  }, 60_000);

  it('draw every character the game writes, in each weight (after a new mark, npm run symbols)', () => {
    for (const [where, text] of Object.entries(written)) {
      expect(text.length, where).toBeGreaterThan(0);
      for (const typeface of weights)
        expect(undrawn(text, [...typeface, ...symbols]), where).toEqual([]);
    }
  });

  it('keep the symbol font to the marks the typeface lacks, each with its glyph, beside its stylesheet', () => {
    const all = Object.values(written).join('');
    const lacking = lackingIn(weights, all);
    expect(lacking).toEqual(expect.arrayContaining(['✓', '✗', '⚠', '↩']));
    // Each character its stylesheet names is one the game writes and the typeface lacks…
    expect(symbolFaces.flatMap(charactersOf).sort()).toEqual(lacking.sort());
    // …and one its file has a glyph for: a file without it leaves the browser to draw an empty box.
    expect(symbols.flatMap(charactersOf).sort()).toEqual(lacking.sort());
    for (const { file } of symbolFaces)
      expect(existsSync(join(SYMBOLS_DIR, file)), file).toBe(true);
  });

  it('count a character as drawn only where the font has its glyph, whatever its CSS range says', async () => {
    // Fontsource fetches this file for ↩ (U+21A9), and the font has no ↩.
    const math = fontFiles(readFileSync(SYMBOLS_2_CSS, 'utf8')).filter(({ file }) =>
      file.includes('-math-'),
    );
    expect(undrawn('↩', math)).toEqual([]);
    const drawn = await drawnIn(math, dirname(SYMBOLS_2_CSS), '↩ ◊');
    expect(undrawn('↩ ◊', drawn)).toEqual(['↩']);
  });

  it('are named in the game’s font list: the typeface first, then the symbols', () => {
    const families = FONT_FAMILY.split(',').map((f) => f.trim().replace(/^"|"$/g, ''));
    expect(families.slice(0, 2)).toEqual(['Noto Sans KR', SYMBOLS_FAMILY]);
  });

  it('find a character none of them draws', () => {
    for (const typeface of weights) {
      expect(undrawn('Seoul 서울 ’… ✓', [...typeface, ...symbols])).toEqual([]);
      expect(undrawn('press ⏎ ✓', typeface)).toEqual(['⏎', '✓']);
    }
  });
});
