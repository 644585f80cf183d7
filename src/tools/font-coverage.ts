// Which characters a font file really draws. A stylesheet's unicode-range says which characters the browser
// fetches a file for, not that the file has them: Fontsource's files for Noto Sans Symbols 2 name ranges
// wider than their glyphs (its "math" file is fetched for ↩ and has no ↩). A character is drawn by a file
// only when it is in both the file's range and the font's own character map.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { usesAny, type CodeRanges, type FontFile } from '../game/ui/unicode-range';

/** The code points a font file (woff2, woff or an OpenType file) maps to glyphs, in order. */
export async function mappedCodePoints(font: Uint8Array): Promise<number[]> {
  const sfnt = await fontverter.convert(Buffer.from(font), 'sfnt');
  return [...new Face(new Blob(sfnt), 0).collectUnicodes()].sort((a, b) => a - b);
}

/** Code points, in order, as inclusive ranges with neighbours joined. */
export function rangesOf(codes: readonly number[]): CodeRanges {
  const ranges: [number, number][] = [];
  for (const code of codes) {
    const last = ranges[ranges.length - 1];
    if (last && code === last[1] + 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges;
}

/**
 * The stylesheet's files (paths relative to `dir`), each with only the characters it both is fetched for and
 * has a glyph for. Only the files fetched for some character of `text` are read: the others draw none of it.
 */
export async function drawnIn(
  files: readonly FontFile[],
  dir: string,
  text: string,
): Promise<FontFile[]> {
  const wanted = files.filter(({ ranges }) => usesAny(text, ranges));
  return Promise.all(
    wanted.map(async ({ file, ranges }) => {
      const codes = await mappedCodePoints(await readFile(join(dir, file)));
      const drawn = codes.filter((code) => usesAny(String.fromCodePoint(code), ranges));
      return { file, ranges: rangesOf(drawn) };
    }),
  );
}
