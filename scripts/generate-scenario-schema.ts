/**
 * Writes `content/scenario.schema.json` from the TypeBox definition of the scenario format
 * (the one the loader validates with). A test fails when the committed file differs.
 *
 *   npm run schema
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { scenarioSchemaText } from '@kunren/scenario';

const output = fileURLToPath(new URL('../content/scenario.schema.json', import.meta.url));
await writeFile(output, scenarioSchemaText());
console.log(`wrote ${output}`);
