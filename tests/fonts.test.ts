// Every character the game writes is one a font it bundles draws. A character they lack is drawn from whatever
// font the machine has, or as an empty box where it has none; and the search for one cost the Title's first
// frame over 20 ms.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFiles, undrawn } from '../src/game/ui/unicode-range';
import {
  gameCharacters,
  SYMBOLS_CSS,
  SYMBOLS_DIR,
  SYMBOLS_FAMILY,
  TYPEFACE_CSS,
} from '../src/tools/font-characters';
import { FONT_FAMILY } from '../src/game/theme';

const typeface = TYPEFACE_CSS.flatMap((css) => fontFiles(readFileSync(css, 'utf8')));
const symbols = fontFiles(readFileSync(SYMBOLS_CSS, 'utf8'));

describe('the bundled fonts', () => {
  it('draw every character the game writes (after a new mark, npm run symbols)', async () => {
    const written = await gameCharacters();
    for (const [where, text] of Object.entries(written)) {
      expect(text.length, where).toBeGreaterThan(0);
      expect(undrawn(text, [...typeface, ...symbols]), where).toEqual([]);
    }
  });

  it('keep the symbol font to the marks the typeface lacks, its files beside its stylesheet', async () => {
    const lacking = undrawn(Object.values(await gameCharacters()).join(''), typeface);
    expect(lacking).toEqual(expect.arrayContaining(['✓', '✗', '⚠']));
    // Each of its characters is one the game writes and the typeface lacks.
    const drawn = symbols.flatMap(({ ranges }) =>
      (ranges ?? []).flatMap(([lo, hi]) =>
        Array.from({ length: hi - lo + 1 }, (_, i) => String.fromCodePoint(lo + i)),
      ),
    );
    expect(drawn.sort()).toEqual([...lacking].sort());
    for (const { file } of symbols) expect(existsSync(join(SYMBOLS_DIR, file)), file).toBe(true);
  });

  it('are named in the game’s font list: the typeface first, then the symbols', () => {
    const families = FONT_FAMILY.split(',').map((f) => f.trim().replace(/^"|"$/g, ''));
    expect(families.slice(0, 2)).toEqual(['Noto Sans KR', SYMBOLS_FAMILY]);
  });

  it('find a character none of them draws', () => {
    expect(undrawn('Seoul 서울 ’… ✓', [...typeface, ...symbols])).toEqual([]);
    expect(undrawn('press ⏎ ✓', typeface)).toEqual(['⏎', '✓']);
  });
});
