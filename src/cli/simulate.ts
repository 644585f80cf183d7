// npm run simulate -- --scenario FILE --games N --seed S --policy NAME [--weights FILE] [--json]
//   [--workers N] [--sweep NAME=FROM:TO:STEPS] [--sensitivity]
import { performance } from 'node:perf_hooks';
import {
  batchStats,
  policyNamed,
  POLICIES,
  sensitivity,
  sweep,
  sweepValues,
  type Policy,
  type Sensitivity,
  type SweepPoint,
} from '../ai';
import { compileRules } from '../engine';
import type { Scenario } from '../scenario';
import {
  overlayFromFile,
  parseFlags,
  parseSweep,
  runMain,
  scenarioOrExit,
  UsageError,
  wholeNumber,
} from './io';
import { simulateParallel } from './parallel';
import { createPool } from './pool';
import { progressBar } from './progress';

const USAGE = `usage: npm run simulate -- --scenario FILE --games N --seed S --policy NAME [--weights FILE] [--json]
                            [--workers N] [--sweep NAME=FROM:TO:STEPS] [--sensitivity]
  policies: ${POLICIES.map((p) => p.name).join(', ')}
  --sweep        play the batch at each of STEPS values of one weight, from FROM to TO
  --sensitivity  rank every weight by how much moving it across the middle of its range moves the
                 mean score and the ending mix (each end played with the same games and seed)`;

runMain(USAGE, async () => {
  const { flags, on, rest } = parseFlags(
    process.argv.slice(2),
    ['scenario', 'games', 'seed', 'policy', 'weights', 'workers', 'sweep'],
    ['json', 'sensitivity'],
  );
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (!flags.scenario) throw new UsageError('--scenario is required');
  const games = wholeNumber('games', flags.games, 1, 10_000_000);
  const seed = wholeNumber('seed', flags.seed, 0, 4294967295);
  if (!flags.policy) throw new UsageError('--policy is required');
  const policy = policyNamed(flags.policy);
  if (!policy) throw new UsageError(`unknown policy "${flags.policy}"`);
  const workers =
    flags.workers === undefined ? undefined : wholeNumber('workers', flags.workers, 1, 64);
  const scenario = scenarioOrExit(flags.scenario);
  const sweepSpec = flags.sweep === undefined ? undefined : parseSweep(flags.sweep, scenario);
  const overlay = overlayFromFile(flags.weights, scenario);
  const rules = compileRules(scenario, overlay);
  const started = performance.now();
  const bar = progressBar(games);
  const results = await simulateParallel({
    scenario,
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
  const report: Record<string, unknown> = {
    scenario: scenario.id,
    weights: flags.weights ?? null,
    policy: policy.name,
    seed,
    ...batchStats(results),
    msPerGame: Math.round(msPerGame * 10000) / 10000,
  };
  if (sweepSpec || on.has('sensitivity'))
    Object.assign(
      report,
      await analyse(scenario, overlay, policy, games, seed, sweepSpec, on.has('sensitivity')),
    );
  process.stdout.write(on.has('json') ? JSON.stringify(report) + '\n' : describe(scenario, report));
});

async function analyse(
  scenario: Scenario,
  overlay: Record<string, number>,
  policy: Policy,
  games: number,
  seed: number,
  spec: ReturnType<typeof parseSweep> | undefined,
  wantSensitivity: boolean,
): Promise<{ sweep?: { weight: string; points: SweepPoint[] }; sensitivity?: Sensitivity[] }> {
  const pool = createPool(scenario);
  try {
    const run = (o: Record<string, number>, p: string) => pool.run(o, p, games, seed);
    const out: { sweep?: { weight: string; points: SweepPoint[] }; sensitivity?: Sensitivity[] } =
      {};
    if (spec)
      out.sweep = {
        weight: spec.weight,
        points: await sweep(
          run,
          overlay,
          spec.weight,
          sweepValues(spec.from, spec.to, spec.steps),
          policy.name,
        ),
      };
    if (wantSensitivity)
      out.sensitivity = await sensitivity(
        compileRules(scenario, overlay),
        run,
        overlay,
        scenario.weights,
        policy.name,
      );
    return out;
  } finally {
    await pool.close();
  }
}

function describe(scenario: Scenario, r: Record<string, unknown>): string {
  const stats = r as unknown as ReturnType<typeof batchStats> & {
    policy: string;
    seed: number;
    msPerGame: number;
  };
  const q = stats.scoreQuantiles;
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  const lines = [
    `${stats.games} games of ${scenario.title} with the ${stats.policy} policy (seed ${stats.seed})`,
    `mean score ${stats.meanScore}   p10 ${q.p10}   p50 ${q.p50}   p90 ${q.p90}`,
    'endings:',
    ...Object.entries(stats.endings).map(
      ([id, n]) => `  ${id.padEnd(28)} ${String(n).padStart(7)}  ${pct(n, stats.games)}`,
    ),
    `${stats.msPerGame} ms per game`,
  ];
  const sweepResult = r.sweep as { weight: string; points: SweepPoint[] } | undefined;
  if (sweepResult) {
    lines.push(
      '',
      `sweep of ${sweepResult.weight}:`,
      `  ${'value'.padStart(10)}  mean score  most common ending`,
    );
    for (const p of sweepResult.points) {
      const top = Object.entries(p.stats.endings).sort((a, b) => b[1] - a[1])[0]!;
      lines.push(
        `  ${String(p.value).padStart(10)}  ${String(p.stats.meanScore).padStart(10)}  ${top[0]} (${pct(top[1], p.stats.games)})`,
      );
    }
  }
  const rows = r.sensitivity as Sensitivity[] | undefined;
  if (rows) {
    lines.push(
      '',
      'sensitivity (most influential first):',
      `  ${'weight'.padEnd(44)} ${'low'.padStart(8)} ${'high'.padStart(8)}  score change  ending shift`,
    );
    for (const s of rows)
      lines.push(
        `  ${s.weight.padEnd(44)} ${String(s.low).padStart(8)} ${String(s.high).padStart(8)}  ${String(s.scoreEffect).padStart(12)}  ${String(s.endingShift).padStart(12)}`,
      );
  }
  return lines.join('\n') + '\n';
}
