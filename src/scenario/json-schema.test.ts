import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, weightsJsonSchema } from './json-schema';

describe('the committed JSON Schema', () => {
  it('is what the zod schema generates now (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(
      new URL('../../public/scenario.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(scenarioJsonSchema());
  });

  it('for weights overlays is what the zod schema generates now', () => {
    const committed = readFileSync(
      new URL('../../public/weights.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(weightsJsonSchema());
  });

  it('lets an editor autocomplete the fields of a lever', () => {
    const schema = JSON.parse(scenarioJsonSchema()) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['levers', 'events', 'endings', 'weights']),
    );
  });
});
