// The command-line contracts of GAME.md, run as a teacher or a designer would run them.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const scenario = join(root, 'scenarios/summer-2025.json');
const tmp = mkdtempSync(join(tmpdir(), 'tightrope-cli-'));

async function cli(
  tool: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [join(root, `src/cli/${tool}.ts`), ...args], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

function variant(name: string, change: (text: string) => string): string {
  const file = join(tmp, name);
  writeFileSync(file, change(readFileSync(scenario, 'utf8')));
  return file;
}

describe('npm run check-scenario', () => {
  it('passes the default scenario', async () => {
    const r = await cli('check-scenario', [scenario]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('summer-2025.json: valid');
  });

  it('locates a JSON syntax error, a wrong type and a dangling reference, one line each', async () => {
    const syntax = variant('syntax.json', (t) => t.replace('"version":', '"version"'));
    const type = variant('type.json', (t) => t.replace('"version": "1.0"', '"version": 1'));
    const dangling = variant('dangling.json', (t) =>
      t.replace('"relationTrack": "japan"', '"relationTrack": "japn"'),
    );
    const r = await cli('check-scenario', [scenario, syntax, type, dangling]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^.*syntax\.json: \/: JSON syntax error: expected ":" after the field name \(\d+:\d+\)$/,
    );
    expect(lines[1]).toMatch(/^.*type\.json: \/version: expected text, found 1 \(\d+:\d+\)$/);
    expect(lines[2]).toMatch(
      /^.*dangling\.json: \/actors\/\d+\/relationTrack: actor "tokyo" names track "japn", which is not among the tracks \(did you mean "japan"\?\) \(\d+:\d+\)$/,
    );
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('says so when a file is missing, and gives usage without arguments', async () => {
    expect(await cli('check-scenario', [join(tmp, 'nope.json')])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('nope.json: no such file'),
    });
    expect(await cli('check-scenario', [])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('usage: npm run check-scenario -- FILE...'),
    });
  });
});

describe('npm run simulate', () => {
  const args = [
    '--scenario',
    scenario,
    '--games',
    '300',
    '--seed',
    '1',
    '--policy',
    'random',
    '--json',
  ];

  it('prints the contracted JSON, the same twice but for msPerGame', async () => {
    const [a, b] = await Promise.all([
      cli('simulate', args),
      cli('simulate', [...args, '--workers', '2']),
    ]);
    expect(a.code).toBe(0);
    const first = JSON.parse(a.stdout) as Record<string, unknown>;
    const second = JSON.parse(b.stdout) as Record<string, unknown>;
    expect(first).toMatchObject({ games: 300, seed: 1, policy: 'random' });
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(['meanScore', 'scoreQuantiles', 'endings', 'msPerGame']),
    );
    expect(Object.keys(first.scoreQuantiles as object)).toEqual(['p10', 'p50', 'p90']);
    delete first.msPerGame;
    delete second.msPerGame;
    expect(second).toEqual(first);
  });

  it.each([
    [
      ['--scenario', scenario, '--games', '10', '--seed', '1', '--policy', 'nonsense'],
      'unknown policy "nonsense"',
    ],
    [
      ['--scenario', scenario, '--games', 'ten', '--seed', '1', '--policy', 'random'],
      '--games must be a whole number',
    ],
    [['--scenario', scenario, '--seed', '1', '--policy', 'random'], '--games is required'],
    [
      ['--scenario', scenario, '--games', '10', '--seed', '1', '--policy', 'random', '--fast'],
      'unknown option --fast',
    ],
  ])('refuses %j with a usage message and exit 2', async (argv, message) => {
    const r = await cli('simulate', argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('usage: npm run simulate');
  });
});

describe('npm run simulate -- --weights', () => {
  it('overlays a weights file, and locates what is wrong in one', async () => {
    const weights = join(tmp, 'volatile.weights.json');
    writeFileSync(
      weights,
      JSON.stringify({
        scenario: 'summer-2025',
        weights: { 'washington.volatility': 20, 'rules.reopenChance': 0.02 },
      }),
    );
    const base = [
      '--scenario',
      scenario,
      '--games',
      '200',
      '--seed',
      '4',
      '--policy',
      'greedy',
      '--json',
    ];
    const [plain, tuned] = await Promise.all([
      cli('simulate', base),
      cli('simulate', [...base, '--weights', weights]),
    ]);
    expect(tuned.code).toBe(0);
    expect(JSON.parse(tuned.stdout).meanScore).not.toBe(JSON.parse(plain.stdout).meanScore);
    const bad = join(tmp, 'bad.weights.json');
    writeFileSync(
      bad,
      '{\n  "weights": {\n    "washington.volatility": 99,\n    "no.such": 1\n  }\n}\n',
    );
    const r = await cli('simulate', [...base, '--weights', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `${bad}: /weights/washington.volatility: weight "washington.volatility" is 99, outside its range 0..30 (3:5)`,
      `${bad}: /weights/no.such: the scenario has no weight "no.such" (4:5)`,
    ]);
  });
});

describe('npm run simulate -- --sweep / --sensitivity', () => {
  it('sweeps one weight and ranks every weight, and refuses a sweep outside the weight’s range', async () => {
    const base = [
      '--scenario',
      scenario,
      '--games',
      '20',
      '--seed',
      '2',
      '--policy',
      'random',
      '--json',
    ];
    const r = await cli('simulate', [...base, '--sweep', 'washington.volatility=0:30:4']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      sweep: { weight: string; points: { value: number; stats: { games: number } }[] };
    };
    expect(out.sweep.weight).toBe('washington.volatility');
    expect(out.sweep.points.map((p) => [p.value, p.stats.games])).toEqual([
      [0, 20],
      [10, 20],
      [20, 20],
      [30, 20],
    ]);
    const bad = await cli('simulate', [...base, '--sweep', 'washington.volatility=0:99:4']);
    expect(bad).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--sweep: washington.volatility ranges over 0..30'),
    });
  });
});

