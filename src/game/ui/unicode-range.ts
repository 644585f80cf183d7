// Reading a font file's CSS unicode-range: which characters the file draws.

/** Inclusive ranges of code points. */
export type CodeRanges = readonly (readonly [number, number])[];

/**
 * The code points of a CSS `unicode-range` ("U+0-FF, U+131, U+4??"); null when it cannot be read, which is
 * taken to mean every character. An empty string is the CSS default, every character too.
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
  return ranges.length > 0 ? ranges : null;
}

/** Whether any character of `text` falls in `ranges` (null: every character does). */
export function usesAny(text: string, ranges: CodeRanges | null): boolean {
  if (ranges === null) return text.length > 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ranges.some(([lo, hi]) => code >= lo && code <= hi)) return true;
  }
  return false;
}
