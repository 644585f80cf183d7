// Shared command-line plumbing: reading scenario files with located problems, usage errors, exit codes.
import { readFileSync } from 'node:fs';
import { compileRules, type CompiledRules, type WeightOverlay } from '../engine';
import { formatProblem, parseScenarioText, type Problem, type Scenario } from '../scenario';

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
