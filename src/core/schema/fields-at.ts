import { z } from 'zod';
import { bankSchema } from './bank.ts';

/** A field an author may write at a place in a bank, with what the schema says of it, and the values it takes if few. */
export interface FieldHint {
	name: string;
	description?: string;
	/** The values the field takes, when the schema lists them (a question's type, a skill, a passage's name). */
	values: string[];
}

type Schema = z.core.$ZodType;

/** A schema without the wrappers that do not change what is written: optional, default, nullable, refinements. */
function unwrap(schema: Schema): Schema {
	const { def } = schema._zod;
	if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'readonly')
		return unwrap((def as unknown as { innerType: Schema }).innerType);
	if (def.type === 'pipe') return unwrap((def as unknown as { in: Schema }).in);
	return schema;
}

/** The values a field's schema lists: an enum's, literals', and those of a union of them. */
function valuesOf(schema: Schema): string[] {
	const inner = unwrap(schema);
	const { def } = inner._zod;
	if (def.type === 'enum') return Object.values((def as unknown as { entries: Record<string, string> }).entries).map(String);
	if (def.type === 'literal') return (def as unknown as { values: unknown[] }).values.map(String);
	if (def.type === 'boolean') return ['true', 'false'];
	if (def.type === 'union') return (def as unknown as { options: Schema[] }).options.flatMap(valuesOf);
	return [];
}

/** The objects a schema may be at a place: one, or each member of a union (a question of each type). */
function objectsOf(schema: Schema, type?: string): z.ZodObject[] {
	const inner = unwrap(schema);
	const { def } = inner._zod;
	if (def.type === 'object') return [inner as z.ZodObject];
	if (def.type === 'union') {
		const members = (def as unknown as { options: Schema[] }).options.flatMap((option) => objectsOf(option));
		const ofType = members.filter((member) => valuesOf(member.shape.type ?? z.never()).includes(type ?? ''));
		return ofType.length ? ofType : members;
	}
	return [];
}

/**
 * The fields a bank may have at `path` (keys, with `[]` for an item of a list: `['questions', '[]', 'options', '[]']`),
 * read from the bank's own schema, so completion can never offer a field the check would refuse. A question's fields
 * are those of its `type`, when known.
 */
export function fieldsAt(path: string[], type?: string): FieldHint[] {
	let schemas: Schema[] = [bankSchema];
	for (const step of path) {
		schemas = schemas.flatMap((schema) => {
			const inner = unwrap(schema);
			if (step === '[]') return inner._zod.def.type === 'array' ? [(inner._zod.def as unknown as { element: Schema }).element] : [];
			return objectsOf(inner).flatMap((object) => (step in object.shape ? [object.shape[step] as Schema] : []));
		});
	}
	const fields = new Map<string, FieldHint>();
	for (const object of schemas.flatMap((schema) => objectsOf(schema, type)))
		for (const [name, field] of Object.entries(object.shape)) {
			const known = fields.get(name);
			const values = valuesOf(field as Schema);
			// A field of several question types (their `type` above all) takes the values of each.
			if (known) known.values = [...new Set([...known.values, ...values])];
			else fields.set(name, { name, description: z.globalRegistry.get(field as z.ZodType)?.description, values });
		}
	return [...fields.values()];
}
