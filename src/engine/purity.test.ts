// The engine runs unchanged in the browser, in tests and on the command line: nothing platform-bound inside.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = new URL('.', import.meta.url).pathname;
const sources = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('fixtures'));

describe('src/engine', () => {
  it('has sources to check', () => expect(sources.length).toBeGreaterThan(10));

  it.each(sources)('%s imports only engine files and scenario types', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const imports = [...text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)].map(
      (m) => ({ typeOnly: !!m[1], from: m[2]! }),
    );
    for (const { typeOnly, from } of imports) {
      const ok = from.startsWith('./') || (typeOnly && from.startsWith('../scenario/'));
      expect(ok, `${file} imports ${typeOnly ? 'type ' : ''}${from}`).toBe(true);
    }
  });

  it.each(sources)(
    '%s uses no clock, no Math.random, no DOM and no transcendental maths',
    (file) => {
      const text = readFileSync(join(dir, file), 'utf8').replace(/\/\/.*$/gm, '');
      expect(text).not.toMatch(
        /\b(Math\.(random|sin|cos|tan|exp|log|atan2|cbrt|pow)|Date\.now|new Date|window|document|navigator|localStorage|process\.)\b/,
      );
    },
  );
});
