import { describe, expect, test } from 'vitest';
import { yamlPlace } from '../../../../src/browser/studio/yaml-place.ts';

/** The place at the `|` in `text`. */
const placeAt = (text: string) => yamlPlace(text.replace('|', ''), text.indexOf('|'));

describe('yamlPlace', () => {
	test('at the top of the bank', () => {
		expect(placeAt('article: ferry\npa|')).toEqual({ path: [], type: undefined, key: undefined });
	});

	test("in a question, with its type from a line above", () => {
		expect(placeAt('questions:\n  - id: a\n    type: single\n    pro|')).toEqual({ path: ['questions', '[]'], type: 'single', key: undefined });
	});

	test('in a new item of a question\'s list', () => {
		expect(placeAt('questions:\n  - id: a\n    type: single\n    evidence:\n      - passage: 1\n        quote: x\n      - pa|').path).toEqual(['questions', '[]', 'evidence', '[]']);
	});

	test('after a key, where its value goes', () => {
		expect(placeAt('questions:\n  - id: a\n    skill: li|')).toEqual({ path: ['questions', '[]'], type: undefined, key: 'skill' });
	});

	test('on a blank line under a later question', () => {
		expect(placeAt('questions:\n  - id: a\n    type: open\n  - id: b\n    type: order\n    |')).toEqual({ path: ['questions', '[]'], type: 'order', key: undefined });
	});
});
