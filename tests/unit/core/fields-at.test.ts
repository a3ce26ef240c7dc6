import { describe, expect, test } from 'vitest';
import { questionTypes } from '../../../src/core/schema/question.ts';
import { fieldsAt } from '../../../src/core/schema/fields-at.ts';

const names = (path: string[], type?: string) => fieldsAt(path, type).map(({ name }) => name);

describe('fieldsAt', () => {
	test("a bank's own fields, each with the schema's description", () => {
		expect(names([])).toEqual(['article', 'language', 'passingScore', 'questions']);
		expect(fieldsAt([]).every(({ description }) => description)).toBe(true);
	});

	test("a question's fields are its type's; with no type yet, every type's, and `type` takes each type", () => {
		expect(names(['questions', '[]'], 'order')).toContain('items');
		expect(names(['questions', '[]'], 'order')).not.toContain('options');
		expect(names(['questions', '[]'])).toEqual(expect.arrayContaining(['options', 'items', 'pairs', 'statements', 'model']));
		expect(fieldsAt(['questions', '[]']).find(({ name }) => name === 'type')?.values.sort()).toEqual([...questionTypes].sort());
	});

	test('the values the schema lists: skills, passage names, a right option', () => {
		expect(fieldsAt(['questions', '[]'], 'single').find(({ name }) => name === 'skill')?.values).toContain('lateral-reading');
		expect(fieldsAt(['questions', '[]', 'evidence', '[]'])).toEqual([
			expect.objectContaining({ name: 'passage', values: ['headline', 'standfirst'] }),
			expect.objectContaining({ name: 'quote', values: [] }),
		]);
		expect(fieldsAt(['questions', '[]', 'options', '[]'], 'single').find(({ name }) => name === 'correct')?.values).toEqual(['true']);
	});

	test('a place the schema does not have offers nothing', () => {
		expect(names(['no-such-field'])).toEqual([]);
	});
});
