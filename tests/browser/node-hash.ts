// What Node's engine makes of the default scenario, a seed and actions: the hash the browser must reach.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileRules, replay, summary, type Action } from '../../src/engine';
import { parseScenarioText } from '../../src/scenario';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function nodeHash(seed: number, actions: Action[]): string {
  const parsed = parseScenarioText(
    readFileSync(resolve(ROOT, 'scenarios/summer-2025.json'), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the bundled scenario does not parse');
  const rules = compileRules(parsed.value);
  const replayed = replay(rules, seed, actions);
  if (!replayed.ok) throw new Error(`Node refused action ${replayed.index}: ${replayed.reason}`);
  return summary(rules, replayed.state).hash;
}
