// Which characters a font file really draws. A stylesheet's unicode-range says which characters the browser
// fetches a file for, not that the file has them: Fontsource's files for Noto Sans Symbols 2 name ranges
// wider than their glyphs (its "math" file is fetched for ↩ and has no ↩). A character is drawn by a file
// only when it is in both the file's range and the font's own character map.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import {
  fontFiles,
  undrawn,
  usesAny,
  type CodeRanges,
  type FontFile,
} from '../game/ui/unicode-range';
import { TYPEFACE_CSS } from './font-characters';

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

/** Each weight of the game's typeface: its files, with the characters of `text` each really draws. */
export function typefaceWeights(text: string): Promise<FontFile[][]> {
  return Promise.all(
    TYPEFACE_CSS.map((css) => drawnIn(fontFiles(readFileSync(css, 'utf8')), dirname(css), text)),
  );
}

/** The characters of `text` that some of `weights` does not draw, once each, in order. */
export function lackingIn(weights: readonly FontFile[][], text: string): string[] {
  return [...new Set(weights.flatMap((files) => undrawn(text, files)))].sort();
}
