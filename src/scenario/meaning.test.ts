import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMeaning, checkMeaningOfParts } from './meaning';
import { inLanguage } from './localize';
import { parseScenarioText } from './parse';
import { scenarioSchemas } from './schema';

const templateText = readFileSync(
  new URL('../../scenarios/template.json', import.meta.url),
  'utf8',
);
type Raw = Record<string, unknown> & {
  tracks: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  calendar: { atTable: string[] }[];
  levers: Record<string, unknown>[];
};
const template = () => JSON.parse(templateText) as Raw;
const lines = (raw: unknown) => {
  const r = parseScenarioText(JSON.stringify(raw, null, 2));
  return r.ok ? [] : r.problems.map((p) => `${p.severity} ${p.pointer || '/'}: ${p.message}`);
};

describe('every problem at once', () => {
  it('reports meaning problems beside a type error in another section', () => {
    const raw = template();
    raw.tracks[1]!.start = 'forty';
    raw.calendar[1]!.atTable = ['washington', 'moscow'];
    raw.levers[0]!.full = raw.levers[0]!.none;
    expect(lines(raw)).toEqual([
      'error /tracks/1/start: expected a number, found "forty"',
      'error /actors/0/demands/0/value: lever "sma-share" takes an amount from 1.5 to 1.5 $bn/yr, found 2.5',
      'error /calendar/1/atTable/1: turn 2 names actor "moscow", which is not among the actors',
      'error /levers/0/full: lever "sma-share" has the same value for none and full, so it cannot move',
      'warning /: checks that involve "tracks" (references, duplicate ids, ranges) wait until its problems above are fixed; then check the file again',
    ]);
  });

  it('does not judge references into a section that failed its type check', () => {
    const raw = template();
    raw.actors[1]!.patience = true;
    raw.calendar[1]!.atTable = ['washington', 'moscow'];
    (raw.rules as Record<string, unknown>).patron = 'moscow';
    expect(lines(raw)).toEqual([
      'error /actors/1/patience: expected a number or the name of a weight, found true',
      'warning /: checks that involve "actors" (references, duplicate ids, ranges) wait until its problems above are fixed; then check the file again',
    ]);
  });

  it('checks every section, with no closing note, when only the metadata is mistyped', () => {
    const raw = template();
    raw.version = 1;
    raw.calendar[1]!.atTable = ['washington', 'moscow'];
    expect(lines(raw)).toEqual([
      'error /version: expected text, found 1',
      'error /calendar/1/atTable/1: turn 2 names actor "moscow", which is not among the actors',
    ]);
  });

  it('names every section that holds checks back', () => {
    const raw = template();
    delete (raw as Record<string, unknown>).calendar;
    raw.weights = [];
    expect(lines(raw).at(-1)).toBe(
      'warning /: checks that involve "calendar" and "weights" (references, duplicate ids, ranges) wait until their problems above are fixed; then check the file again',
    );
  });

  it('finds what checkMeaning finds when every section parses', () => {
    const raw = template();
    raw.calendar[1]!.atTable = ['washington', 'moscow'];
    raw.title = '';
    const parsed = inLanguage(scenarioSchemas().scenarioSchema.parse({ ...raw, title: 'fine' }));
    expect(checkMeaningOfParts(raw)).toEqual(checkMeaning(parsed, raw));
    expect(checkMeaningOfParts(raw)).toHaveLength(1);
  });
});

describe('names that parsing drops', () => {
  it('reports a "__proto__" key among the lever ids of values', () => {
    const text = templateText.replace(
      '"values": {\n        "china-engagement"',
      '"values": {\n        "__proto__": 5,\n        "china-engagement"',
    );
    const r = parseScenarioText(text);
    expect(r.ok ? [] : r.problems.map((p) => [p.pointer, p.message])).toEqual([
      [
        '/actors/1/values/__proto__',
        '"__proto__" is not a lever id: the names in "values" are the ids of levers',
      ],
    ]);
  });

  it('reports a "__proto__" weight', () => {
    const text = templateText.replace(
      '"weights": {',
      '"weights": {\n    "__proto__": { "value": 1, "min": 0, "max": 2, "group": "x", "meaning": "y" },',
    );
    const r = parseScenarioText(text);
    expect(r.ok ? [] : r.problems.map((p) => p.pointer)).toEqual(['/weights/__proto__']);
  });
});

describe('demands', () => {
  it('warns of a demand whose last turn comes before its first', () => {
    const raw = template();
    (raw.actors[0]!.demands as Record<string, unknown>[])[0]!.untilTurn = 1;
    const r = parseScenarioText(JSON.stringify(raw));
    expect(r.ok && r.warnings.map((w) => [w.pointer, w.message])).toEqual([
      [
        '/actors/0/demands/0/untilTurn',
        'this demand runs from turn 2 until turn 1, so it is never made',
      ],
    ]);
  });
});
