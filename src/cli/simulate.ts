// npm run simulate -- --scenario FILE --games N --seed S --policy NAME [--weights FILE] [--json]
import { performance } from 'node:perf_hooks';
import { batchStats, policyNamed, POLICIES } from '../ai';
import { compileRules } from '../engine';
import { formatProblem, parseWeightsText } from '../scenario';
import { loadScenarioFile, parseFlags, readText, runMain, UsageError } from './io';
import { simulateParallel } from './parallel';
import { progressBar } from './progress';

const USAGE = `usage: npm run simulate -- --scenario FILE --games N --seed S --policy NAME [--weights FILE] [--json] [--workers N]
  policies: ${POLICIES.map((p) => p.name).join(', ')}`;

function wholeNumber(name: string, text: string | undefined, min: number, max: number): number {
  if (text === undefined) throw new UsageError(`--${name} is required`);
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  return n;
}

runMain(USAGE, async () => {
  const { flags, on, rest } = parseFlags(
    process.argv.slice(2),
    ['scenario', 'games', 'seed', 'policy', 'weights', 'workers'],
    ['json'],
  );
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (!flags.scenario) throw new UsageError('--scenario is required');
  const games = wholeNumber('games', flags.games, 1, 10_000_000);
  const seed = wholeNumber('seed', flags.seed, 0, 4294967295);
  if (!flags.policy) throw new UsageError('--policy is required');
  const policy = policyNamed(flags.policy);
  if (!policy) throw new UsageError(`unknown policy "${flags.policy}"`);
  const loaded = loadScenarioFile(flags.scenario);
  if (!loaded.ok) {
    for (const line of loaded.problems) process.stderr.write(line + '\n');
    process.exit(1);
  }
  let overlay: Record<string, number> = {};
  if (flags.weights) {
    const read = readText(flags.weights);
    if (!read.ok) {
      process.stderr.write(read.message + '\n');
      process.exit(1);
    }
    const parsed = parseWeightsText(read.text, loaded.scenario.weights);
    if (!parsed.ok) {
      for (const p of parsed.problems) process.stderr.write(formatProblem(flags.weights, p) + '\n');
      process.exit(1);
    }
    overlay = parsed.value.weights;
  }
  const rules = compileRules(loaded.scenario, overlay);
  const started = performance.now();
  const workers =
    flags.workers === undefined ? undefined : wholeNumber('workers', flags.workers, 1, 64);
  const bar = progressBar(games);
  const results = await simulateParallel({
    scenario: loaded.scenario,
    rules,
    overlay,
    policy,
    seed,
    games,
    workers,
    onProgress: bar.update,
  });
  bar.done();
  const msPerGame = (performance.now() - started) / games;
  const stats = batchStats(results);
  const report = {
    scenario: loaded.scenario.id,
    weights: flags.weights ?? null,
    policy: policy.name,
    seed,
    ...stats,
    msPerGame: Math.round(msPerGame * 10000) / 10000,
  };
  if (on.has('json')) {
    process.stdout.write(JSON.stringify(report) + '\n');
    return;
  }
  const q = stats.scoreQuantiles;
  const lines = [
    `${stats.games} games of ${loaded.scenario.title} with the ${policy.name} policy (seed ${seed})`,
    `mean score ${stats.meanScore}   p10 ${q.p10}   p50 ${q.p50}   p90 ${q.p90}`,
    'endings:',
    ...Object.entries(stats.endings).map(
      ([id, n]) =>
        `  ${id.padEnd(28)} ${String(n).padStart(7)}  ${((100 * n) / stats.games).toFixed(1)}%`,
    ),
    `${report.msPerGame} ms per game`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
});
