// Numbers, dates, lists and plural forms in the interface's language, by the browser's Intl; what the title shows on
// its first frame (small counts, calendar dates, lists, the game's languages' names) is written here as Intl
// writes it, since the first Intl object of each kind a page builds costs it 3–35 ms.
import { language, type Language } from './language';

/** The locale each language formats with: British English writes "25 Aug 2025" and "A, B and C". */
const LOCALE: Record<Language, string> = { en: 'en-GB', ko: 'ko-KR' };

export function locale(): string {
  return LOCALE[language()];
}

/** Intl objects are costly to build: one per language and options, kept. */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, options: object, make: (locale: string) => T): T {
  const key = `${kind}|${locale()}|${JSON.stringify(options)}`;
  let made = cache.get(key) as T | undefined;
  if (made === undefined) {
    made = make(locale());
    cache.set(key, made);
  }
  return made;
}

/**
 * Whole numbers from −999 to 999 are written alike in every language the game speaks: Latin digits, a
 * hyphen-minus, nothing to group (a test holds each language to it). A screen that shows only such counts,
 * as the title does, then builds no NumberFormat: the slowest Intl object to build the first time.
 */
function isPlainCount(value: number): boolean {
  return Number.isInteger(value) && Math.abs(value) < 1000;
}

/** 1234.5 → "1,234.5"; at most `maximumFractionDigits` decimals (default 2). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const o = { maximumFractionDigits: 2, ...options };
  // −0 would read "-0".
  const v = Object.is(value, -0) ? 0 : value;
  if (isPlainCount(v) && Object.keys(options).length === 0) return String(v);
  return cached('number', o, (l) => new Intl.NumberFormat(l, o)).format(v);
}

/** "25 Aug 2025" or, short, "25 Aug": Intl's day, short month and (long) year. */
type DateStyle = 'long' | 'short';

/** A calendar day, read from an ISO date; null for anything else ("2025-02-30" too). */
interface Day {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

function dayOf(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return { year, month, day };
}

/** British English's short month names, as Intl writes them ("Sept" has four letters). */
const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * Calendar dates in each language the game speaks, written as Intl writes them (a test holds each to it): the
 * title shows a scenario's span on its first frame, and the first DateTimeFormat a page builds costs 20 ms.
 */
const DATES: Record<
  Language,
  { day(d: Day, year: boolean): string; range(a: Day, b: Day): string }
> = {
  en: {
    day: (d, year) => `${d.day} ${EN_MONTHS[d.month - 1]}${year ? ` ${d.year}` : ''}`,
    range(a, b) {
      if (a.year !== b.year) return `${DATES.en.day(a, true)}\u2009–\u2009${DATES.en.day(b, true)}`;
      if (a.month !== b.month)
        return `${DATES.en.day(a, false)}\u2009–\u2009${DATES.en.day(b, true)}`;
      return `${a.day}\u2009–\u2009${DATES.en.day(b, true)}`;
    },
  },
  ko: {
    day: (d, year) => `${year ? `${d.year}년 ` : ''}${d.month}월 ${d.day}일`,
    range(a, b) {
      if (a.year !== b.year) return `${DATES.ko.day(a, true)}~${DATES.ko.day(b, true)}`;
      if (a.month !== b.month) return `${DATES.ko.day(a, true)}~${DATES.ko.day(b, false)}`;
      return `${DATES.ko.day(a, true)}~${b.day}일`;
    },
  },
};

/** A calendar's ISO date as players read it: "25 Aug 2025" / "2025년 8월 25일"; anything else as written. */
export function formatDate(iso: string, style: DateStyle = 'long'): string {
  const day = dayOf(iso);
  return day ? DATES[language()].day(day, style === 'long') : iso;
}

/**
 * A span of the calendar, what repeats written once: "16 Jun – 15 Dec 2025" / "2025년 6월 16일~12월 15일"; a
 * single day as that day.
 */
export function formatDateRange(fromIso: string, toIso: string): string {
  const from = dayOf(fromIso);
  const to = dayOf(toIso);
  if (!from || !to || toIso < fromIso) return `${formatDate(fromIso)} – ${formatDate(toIso)}`;
  if (fromIso === toIso) return formatDate(fromIso);
  return DATES[language()].range(from, to);
}

/** A moment in local time, e.g. when a game was saved: "28 Nov, 16:05" / "11월 28일 오후 4:05". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const o = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' } as const;
  return cached('datetime', o, (l) => new Intl.DateTimeFormat(l, o)).format(date);
}

/** How each language the game speaks joins "A, B and C" (Intl's long conjunction; a test holds each to it). */
const AND: Record<Language, string> = { en: ' and ', ko: ' 및 ' };

/** ["Washington", "Tokyo", "Beijing"] → "Washington, Tokyo and Beijing" / "워싱턴, 도쿄 및 베이징". */
export function formatList(
  items: readonly string[],
  type: Intl.ListFormatType = 'conjunction',
): string {
  if (type === 'conjunction') {
    // Written here: the title joins its cast and languages on its first frame, and a ListFormat is slow to build.
    if (items.length < 2) return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')}${AND[language()]}${items[items.length - 1]}`;
  }
  const o = { type, style: 'long' } as const;
  return cached('list', o, (l) => new Intl.ListFormat(l, o)).format(items);
}

/**
 * The languages' plural rules for counts (CLDR's, as Intl.PluralRules applies them): English says "one" of
 * exactly 1 or -1, Korean has one form for every count. Written here: the title counts turns on its first frame, and
 * a PluralRules is slow to build (a test holds each to Intl).
 */
const PLURAL: Record<Language, (count: number) => Intl.LDMLPluralRule> = {
  en: (count) => (Math.abs(count) === 1 ? 'one' : 'other'),
  ko: () => 'other',
};

/** The plural category of a count in the current language ('one', 'other', …). */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  return PLURAL[language()](count);
}

/** The names of the languages the game speaks, in each of them, as Intl gives them (a test holds each to it). */
const LANGUAGE_NAMES: Record<Language, Record<Language, string>> = {
  en: { en: 'English', ko: 'Korean' },
  ko: { en: '영어', ko: '한국어' },
};

/** Names already looked up: a DisplayNames is slow to build, and the title names every scenario's languages. */
const languageNames = new Map<string, string>();

/** The game's language for a tag such as "ko" or "ko-KR", if it speaks it. */
function spoken(tag: string): Language | undefined {
  const base = tag.split('-')[0]!.toLowerCase();
  return base in LANGUAGE_NAMES ? (base as Language) : undefined;
}

/** A language's name, by default its own for itself: "English", "한국어". */
export function languageName(tag: string, inLanguage: string = tag): string {
  const [named, reader] = [spoken(tag), spoken(inLanguage)];
  // Only a bare tag: "ko-KR" is named "Korean (South Korea)".
  if (named && reader && !tag.includes('-')) return LANGUAGE_NAMES[reader][named];
  const key = `${inLanguage} ${tag}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
    } catch {
      name = tag;
    }
    languageNames.set(key, name);
  }
  return name;
}
