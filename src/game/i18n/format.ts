// Numbers, dates, lists and plural forms in the interface's language, by the browser's Intl (small counts, which
// every language the game speaks writes alike, by String).
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

const DATE_STYLES = {
  long: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  short: { day: 'numeric', month: 'short', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A calendar's ISO date as players read it: "25 Aug 2025" / "2025년 8월 25일"; anything else as written. */
export function formatDate(iso: string, style: keyof typeof DATE_STYLES = 'long'): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime())) return iso;
  const o = DATE_STYLES[style];
  return cached('date', o, (l) => new Intl.DateTimeFormat(l, o)).format(date);
}

/** A span of the calendar: "16 Jun – 15 Dec 2025" / "2025년 6월 16일~12월 15일" (Intl drops what repeats). */
export function formatDateRange(fromIso: string, toIso: string): string {
  const from = new Date(`${fromIso}T00:00:00Z`);
  const to = new Date(`${toIso}T00:00:00Z`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from)
    return `${formatDate(fromIso)} – ${formatDate(toIso)}`;
  const o = DATE_STYLES.long;
  return cached('date', o, (l) => new Intl.DateTimeFormat(l, o)).formatRange(from, to);
}

/** A moment in local time, e.g. when a game was saved: "28 Nov, 16:05" / "11월 28일 오후 4:05". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const o = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' } as const;
  return cached('datetime', o, (l) => new Intl.DateTimeFormat(l, o)).format(date);
}

/** ["Washington", "Tokyo", "Beijing"] → "Washington, Tokyo and Beijing" / "워싱턴, 도쿄 및 베이징". */
export function formatList(
  items: readonly string[],
  type: Intl.ListFormatType = 'conjunction',
): string {
  const o = { type, style: 'long' } as const;
  return cached('list', o, (l) => new Intl.ListFormat(l, o)).format(items);
}

/** The plural category of a count in the current language ('one', 'other', …). */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  return cached('plural', {}, (l) => new Intl.PluralRules(l)).select(count);
}

/** Names already looked up: a DisplayNames is slow to build, and the title names every scenario's languages. */
const languageNames = new Map<string, string>();

/** A language's own name for itself: "English", "한국어". */
export function languageName(tag: string, inLanguage: string = tag): string {
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
