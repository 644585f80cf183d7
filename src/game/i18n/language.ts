// Which language the interface speaks: chosen on the title screen, else the browser's first one we speak.
export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the choice is remembered in this browser. */
export const LANGUAGE_KEY = 'tightrope.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l === value);
}

/** The first of the browser's languages that the game speaks decides ('ko-KR' → Korean); English otherwise. */
export function preferredLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage can be switched off; the choice then lasts until the page closes.
    return null;
  }
}

/** Outside a browser (unit tests, tools) the interface speaks English, whatever the machine's locale. */
function initialLanguage(): Language {
  if (typeof window === 'undefined') return 'en';
  const saved = storage()?.getItem(LANGUAGE_KEY);
  if (isLanguage(saved)) return saved;
  const nav = window.navigator;
  return preferredLanguage(nav.languages?.length ? nav.languages : [nav.language ?? 'en']);
}

let current: Language = initialLanguage();
const listeners = new Set<(language: Language) => void>();
markDocument(current);

export function language(): Language {
  return current;
}

/** Switches the interface's language, remembers it, and tells whoever redraws the screen. */
export function setLanguage(next: Language): void {
  if (next === current) return;
  current = next;
  try {
    storage()?.setItem(LANGUAGE_KEY, next);
  } catch {
    // A full or refused storage only means the choice is not remembered.
  }
  markDocument(next);
  for (const listener of [...listeners]) listener(next);
}

/** Calls `listener` after each change of language; returns what stops it. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Screen readers and the browser's own text handling follow <html lang>. */
function markDocument(lang: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
