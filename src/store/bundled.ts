// The scenarios shipped with the game. The browser fetches them as data files (keeping them out of the
// JavaScript it must parse before the title appears). A built game ships them already checked (see
// vite.config.ts); under the dev server they are checked here like any other scenario.
import classroom45 from '../../scenarios/classroom-45.json?checked';
import roadToApec from '../../scenarios/road-to-apec.json?checked';
import summer2025 from '../../scenarios/summer-2025.json?checked';
import {
  inLanguage,
  languagesOf,
  parseScenarioFileValue,
  type Scenario,
  type ScenarioFile,
} from '../scenario';

export interface CatalogueEntry {
  /** Unique in the catalogue: the id for bundled scenarios, `file:<id>` for one a teacher loaded. */
  key: string;
  id: string;
  /** The scenario as its file gives it, every language in it (what a game plays and a save keeps). */
  file: ScenarioFile;
  /** The scenario's own language, then the others its texts are given in. */
  languages: string[];
  /** The language `scenario`, `title` and `summary` are shown in: the player's, where the file has it. */
  shownIn: string;
  title: string;
  summary: string;
  turns: number;
  scenario: Scenario;
  /** Where a teacher's scenario came from (a file name or URL); absent for bundled ones. */
  source?: string;
}

/** A catalogue entry for a file, its texts in `language` where it gives them. */
export function catalogueEntry(
  file: ScenarioFile,
  key: string,
  language: string,
  source?: string,
): CatalogueEntry {
  const languages = languagesOf(file);
  const shownIn = languages.includes(language) ? language : file.language;
  const scenario = inLanguage(file, shownIn);
  return {
    key,
    id: file.id,
    file,
    languages,
    shownIn,
    title: scenario.title,
    summary: scenario.summary,
    turns: file.calendar.length,
    scenario,
    ...(source === undefined ? {} : { source }),
  };
}

/** The same entry read in another language. */
export function entryIn(entry: CatalogueEntry, language: string): CatalogueEntry {
  return catalogueEntry(entry.file, entry.key, language, entry.source);
}

export const DEFAULT_SCENARIO_ID = 'summer-2025';

/** In title-screen order: the default first. */
export const BUNDLED_SCENARIOS = [summer2025, classroom45, roadToApec];

/** Entries for scenario files as read; `checked` ones are the checker's own output and are taken as they are. */
export function catalogueFrom(
  raws: readonly unknown[],
  language = 'en',
  checked = false,
): CatalogueEntry[] {
  return raws.map((raw) => {
    if (checked) {
      const file = raw as ScenarioFile;
      return catalogueEntry(file, file.id, language);
    }
    const parsed = parseScenarioFileValue(raw);
    if (!parsed.ok) {
      const problems = parsed.problems.map((p) => `${p.pointer}: ${p.message}`).join('; ');
      throw new Error(`a bundled scenario is invalid: ${problems}`);
    }
    return catalogueEntry(parsed.value, parsed.value.id, language);
  });
}

/**
 * Fetches (`fetchJson` reads a file as JSON) and validates every bundled scenario; a missing file is reported by
 * name.
 */
export async function loadBundledScenarios(
  fetchJson: (url: string) => Promise<unknown>,
  language = 'en',
): Promise<CatalogueEntry[]> {
  const raws = await Promise.all(
    BUNDLED_SCENARIOS.map(async ({ url }) => {
      try {
        return await fetchJson(url);
      } catch (e) {
        throw new Error(
          `the scenario file ${url} could not be loaded (${e instanceof Error ? e.message : String(e)})`,
        );
      }
    }),
  );
  return catalogueFrom(
    raws,
    language,
    BUNDLED_SCENARIOS.every((s) => s.checked),
  );
}
