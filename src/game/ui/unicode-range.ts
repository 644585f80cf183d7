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
