// docs/teachers.md stays true: its quoted messages are the checker's own, and its examples are valid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioSchemas } from '../src/scenario';

const {
  actorSchema,
  conditionSchema,
  effectSchema,
  endingSchema,
  eventSchema,
  leverSchema,
  scenarioSchema,
  trackSchema,
  turnSchema,
} = scenarioSchemas();

const root = new URL('..', import.meta.url).pathname;
const guide = readFileSync(join(root, 'docs/teachers.md'), 'utf8');
const expected = JSON.parse(
  readFileSync(join(root, 'tests/fixtures/invalid/expected.json'), 'utf8'),
) as Record<string, string[]>;

/** A checker line without its file name: "/pointer: message (line:column)". */
const afterFile = (line: string) => line.slice(line.indexOf('.json: ') + '.json: '.length);

describe('docs/teachers.md', () => {
  it('quotes only messages the checker really prints (from the invalid corpus)', () => {
    const quoted = guide
      .split('\n')
      .filter((line) => line.startsWith('scenarios/my-class.json: /'))
      .map(afterFile);
    const printed = new Set(Object.values(expected).flat().map(afterFile));
    expect(quoted.length).toBeGreaterThanOrEqual(10);
    expect(quoted.filter((line) => !printed.has(line))).toEqual([]);
  });

  it('gives examples that the scenario format accepts', () => {
    const blocks = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    const schemaFor = (o: Record<string, unknown>) =>
      'kind' in o
        ? leverSchema
        : 'relationTrack' in o
          ? actorSchema
          : 'atTable' in o
            ? turnSchema
            : 'grade' in o
              ? endingSchema
              : 'effects' in o
                ? eventSchema
                : 'start' in o
                  ? trackSchema
                  : undefined;
    let checked = 0;
    for (const block of blocks) {
      if (block.includes('...')) continue; // an outline, not an example
      const value = JSON.parse(block.startsWith('"') ? `{${block}}` : block) as Record<
        string,
        unknown
      >;
      const [section] = Object.keys(value);
      const schema =
        schemaFor(value) ??
        (section === 'weights' || section === 'stability' || section === 'rules'
          ? scenarioSchema.shape[section]
          : undefined);
      const inner = schemaFor(value) ? value : value[section!];
      expect(schema, block.slice(0, 60)).toBeDefined();
      expect(schema!.safeParse(inner).error?.issues ?? [], block.slice(0, 60)).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(9);
  });

  it('shows conditions and effects in the shapes the format accepts', () => {
    const cells = [...guide.matchAll(/^\| `(\{.*?\})`/gm)].map((m) => JSON.parse(m[1]!) as unknown);
    expect(cells.length).toBe(9);
    for (const cell of cells) {
      const ok = conditionSchema.safeParse(cell).success || effectSchema.safeParse(cell).success;
      expect(ok, JSON.stringify(cell)).toBe(true);
    }
  });
});
