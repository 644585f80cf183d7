// npm run schema: regenerate the JSON Schemas in public/ from the zod schemas.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema, weightsJsonSchema } from '../scenario';

writeFileSync(new URL('../../public/scenario.schema.json', import.meta.url), scenarioJsonSchema());
writeFileSync(new URL('../../public/weights.schema.json', import.meta.url), weightsJsonSchema());
process.stdout.write('public/scenario.schema.json and public/weights.schema.json written\n');
