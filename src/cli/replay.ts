// npm run replay -- LOG.json: replay an exported game log and print its final summary() as JSON.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileRules, replay, summary } from '../engine';
import { formatProblem, parseGameLogText } from '../scenario';
import { loadScenarioFile, readText, runMain, UsageError } from './io';

const USAGE = 'usage: npm run replay -- LOG.json';
const SCENARIOS = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

/** A log names its scenario by id (a bundled scenario) or by a path relative to the log. */
function scenarioPath(ref: string, logFile: string): string | undefined {
  const asPath = isAbsolute(ref) ? ref : resolve(dirname(logFile), ref);
  if (ref.endsWith('.json') && existsSync(asPath)) return asPath;
  for (const name of readdirSync(SCENARIOS)) {
    if (!name.endsWith('.json') || name.endsWith('.weights.json')) continue;
    const file = join(SCENARIOS, name);
    const loaded = loadScenarioFile(file);
    if (loaded.ok && loaded.scenario.id === ref) return file;
  }
  return undefined;
}

runMain(USAGE, () => {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0]!.startsWith('--'))
    throw new UsageError('name exactly one game log file');
  const logFile = args[0]!;
  const read = readText(logFile);
  if (!read.ok) {
    process.stderr.write(read.message + '\n');
    process.exit(1);
  }
  const log = parseGameLogText(read.text);
  if (!log.ok) {
    for (const p of log.problems) process.stderr.write(formatProblem(logFile, p) + '\n');
    process.exit(1);
  }
  const file = scenarioPath(log.value.scenario, logFile);
  if (!file) {
    process.stderr.write(
      `${logFile}: /scenario: no bundled scenario has id "${log.value.scenario}", and no such file exists\n`,
    );
    process.exit(1);
  }
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    for (const line of loaded.problems) process.stderr.write(line + '\n');
    process.exit(1);
  }
  const unknown = Object.keys(log.value.weights).find((w) => !(w in loaded.scenario.weights));
  if (unknown) {
    process.stderr.write(
      `${logFile}: /weights/${unknown}: the scenario has no weight "${unknown}"\n`,
    );
    process.exit(1);
  }
  const rules = compileRules(loaded.scenario, log.value.weights);
  const result = replay(rules, log.value.seed, log.value.actions);
  if (!result.ok) {
    process.stderr.write(
      `${logFile}: /actions/${result.index}: the engine refused this action: ${result.reason}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(JSON.stringify(summary(rules, result.state), null, 2) + '\n');
});
