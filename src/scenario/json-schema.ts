// The JSON Schemas of the scenario and weights formats, generated from the zod schemas (never written by hand).
import * as z from 'zod/mini';
import { logSchemas } from './game-log';
import { scenarioSchemas } from './schema';

function generate(schema: z.ZodMiniType, id: string, title: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return JSON.stringify({ ...json, $id: id, title }, null, 2) + '\n';
}

export function scenarioJsonSchema(): string {
  return generate(scenarioSchemas().scenarioSchema, 'scenario.schema.json', 'Tightrope scenario');
}

export function weightsJsonSchema(): string {
  return generate(
    logSchemas().weightsFileSchema,
    'weights.schema.json',
    'Tightrope weights overlay',
  );
}
