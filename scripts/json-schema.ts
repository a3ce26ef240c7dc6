// Writes the question bank's JSON Schema, for editors: `npm run schema`. A unit test fails when it is out of date.
import { writeFileSync } from 'node:fs';
import { bankJsonSchema, bankJsonSchemaPath } from '../src/core/schema/json-schema.ts';

writeFileSync(bankJsonSchemaPath, bankJsonSchema());
console.log(`Wrote ${bankJsonSchemaPath}.`);
