// Numbers in the interface's language: counts under a thousand are written directly, and read as Intl writes them.
import { afterEach, expect, test } from 'vitest';
import { formatNumber, LANGUAGES, loadCatalogue, locale, setLanguage } from '.';

afterEach(() => setLanguage('en'));

test.each(LANGUAGES)(
  'in %s every whole number from -999 to 999 reads as Intl writes it',
  async (lang) => {
    await loadCatalogue(lang);
    setLanguage(lang);
    const intl = new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 });
    const differ: string[] = [];
    for (let n = -999; n <= 999; n++) {
      if (formatNumber(n) !== intl.format(n))
        differ.push(`${n}: ${formatNumber(n)} vs ${intl.format(n)}`);
    }
    expect(differ).toEqual([]);
  },
);

test('larger, fractional and styled numbers are written by Intl', () => {
  expect(formatNumber(1000)).toBe('1,000');
  expect(formatNumber(-1250)).toBe('-1,250');
  expect(formatNumber(2.5)).toBe('2.5');
  expect(formatNumber(1 / 3)).toBe('0.33');
  expect(formatNumber(-0)).toBe('0');
  expect(formatNumber(5, { minimumFractionDigits: 1 })).toBe('5.0');
  expect(formatNumber(0.25, { style: 'percent' })).toBe('25%');
});
