// Shared command-line plumbing: reading scenario files with located problems, usage errors, exit codes.
import { readFileSync } from 'node:fs';
import { compileRules, type CompiledRules, type WeightOverlay } from '../engine';
import {
  formatProblem,
  parseScenarioText,
  parseWeightsText,
  type Problem,
  type Scenario,
} from '../scenario';

export class UsageError extends Error {}

export type Loaded =
  { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: string[] };

export function readText(
  file: string,
): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'this is a folder, not a file'
          : `cannot be read (${code ?? 'error'})`;
    return { ok: false, message: `${file}: ${why}` };
  }
}

export function loadScenarioFile(file: string): Loaded {
  const read = readText(file);
  if (!read.ok) return { ok: false, problems: [read.message] };
  const parsed = parseScenarioText(read.text);
  if (!parsed.ok)
    return { ok: false, problems: parsed.problems.map((p) => formatProblem(file, p)) };
  return { ok: true, scenario: parsed.value, warnings: parsed.warnings };
}

/** Loads and compiles, or prints the problems and exits 1. */
export function rulesFromFile(file: string, overlay: WeightOverlay = {}): CompiledRules {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    for (const line of loaded.problems) process.stderr.write(line + '\n');
    process.exit(1);
  }
  return compileRules(loaded.scenario, overlay);
}

/** Runs a command's main, turning usage errors into exit 2 and anything unexpected into one clear line. */
export function runMain(usage: string, main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`${e.message}\n\n${usage}\n`);
        process.exit(2);
      }
      process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(3);
    });
}

/** Parses --flag value pairs and bare --switches; anything unknown is a usage error. */
export function parseFlags(
  argv: string[],
  valued: string[],
  switches: string[],
): { flags: Record<string, string>; on: Set<string>; rest: string[] } {
  const flags: Record<string, string> = {};
  const on = new Set<string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      rest.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (switches.includes(name)) on.add(name);
    else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        throw new UsageError(`--${name} needs a value`);
      flags[name] = value;
    } else throw new UsageError(`unknown option ${arg}`);
  }
  return { flags, on, rest };
}

/** Reads a weights overlay file against the scenario's weights, or prints its located problems and exits 1. */
export function overlayFromFile(
  file: string | undefined,
  scenario: Scenario,
): Record<string, number> {
  if (!file) return {};
  const read = readText(file);
  if (!read.ok) {
    process.stderr.write(read.message + '\n');
    process.exit(1);
  }
  const parsed = parseWeightsText(read.text, scenario.weights);
  if (!parsed.ok) {
    for (const p of parsed.problems) process.stderr.write(formatProblem(file, p) + '\n');
    process.exit(1);
  }
  return parsed.value.weights;
}

/** Loads a scenario file, or prints its located problems and exits 1. */
export function scenarioOrExit(file: string): Scenario {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    for (const line of loaded.problems) process.stderr.write(line + '\n');
    process.exit(1);
  }
  return loaded.scenario;
}

export function wholeNumber(
  name: string,
  text: string | undefined,
  min: number,
  max: number,
  fallback?: number,
): number {
  if (text === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${name} is required`);
  }
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  return n;
}

/** `--sweep NAME=FROM:TO:STEPS`, checked against the scenario's weights and their ranges. */
export function parseSweep(
  text: string,
  scenario: Scenario,
): { weight: string; from: number; to: number; steps: number } {
  const m = /^([a-z][a-zA-Z0-9.-]*)=(-?[\d.]+):(-?[\d.]+):(\d+)$/.exec(text);
  if (!m)
    throw new UsageError(
      `--sweep takes NAME=FROM:TO:STEPS, e.g. washington.volatility=0:30:7, got "${text}"`,
    );
  const [, weight, from, to, steps] = m as unknown as [string, string, string, string, string];
  const w = scenario.weights[weight];
  if (!w) throw new UsageError(`--sweep: the scenario has no weight "${weight}"`);
  const lo = Number(from);
  const hi = Number(to);
  if ([lo, hi].some((v) => !Number.isFinite(v) || v < w.min || v > w.max))
    throw new UsageError(`--sweep: ${weight} ranges over ${w.min}..${w.max}`);
  const n = Number(steps);
  if (n < 2 || n > 101) throw new UsageError('--sweep: STEPS must be from 2 to 101');
  return { weight, from: lo, to: hi, steps: n };
}
