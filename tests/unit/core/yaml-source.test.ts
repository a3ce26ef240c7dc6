import { expect, test } from 'vitest';
import { parseYaml } from '../../../src/core/text/yaml-source.ts';

const bank = [
	'article: a',
	'questions:',
	'  - id: one',
	'    prompt: First',
	'',
	'  # a comment',
	'  - id: two',
	'    prompt: >',
	'      Second,',
	'      folded',
	'    options:',
	'      - text: yes',
	'      - text: no',
	'language: en',
].join('\n');

test("a question's field is found on its line (a folded text at its marker), and a missing one at its question's first line", () => {
	const { lineOf } = parseYaml(bank, 'bank.yaml');
	expect(lineOf(['questions', 0, 'prompt'])).toBe(4);
	expect(lineOf(['questions', 1, 'prompt'])).toBe(8);
	expect(lineOf(['questions', 1, 'options', 1, 'text'])).toBe(13);
	expect(lineOf(['questions', 1, 'hint'])).toBe(7);
	expect(lineOf(['language'])).toBe(14);
	expect(lineOf([])).toBe(1);
	expect(parseYaml(`# A bank\n\n${bank}`, 'bank.yaml').lineOf([])).toBe(3);
});

test('lines count from where the YAML starts in its file', () => {
	expect(parseYaml(bank, 'article.md', 3).lineOf(['questions', 1, 'prompt'])).toBe(10);
});

test("a list in flow style, or with a dash inside a text at an entry's indentation, is still located right", () => {
	const flow = ['article: a', 'questions: [{ id: one }, { id: two,', '  prompt: Second }]'].join('\n');
	expect(parseYaml(flow, 'bank.yaml').lineOf(['questions', 1, 'prompt'])).toBe(3);
	const dashed = ['questions:', '  - id: one', '    prompt: "a text', '  - that goes on"', '  - id: two', '    prompt: Second'].join('\n');
	const source = parseYaml(dashed, 'bank.yaml');
	expect(source.problems).toEqual([]);
	expect(source.lineOf(['questions', 1, 'prompt'])).toBe(6);
});
