// npm run bench: performance figures, each printed as a ratio against its baseline (bench/baseline.json).
// `npm run bench -- --save` records the current figures as the new baseline; `--engine-only` and
// `--browser-only` run half of them.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { POLICIES, simulate } from '../src/ai';
import { apply, compileRules, createGame, legalActions, type GameState } from '../src/engine';
import { parseScenarioText } from '../src/scenario';
import { availableParallelism } from 'node:os';
import { browserFigures } from './browser';
import { simulateParallel } from '../src/cli/parallel';

const baselineFile = new URL('./baseline.json', import.meta.url);
const parsed = parseScenarioText(
  readFileSync(new URL('../scenarios/summer-2025.json', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error('the default scenario is invalid');
const rules = compileRules(parsed.value);

/** Runs `work` repeatedly for about `ms` milliseconds and returns its rate per second (best of three rounds). */
function rate(work: () => number, ms = 1500): number {
  let best = 0;
  for (let round = 0; round < 3; round++) {
    let count = 0;
    const start = performance.now();
    while (performance.now() - start < ms / 3) count += work();
    best = Math.max(best, (count * 1000) / (performance.now() - start));
  }
  return best;
}

function midGame(): GameState {
  let state = createGame(rules, 99);
  for (let i = 0; i < 12 && !state.over; i++) {
    const legal = legalActions(rules, state);
    const r = apply(rules, state, legal[(i * 5) % legal.length]!);
    if (r.ok) state = r.state;
  }
  return state;
}

const figures: Record<string, { value: number; unit: string; higherIsBetter: boolean }> = {};
const browserOnly = process.argv.includes('--browser-only');
if (!browserOnly) {
  for (const policy of POLICIES) {
    let seed = 0;
    figures[`games per second, ${policy.name}`] = {
      value: rate(() => simulate(rules, policy, { games: 20, seed: seed++ }).length),
      unit: 'games/s',
      higherIsBetter: true,
    };
  }
  // One core against all cores, the same 6,000 greedy games (start-up of the workers included).
  const greedy = POLICIES.find((p) => p.name === 'greedy')!;
  const timeBatch = async (workers: number) => {
    const start = performance.now();
    await simulateParallel({
      scenario: parsed.value,
      rules,
      overlay: {},
      policy: greedy,
      seed: 1,
      games: 6000,
      workers,
    });
    return 6000 / ((performance.now() - start) / 1000);
  };
  const oneCore = await timeBatch(1);
  const allCores = await timeBatch(availableParallelism());
  figures['greedy games per second, one core'] = {
    value: oneCore,
    unit: 'games/s',
    higherIsBetter: true,
  };
  figures[`greedy games per second, all ${availableParallelism()} cores`] = {
    value: allCores,
    unit: 'games/s',
    higherIsBetter: true,
  };
  figures['speed-up of all cores over one'] = {
    value: allCores / oneCore,
    unit: '×',
    higherIsBetter: true,
  };

  const state = midGame();
  const turnRate = rate(() => (apply(rules, state, { type: 'endTurn' }).ok ? 1 : 0));
  const cloneRate = rate(() => (structuredClone(state) ? 1 : 0));
  figures['one engine turn ÷ structuredClone of the state'] = {
    value: cloneRate / turnRate,
    unit: '× the clone time',
    higherIsBetter: false,
  };
}

const save = process.argv.includes('--save') && !browserOnly;
let baseline: Record<string, number> = {};
try {
  baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Record<string, number>;
} catch {
  // No baseline yet: every ratio is against itself.
}
const lines: string[] = [];
for (const [name, f] of Object.entries(figures)) {
  const base = baseline[name] ?? f.value;
  const ratio = f.value / base;
  const better = f.higherIsBetter ? ratio >= 1 : ratio <= 1;
  lines.push(
    `${name.padEnd(48)} ${f.value.toFixed(f.value < 10 ? 2 : 0).padStart(8)} ${f.unit.padEnd(18)} ${ratio.toFixed(2)}× baseline ${better ? '' : '(worse)'}`,
  );
}
process.stdout.write(lines.join('\n') + '\n');
if (!process.argv.includes('--engine-only')) {
  // The browser figures have a built-in baseline: a blank Phaser page, or the game's own first run.
  for (const f of await browserFigures()) {
    process.stdout.write(
      `${f.name.padEnd(48)} ${f.value.toFixed(2).padStart(8)} ${f.unit.padEnd(34)} goal ${f.goal}${f.met ? '' : ' (missed)'}\n`,
    );
  }
}
if (save) {
  writeFileSync(
    baselineFile,
    JSON.stringify(
      Object.fromEntries(
        Object.entries(figures).map(([k, f]) => [k, Number(f.value.toPrecision(4))]),
      ),
      null,
      2,
    ) + '\n',
  );
  process.stdout.write('baseline saved\n');
}
