// The JSON Schema of the scenario format, generated from the zod schema (never written by hand).
import { z } from 'zod';
import { scenarioSchema } from './schema';

export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12', io: 'input' });
  return (
    JSON.stringify(
      { ...schema, $id: 'scenario.schema.json', title: 'Tightrope scenario' },
      null,
      2,
    ) + '\n'
  );
}
