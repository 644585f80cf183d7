// Numbers and dates in the interface's language: counts under a thousand and calendar dates are written directly,
// and read as Intl writes them.
import { afterEach, expect, test } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatList,
  formatNumber,
  languageName,
  LANGUAGES,
  loadCatalogue,
  locale,
  pluralCategory,
  setLanguage,
  type Language,
} from '.';

afterEach(() => setLanguage('en'));

/** The interface switched to `lang`, its words loaded, as a player's choice switches it. */
async function speak(lang: Language): Promise<void> {
  await loadCatalogue(lang);
  setLanguage(lang);
}

test.each(LANGUAGES)(
  'in %s every whole number from -999 to 999 reads as Intl writes it',
  async (lang) => {
    await speak(lang);
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

/** Every day of 2024 (a leap year) and 2025, as ISO dates. */
function daysOf(...years: number[]): string[] {
  const days: string[] = [];
  for (const year of years) {
    for (
      let d = new Date(Date.UTC(year, 0, 1));
      d.getUTCFullYear() === year;
      d.setUTCDate(d.getUTCDate() + 1)
    )
      days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Intl's day, short month and year, in the current language: what `formatDate` writes by hand. */
const longDates = () =>
  new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

test.each(LANGUAGES)(
  'in %s every calendar date reads as Intl writes it, long and short',
  async (lang) => {
    await speak(lang);
    const long = longDates();
    const short = new Intl.DateTimeFormat(locale(), {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    const differ: string[] = [];
    for (const iso of daysOf(2024, 2025)) {
      if (formatDate(iso) !== long.format(utc(iso)))
        differ.push(`${iso}: ${formatDate(iso)} vs ${long.format(utc(iso))}`);
      if (formatDate(iso, 'short') !== short.format(utc(iso)))
        differ.push(`${iso} short: ${formatDate(iso, 'short')} vs ${short.format(utc(iso))}`);
    }
    expect(differ).toEqual([]);
  },
);

test.each(LANGUAGES)(
  'in %s a span over months or years, or of one day, reads as Intl writes it',
  async (lang) => {
    await speak(lang);
    const intl = longDates();
    const days = daysOf(2025).filter((iso) => iso.endsWith('-01') || iso.endsWith('-16'));
    const spans: [string, string][] = [
      ['2025-12-16', '2026-01-15'],
      ['2024-02-29', '2025-03-01'],
    ];
    for (const from of days) {
      spans.push([from, from]);
      for (const to of days) if (to.slice(0, 7) > from.slice(0, 7)) spans.push([from, to]);
    }
    const differ: string[] = [];
    for (const [from, to] of spans) {
      const want = intl.formatRange(utc(from), utc(to));
      if (formatDateRange(from, to) !== want)
        differ.push(`${from}..${to}: ${formatDateRange(from, to)} vs ${want}`);
    }
    expect(spans.length).toBeGreaterThan(200);
    expect(differ).toEqual([]);
  },
);

test('a span within one month names the month once (browsers space its dash differently)', async () => {
  expect(formatDateRange('2025-06-16', '2025-06-20')).toBe('16\u2009–\u200920 Jun 2025');
  await speak('ko');
  expect(formatDateRange('2025-06-16', '2025-06-20')).toBe('2025년 6월 16일~20일');
});

test('what is not a calendar date, or a span that runs backwards, is written as given', () => {
  expect(formatDate('2025-02-30')).toBe('2025-02-30');
  expect(formatDate('mid-June')).toBe('mid-June');
  expect(formatDateRange('2025-06-16', 'late 2025')).toBe('16 Jun 2025 – late 2025');
  expect(formatDateRange('2025-12-15', '2025-06-16')).toBe('15 Dec 2025 – 16 Jun 2025');
});

test.each(LANGUAGES)('in %s every count takes the plural form Intl gives it', async (lang) => {
  await speak(lang);
  const intl = new Intl.PluralRules(locale());
  const counts = [-2, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 11, 21, 101, 1000, 1e6];
  for (let n = 0; n <= 200; n++) counts.push(n);
  const differ = counts.filter((n) => pluralCategory(n) !== intl.select(n));
  expect(differ).toEqual([]);
  if (lang === 'en') expect(pluralCategory(1)).toBe('one');
});

test.each(LANGUAGES)('in %s a list of none to five names joins as Intl joins it', async (lang) => {
  await speak(lang);
  const intl = new Intl.ListFormat(locale(), { type: 'conjunction', style: 'long' });
  const names = ['Seoul', '워싱턴', 'Tokyo, Japan', 'Beijing', 'Pyongyang'];
  for (let n = 0; n <= names.length; n++)
    expect(formatList(names.slice(0, n))).toBe(intl.format(names.slice(0, n)));
  expect(formatList(['A', 'B'], 'disjunction')).toBe(
    new Intl.ListFormat(locale(), { type: 'disjunction' }).format(['A', 'B']),
  );
});

test("the game's languages are named, in each of them, as Intl names them; others are Intl's", () => {
  for (const tag of [...LANGUAGES, 'EN', 'ko-KR', 'en-GB', 'ja', 'fr'])
    for (const reader of [...LANGUAGES, 'en-GB', 'ko-KR'])
      expect(`${reader} ${tag}: ${languageName(tag, reader)}`).toBe(
        `${reader} ${tag}: ${new Intl.DisplayNames([reader], { type: 'language' }).of(tag)}`,
      );
  expect(languageName('ko')).toBe('한국어');
  expect(languageName('not a tag!')).toBe('not a tag!');
});
