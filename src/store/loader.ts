// Teachers' scenario files: validated like the bundled ones, remembered for the next visit, never trusted.
import {
  MAX_SCENARIO_BYTES,
  parseScenarioFileText,
  problemAt,
  problemEnglish,
  tooLargeSay,
  type Problem,
  type ProblemSay,
} from '../scenario';
import { catalogueEntry, type CatalogueEntry } from './bundled';
import type { SaveStorage } from './saves';

export const CUSTOM_SCENARIO_KEY = 'tightrope.scenario.custom';
export const CHOSEN_SCENARIO_KEY = 'tightrope.scenario.chosen';

/** What happened to the last file a teacher loaded: every problem at once, errors apart from warnings. */
export interface LoadAttempt {
  source: string;
  ok: boolean;
  /** The scenario's title (for a weights file, the title of the scenario it tunes). */
  title: string | null;
  /** What kind of file it was: a scenario unless it says weights. */
  kind?: 'weights';
  errors: Problem[];
  warnings: Problem[];
}

/**
 * Why a file of `bytes` bytes is refused, in the parser's own words: the file picker and the address loader
 * check the size before reading, so a huge file is never read into memory.
 */
export function tooLargeMessage(bytes: number): string {
  return problemEnglish(tooLarge(bytes));
}

/** The same refusal as a sentence, for the game to say in the teacher's language. */
export function tooLarge(bytes: number): ProblemSay {
  return tooLargeSay(bytes, 'scenario');
}

/** A file that never reached the parser (too large, unreadable, not fetched): one error, a sentence of the checker's. */
export function loadFailure(reason: ProblemSay): Problem {
  return problemAt('', reason);
}

export function isTooLarge(bytes: number): boolean {
  return bytes > MAX_SCENARIO_BYTES;
}

export type Loaded =
  { entry: CatalogueEntry; attempt: LoadAttempt } | { entry: null; attempt: LoadAttempt };

export function loadScenario(text: string, source: string, language = 'en'): Loaded {
  const parsed = parseScenarioFileText(text);
  if (!parsed.ok) {
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    const warnings = parsed.problems.filter((p) => p.severity === 'warning');
    return { entry: null, attempt: { source, ok: false, title: null, errors, warnings } };
  }
  const entry = catalogueEntry(parsed.value, `file:${parsed.value.id}`, language, source);
  return {
    entry,
    attempt: { source, ok: true, title: entry.title, errors: [], warnings: parsed.warnings },
  };
}

/** The teacher's scenario from the last visit, if it still validates (a newer game may read it differently). */
export function rememberedScenario(storage: SaveStorage, language = 'en'): CatalogueEntry | null {
  const text = safeGet(storage, CUSTOM_SCENARIO_KEY);
  if (text === null) return null;
  const source = safeGet(storage, `${CUSTOM_SCENARIO_KEY}.source`) ?? 'a scenario loaded earlier';
  return loadScenario(text, source, language).entry;
}

export function rememberScenario(storage: SaveStorage, text: string, source: string): void {
  try {
    storage.setItem(CUSTOM_SCENARIO_KEY, text);
    storage.setItem(`${CUSTOM_SCENARIO_KEY}.source`, source);
  } catch {
    // Storage full or blocked: the scenario still plays now; it just will not be remembered.
  }
}

export function safeGet(storage: SaveStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}
