// npm run schema: regenerate public/scenario.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../scenario';

writeFileSync(new URL('../../public/scenario.schema.json', import.meta.url), scenarioJsonSchema());
process.stdout.write('public/scenario.schema.json written\n');
