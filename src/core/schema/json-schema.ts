import { z } from 'zod';
import { bankSchema } from './bank.ts';

/**
 * The question bank's JSON Schema, generated from the zod schema so that editors can complete and check
 * YAML as the author types. Checks that need code (quotes, one right option, choices that exist) stay
 * in `npm run validate`; the schema covers shapes, required fields, types and allowed values.
 */
export function bankJsonSchema(): string {
	const schema = z.toJSONSchema(bankSchema, { io: 'input', unrepresentable: 'any' });
	return `${JSON.stringify({ ...schema, title: 'Underline question bank' }, null, '\t')}\n`;
}

export const bankJsonSchemaPath = 'content/questions/bank.schema.json';
