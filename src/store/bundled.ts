// The scenarios shipped with the game, validated once at start-up like any other scenario.
import classroom45 from '../../scenarios/classroom-45.json';
import roadToApec from '../../scenarios/road-to-apec.json';
import summer2025Korean from '../../scenarios/summer-2025-ko.json';
import summer2025 from '../../scenarios/summer-2025.json';
import { parseScenarioValue, type Scenario } from '../scenario';

export interface CatalogueEntry {
  id: string;
  title: string;
  summary: string;
  language: string;
  turns: number;
  scenario: Scenario;
}

const RAW: unknown[] = [summer2025, classroom45, roadToApec, summer2025Korean];

export const DEFAULT_SCENARIO_ID = 'summer-2025';

export function bundledScenarios(): CatalogueEntry[] {
  return RAW.map((raw) => {
    const parsed = parseScenarioValue(raw);
    if (!parsed.ok)
      throw new Error(
        `bundled scenario is invalid: ${parsed.problems.map((p) => `${p.pointer}: ${p.message}`).join('; ')}`,
      );
    const s = parsed.value;
    return {
      id: s.id,
      title: s.title,
      summary: s.summary,
      language: s.language,
      turns: s.calendar.length,
      scenario: s,
    };
  });
}
