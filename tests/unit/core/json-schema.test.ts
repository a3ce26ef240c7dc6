import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { bankJsonSchema, bankJsonSchemaPath } from '../../../src/core/schema/json-schema.ts';

test('the committed JSON Schema for editors matches the zod schemas (run `npm run schema` to update it)', () => {
	expect(readFileSync(bankJsonSchemaPath, 'utf8')).toBe(bankJsonSchema());
});

test('the JSON Schema knows every question type', () => {
	const schema = JSON.parse(bankJsonSchema());
	const types = schema.properties.questions.items.oneOf.map(
		(variant: { properties: { type: { const: string } } }) => variant.properties.type.const,
	);
	expect(types).toEqual(['single', 'multiple', 'highlight', 'order', 'match', 'classify', 'open']);
});
