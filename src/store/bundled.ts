// The scenarios shipped with the game. The browser fetches them as data files (keeping them out of the
// JavaScript it must parse before the title appears) and validates them like any other scenario.
import classroom45Url from '../../scenarios/classroom-45.json?url';
import roadToApecUrl from '../../scenarios/road-to-apec.json?url';
import summer2025KoreanUrl from '../../scenarios/summer-2025-ko.json?url';
import summer2025Url from '../../scenarios/summer-2025.json?url';
import { parseScenarioValue, type Scenario } from '../scenario';

export interface CatalogueEntry {
  /** Unique in the catalogue: the id for bundled scenarios, `file:<id>` for one a teacher loaded. */
  key: string;
  id: string;
  title: string;
  summary: string;
  language: string;
  turns: number;
  scenario: Scenario;
  /** Where a teacher's scenario came from (a file name or URL); absent for bundled ones. */
  source?: string;
}

export const DEFAULT_SCENARIO_ID = 'summer-2025';

/** In title-screen order: the default first. */
export const BUNDLED_SCENARIO_URLS = [
  summer2025Url,
  classroom45Url,
  roadToApecUrl,
  summer2025KoreanUrl,
];

export function catalogueFrom(raws: readonly unknown[]): CatalogueEntry[] {
  return raws.map((raw) => {
    const parsed = parseScenarioValue(raw);
    if (!parsed.ok) {
      const problems = parsed.problems.map((p) => `${p.pointer}: ${p.message}`).join('; ');
      throw new Error(`a bundled scenario is invalid: ${problems}`);
    }
    const s = parsed.value;
    return {
      key: s.id,
      id: s.id,
      title: s.title,
      summary: s.summary,
      language: s.language,
      turns: s.calendar.length,
      scenario: s,
    };
  });
}

/** Fetches and validates every bundled scenario; a missing file is reported by name. */
export async function loadBundledScenarios(
  fetchText: (url: string) => Promise<string>,
): Promise<CatalogueEntry[]> {
  const raws = await Promise.all(
    BUNDLED_SCENARIO_URLS.map(async (url) => {
      try {
        return JSON.parse(await fetchText(url)) as unknown;
      } catch (e) {
        throw new Error(
          `the scenario file ${url} could not be loaded (${e instanceof Error ? e.message : String(e)})`,
        );
      }
    }),
  );
  return catalogueFrom(raws);
}
