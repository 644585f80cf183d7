// The bundled scenarios read in at build time, for tests and tools; the browser fetches them instead (bundled.ts).
import classroom45 from '../../scenarios/classroom-45.json';
import roadToApec from '../../scenarios/road-to-apec.json';
import summer2025 from '../../scenarios/summer-2025.json';
import { catalogueFrom, type CatalogueEntry } from './bundled';

export function bundledScenarios(): CatalogueEntry[] {
  return catalogueFrom([summer2025, classroom45, roadToApec]);
}
