import { describe, expect, it } from 'vitest';
import { codeRanges, usesAny } from './unicode-range';

describe('a font file’s unicode-range', () => {
  it('reads single code points, spans and wildcards as the browser does', () => {
    expect(codeRanges('U+0-FF, U+131, U+4??')).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
    expect(codeRanges('u+ac00-d7a3')).toEqual([[0xac00, 0xd7a3]]);
  });

  it('takes an unreadable or empty range to cover every character', () => {
    expect(codeRanges('')).toBeNull();
    expect(codeRanges('U+4??-5FF')).toBeNull();
    expect(codeRanges('Latin')).toBeNull();
    expect(usesAny('a', null)).toBe(true);
    expect(usesAny('', null)).toBe(false);
  });

  it('says whether a text needs the file: a Hangul block, curly quotes, a character beyond 16 bits', () => {
    const hangul = codeRanges('U+c548-c54b, U+c54f')!;
    expect(usesAny('외줄타기: 안녕', hangul)).toBe(true);
    expect(usesAny('Seoul 서울', hangul)).toBe(false);
    const quotes = codeRanges('U+2018-2019')!;
    expect(usesAny('Seoul’s red lines', quotes)).toBe(true);
    expect(usesAny("Seoul's red lines", quotes)).toBe(false);
    expect(usesAny('a 😀 b', codeRanges('U+1F600')!)).toBe(true);
  });
});

describe('ranges out of order or touching', () => {
  it('are put in order and joined, and still find every character they cover', () => {
    const ranges = codeRanges('U+c54f, U+4??, U+c548-c54b, U+c54c-c54e, U+131')!;
    expect(ranges).toEqual([
      [0x131, 0x131],
      [0x400, 0x4ff],
      [0xc548, 0xc54f],
    ]);
    for (const ch of ['ı', 'Ѐ', 'ӿ', '안', '앏', '앋', '않'])
      expect(usesAny(`x${ch}y`, ranges), ch).toBe(true);
    for (const ch of ['İ', 'Ԁ', 'ᄀ', '앐']) expect(usesAny(ch, ranges), ch).toBe(false);
  });
});
