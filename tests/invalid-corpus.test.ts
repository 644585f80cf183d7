// The corpus of invalid scenarios: every problem of every file, word for word, as check-scenario prints it.
// A changed message fails here on purpose: read the new one as a teacher would, then rewrite expected.json
// with UPDATE_CORPUS=1 npx vitest run tests/invalid-corpus.test.ts, and read its diff before committing.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseScenarioText } from '../src/scenario';

const root = new URL('..', import.meta.url).pathname;
const dir = 'tests/fixtures/invalid';
const files = readdirSync(join(root, dir))
  .filter((f) => f.endsWith('.json') && f !== 'expected.json')
  .sort();

function linesFor(file: string): string[] {
  const r = parseScenarioText(readFileSync(join(root, dir, file), 'utf8'));
  if (r.ok) return [];
  return r.problems.map((p) => formatProblem(`${dir}/${file}`, p));
}

if (process.env.UPDATE_CORPUS) {
  const lines = Object.fromEntries(files.map((f) => [f, linesFor(f)]));
  writeFileSync(join(root, dir, 'expected.json'), JSON.stringify(lines, null, 2) + '\n');
}
const expected = JSON.parse(readFileSync(join(root, dir, 'expected.json'), 'utf8')) as Record<
  string,
  string[]
>;

describe('the invalid-scenario corpus', () => {
  it('has at least 30 files, each with its expected lines', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(files)('%s: every problem, word for word', (file) => {
    expect(linesFor(file)).toEqual(expected[file]);
  });

  it('speaks no zod: every message is in plain words', () => {
    const jargon =
      /Invalid input|Invalid (ISO|string|key|discriminator)|Too (small|big)|Unrecognized key|received \w+|item\(s\)|\$Zod/;
    const all = Object.values(expected).flat();
    expect(all.filter((line) => jargon.test(line))).toEqual([]);
  });

  it('locates every problem of a file that is not empty by line and column', () => {
    const unlocated = Object.entries(expected)
      .filter(([file]) => file !== 'empty-file.json')
      .flatMap(([, lines]) => lines.filter((line) => !/ \(\d+:\d+\)$/.test(line)));
    expect(unlocated).toEqual([]);
  });

  it('is exactly what npm run check-scenario prints, exiting 1', async () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const paths = files.map((f) => `${dir}/${f}`);
    const run = promisify(execFile);
    const result = await run(tsx, ['src/cli/check-scenario.ts', ...paths], { cwd: root }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual(files.flatMap((f) => expected[f]));
  });
});
