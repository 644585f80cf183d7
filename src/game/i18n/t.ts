// t(key, params): the interface's words in the current language, parameters filled, plurals chosen by count.
import type { CompiledRules, LeverSetting, Say, SayKey, Voice } from '../../engine';
import {
  ENGLISH_PROBLEMS,
  sayProblemIn,
  type Problem,
  type ProblemKey,
  type ProblemVoice,
} from '../../scenario';
import { views } from '../../store';
import { en } from './en';
import { formatList, formatNumber, pluralCategory } from './format';
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
  if (lang === 'ko' && !CATALOGUES.ko) {
    const [words, engine, problems] = await Promise.all([
      import('./ko'),
      import('./ko-engine'),
      import('./ko-problems'),
    ]);
    ENGINE_WORDS.ko = engine.koEngine;
    PROBLEM_WORDS.ko = problems.koProblems;
    CATALOGUES.ko = words.ko;
  }
}

/** The rules engine's sentences per language: its own English, others with their catalogues. */
const ENGINE_WORDS: Partial<Record<Language, Readonly<Record<SayKey, string>>>> = {
  en: views.ENGLISH,
};

/** The engine's sentence in the interface's language, with the names and amounts of `rules` (in that language too). */
export function speak(s: Say, rules: CompiledRules): string {
  const voice: Voice = {
    words: ENGINE_WORDS[language()] ?? views.ENGLISH,
    rules,
    number: (n) => formatNumber(n),
    list: (items) => formatList(items, 'unit'),
  };
  return views.sayIn(voice, s);
}

/** The scenario checker's sentences per language: its own English, others with their catalogues. */
const PROBLEM_WORDS: Partial<Record<Language, Readonly<Record<ProblemKey, string>>>> = {
  en: ENGLISH_PROBLEMS.words,
};

/**
 * What is wrong in a teacher's file, in the interface's language. English is the checker's own message, as the
 * command line prints it; counts by Intl, lists joined by Intl ("a, b 또는 c"), values as the file has them.
 */
export function problemText(p: Problem): string {
  const words = PROBLEM_WORDS[language()];
  if (!words || words === ENGLISH_PROBLEMS.words) return p.message;
  const voice: ProblemVoice = {
    words,
    number: (n) => formatNumber(n),
    list: (items, by) =>
      by === 'comma'
        ? items.join(', ')
        : formatList(items, by === 'or' ? 'disjunction' : 'conjunction'),
  };
  return sayProblemIn(voice, p.say);
}

/** "Troop-cost share: $2bn/yr" in the interface's language. */
export function settingText(rules: CompiledRules, setting: LeverSetting): string {
  return speak({ key: 'part.setting', parts: { setting: { setting } } }, rules);
}

/** "gives …; asks …" in the interface's language. */
export function dealText(
  rules: CompiledRules,
  deal: { gives: LeverSetting[]; asks: LeverSetting[] },
): string {
  return speak({ key: 'part.deal', parts: { deal: { deal } } }, rules);
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

/**
 * Every character beyond ASCII in the interface's words in `lang` (its catalogue and the engine's sentences),
 * each once: what the font must cover for the game to speak that language.
 */
export function wordCharacters(lang: Language): string {
  const seen = new Set<string>();
  const take = (text: string) => {
    for (const ch of text) if (ch > '\u007f') seen.add(ch);
  };
  for (const message of Object.values<Message>(CATALOGUES[lang] ?? en))
    for (const text of typeof message === 'string' ? [message] : Object.values(message)) take(text);
  for (const text of Object.values(ENGINE_WORDS[lang] ?? {})) take(text);
  return [...seen].join('');
}

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