describe('npm run report', () => {
  it('writes a self-contained HTML report with the command that reproduces it', async () => {
    const out = join(tmp, 'report.html');
    const r = await cli('report', [
      '--scenario',
      join(root, 'scenarios/template.json'),
      '--games',
      '20',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    for (const section of [
      'Balance checks',
      'Score distribution per policy',
      'Endings per policy',
      'Sweep of',
      'Sensitivity of the weights',
    ]) {
      expect(html).toContain(section);
    }
    expect(html).toContain('npm run report -- --scenario');
    expect(html).not.toMatch(/<script|src="http|href="http/);
  });
});

describe('npm run replay', () => {
  it('replays a log to the summary and hash the game reached', async () => {
    const log = join(tmp, 'log.json');
    const actions = [
      { type: 'offer', to: 'washington', gives: [{ lever: 'sma-share', value: 2 }], asks: [] },
      { type: 'endTurn' },
      { type: 'endTurn' },
    ];
    writeFileSync(log, JSON.stringify({ scenario: 'summer-2025', seed: 12, actions }));
    const r = await cli('replay', [log]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as { scenarioId: string; turn: number; hash: string };
    expect(summary).toMatchObject({ scenarioId: 'summer-2025', turn: 3, over: false });
    expect(summary.hash).toMatch(/^[0-9a-f]{14}$/);
    const again = await cli('replay', [log]);
    expect(JSON.parse(again.stdout)).toEqual(summary);
  });

  it('points at the action the engine refuses', async () => {
    const log = join(tmp, 'bad-log.json');
    writeFileSync(
      log,
      JSON.stringify({
        scenario: 'summer-2025',
        seed: 1,
        actions: [{ type: 'endTurn' }, { type: 'acceptCounter' }],
      }),
    );
    expect(await cli('replay', [log])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        '/actions/1: the engine refused this action: There is no counter-offer to accept.',
      ),
    });
  });
});
