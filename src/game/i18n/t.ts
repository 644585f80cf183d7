// t(key, params): the interface's words in the current language, parameters filled, plurals chosen by count.
import { en } from './en';
import { formatNumber, pluralCategory } from './format';
import { language, type Language } from './language';
import type { Message, Plural } from './message';

type English = typeof en;
export type MessageKey = keyof English;

/** A catalogue has exactly English's keys; where English has plural forms it must have them too. */
export type Catalogue = {
  readonly [K in MessageKey]: English[K] extends string ? string : Plural;
};

/** English is always here; other catalogues are fetched when their language is chosen (loadCatalogue). */
const CATALOGUES: Partial<Record<Language, Catalogue>> = { en };

/** Makes a language's catalogue available; call (and wait) before switching to it. */
export async function loadCatalogue(lang: Language): Promise<void> {
  if (lang === 'ko' && !CATALOGUES.ko) CATALOGUES.ko = (await import('./ko')).ko;
}

type Forms<M> = M extends string ? M : M[keyof M] & string;
type Names<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Names<Rest>
  : never;

/** The {parameters} an English message names (in any of its forms); plural messages always take `count`. */
export type ParamsOf<K extends MessageKey> =
  Names<Forms<English[K]>> | (English[K] extends string ? never : 'count');
export type Params<K extends MessageKey> = Record<ParamsOf<K>, string | number>;
/** What t() takes after the key: nothing, or the message's parameters. */
export type MessageArgs<K extends MessageKey> = [ParamsOf<K>] extends [never]
  ? []
  : [params: Params<K>];

/** The message for `key`; numbers are written by Intl.NumberFormat, and `count` picks the plural form. */
export function t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
  const params: Record<string, string | number> = args[0] ?? {};
  const message: Message = (CATALOGUES[language()] ?? en)[key] ?? en[key];
  const text = typeof message === 'string' ? message : pluralForm(message, params['count']);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

function pluralForm(message: Plural, count: string | number | undefined): string {
  const n = typeof count === 'number' ? count : Number(count);
  if (!Number.isFinite(n)) return message.other;
  return message[pluralCategory(n)] ?? message.other;
}
