// npm run report -- --scenario FILE [--weights FILE] [--games N] [--seed S] [--out FILE] [--sweep NAME=FROM:TO:STEPS]
// Writes a self-contained HTML balance report: score distributions and endings per policy, balance checks,
// a sweep and the sensitivity of every weight, with the exact command that reproduces it.
import { writeFileSync } from 'node:fs';
import { balanceFlags, batchStats, POLICIES, sensitivity, sweep, sweepValues } from '../ai';
import { compileRules } from '../engine';
import {
  overlayFromFile,
  parseFlags,
  parseSweep,
  runMain,
  scenarioOrExit,
  UsageError,
  wholeNumber,
} from './io';
import { createPool } from './pool';
import { reportHtml } from './report-html';

const USAGE = `usage: npm run report -- --scenario FILE [--weights FILE] [--games N] [--seed S] [--out FILE]
                          [--sweep NAME=FROM:TO:STEPS] [--margin POINTS]
  defaults: --games 500 --seed 1 --out report.html --margin 10; without --sweep, the most sensitive weight is swept`;

const SWEEP_STEPS = 7;

runMain(USAGE, async () => {
  const { flags, rest } = parseFlags(
    process.argv.slice(2),
    ['scenario', 'weights', 'games', 'seed', 'out', 'sweep', 'margin'],
    [],
  );
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (!flags.scenario) throw new UsageError('--scenario is required');
  const games = wholeNumber('games', flags.games, 10, 1_000_000, 500);
  const seed = wholeNumber('seed', flags.seed, 0, 4294967295, 1);
  const margin = wholeNumber('margin', flags.margin, 0, 100, 10);
  const out = flags.out ?? 'report.html';
  const scenario = scenarioOrExit(flags.scenario);
  const requestedSweep = flags.sweep === undefined ? undefined : parseSweep(flags.sweep, scenario);
  const overlay = overlayFromFile(flags.weights, scenario);
  const pool = createPool(scenario);
  const say = (text: string) => process.stderr.write(`${text}\n`);
  try {
    const byPolicy: Record<string, Awaited<ReturnType<typeof pool.run>>> = {};
    for (const p of POLICIES) {
      say(`playing ${games} games with the ${p.name} policy…`);
      byPolicy[p.name] = await pool.run(overlay, p.name, games, seed);
    }
    const sensitivityGames = Math.max(20, Math.round(games / 10));
    say(
      `measuring the sensitivity of ${Object.keys(scenario.weights).length} weights (${sensitivityGames} games at each end)…`,
    );
    const run = (o: Record<string, number>, p: string, n = sensitivityGames) =>
      pool.run(o, p, n, seed);
    const ranking = await sensitivity(
      compileRules(scenario, overlay),
      run,
      overlay,
      scenario.weights,
      'greedy',
    );
    const top = ranking[0];
    const spec =
      requestedSweep ??
      (top && {
        weight: top.weight,
        from: scenario.weights[top.weight]!.min,
        to: scenario.weights[top.weight]!.max,
        steps: SWEEP_STEPS,
      });
    let sweepResult = null;
    if (spec) {
      say(`sweeping ${spec.weight} from ${spec.from} to ${spec.to}…`);
      const points = await sweep(
        (o, p) => run(o, p, Math.max(50, Math.round(games / 5))),
        overlay,
        spec.weight,
        sweepValues(spec.from, spec.to, spec.steps),
        'greedy',
      );
      sweepResult = { weight: spec.weight, policy: 'greedy', points };
    }
    const flagsFound = balanceFlags({
      byPolicy,
      endings: scenario.endings.map((e) => ({ id: e.id, title: e.title })),
      levers: scenario.levers.map((l) => ({ id: l.id, label: l.label })),
      leverPolicy: 'greedy',
      margin,
      almostAlways: 0.9,
    });
    const html = reportHtml({
      title: scenario.title,
      scenarioId: scenario.id,
      command: [
        'npm run report --',
        ...process.argv.slice(2).map((a) => (/^[\w./=:@-]+$/.test(a) ? a : JSON.stringify(a))),
      ].join(' '),
      seed,
      games,
      weightsFile: flags.weights ?? null,
      policies: POLICIES.map((p) => ({
        name: p.name,
        explain: p.explain,
        stats: batchStats(byPolicy[p.name]!),
        scores: byPolicy[p.name]!.map((g) => g.score).sort((a, b) => a - b),
      })),
      endings: scenario.endings.map((e) => ({ id: e.id, title: e.title })),
      flags: flagsFound,
      sensitivity: ranking,
      sensitivityGames,
      sweep: sweepResult,
    });
    writeFileSync(out, html);
    process.stdout.write(
      `${out} written: ${flagsFound.length} balance flag${flagsFound.length === 1 ? '' : 's'}\n`,
    );
  } finally {
    await pool.close();
  }
});
