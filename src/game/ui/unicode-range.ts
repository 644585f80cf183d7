// Reading a font file's CSS unicode-range: which characters the file draws.

/** Inclusive ranges of code points, in order and apart. */
export type CodeRanges = readonly (readonly [number, number])[];

/**
 * The code points of a CSS `unicode-range` ("U+0-FF, U+131, U+4??"), in order with touching ranges joined;
 * null when it cannot be read, which is taken to mean every character. An empty string is the CSS default,
 * every character too.
 */
export function codeRanges(unicodeRange: string): CodeRanges | null {
  const ranges: [number, number][] = [];
  for (const part of unicodeRange.split(',')) {
    const item = part.trim();
    if (item === '') continue;
    const m = /^U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(item);
    if (!m) return null;
    const [, first, last] = m;
    if (first!.includes('?')) {
      if (last !== undefined) return null;
      ranges.push([
        parseInt(first!.replace(/\?/g, '0'), 16),
        parseInt(first!.replace(/\?/g, 'F'), 16),
      ]);
    } else {
      ranges.push([parseInt(first!, 16), parseInt(last ?? first!, 16)]);
    }
  }
  if (ranges.length === 0) return null;
  ranges.sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const [lo, hi] of ranges) {
    const last = joined[joined.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else joined.push([lo, hi]);
  }
  return joined;
}

/** Whether `code` falls in one of `ranges`, found by halving (a file of Hangul has hundreds of ranges). */
function inRanges(code: number, ranges: CodeRanges): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = ranges[mid]!;
    if (code < first) hi = mid - 1;
    else if (code > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Whether any character of `text` falls in `ranges` (null: every character does). */
export function usesAny(text: string, ranges: CodeRanges | null): boolean {
  if (ranges === null) return text.length > 0;
  for (const ch of text) {
    if (inRanges(ch.codePointAt(0)!, ranges)) return true;
  }
  return false;
}

/** A font file a stylesheet names, and the characters it draws (null: every character, see codeRanges). */
export interface FontFile {
  /** The file's path, as the stylesheet writes it (relative to the stylesheet). */
  file: string;
  ranges: CodeRanges | null;
}

/** The woff2 files of a font stylesheet's @font-face rules that give a unicode-range. */
export function fontFiles(css: string): FontFile[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap((m) => {
    const file = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(m[1]!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(m[1]!)?.[1];
    return file && range ? [{ file, ranges: codeRanges(range) }] : [];
  });
}

/** The characters of `text` that none of `files` draws (spaces and line breaks need no glyph), once each. */
export function undrawn(text: string, files: readonly FontFile[]): string[] {
  const missing = new Set<string>();
  for (const ch of text)
    if (!/\s/.test(ch) && !files.some(({ ranges }) => usesAny(ch, ranges))) missing.add(ch);
  return [...missing];
}
