import { globSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test } from 'vitest';
import { yamlSlips } from '../../../src/core/text/yaml-slips.ts';

const parses = (text: string) => {
	try {
		load(text);
		return true;
	} catch {
		return false;
	}
};

test('no valid bank of the project, the real one or a fixture, is taken for a slip', () => {
	const banks = globSync('{content,tests/fixtures}/**/*.yaml').map((file) => readFileSync(file, 'utf8')).filter(parses);
	expect(banks.length).toBeGreaterThan(10);
	for (const text of banks) expect(yamlSlips(text)).toEqual([]);
});

test('block scalars, flow values, quoted colons, links and a list at its key’s own column are no slips', () => {
	const text = [
		'article: x',
		'questions:',
		'  - id: a',
		'    prompt: >',
		'      He said: this is text',
		'        and so is this',
		'    choices: ["a: b", c]',
		'    options:',
		'    - text: "a: b"',
		'      correct: true',
		'    source: https://example.org/a',
		'    skill: literal # a comment: with a colon',
		'',
	].join('\n');
	expect(parses(text)).toBe(true);
	expect(yamlSlips(text)).toEqual([]);
});

test('each slip comes with its line as fixed, which parses', () => {
	const text = 'article: x\nquestions:\n  - id: a\n    type:single\n   skill: literal\n';
	const slips = yamlSlips(text);
	expect(slips.map(({ line, fixed }) => [line, fixed])).toEqual([
		[4, '    type: single'],
		[5, '    skill: literal'],
	]);
	const lines = text.split('\n');
	for (const slip of slips) lines[slip.line - 1] = slip.fixed;
	expect(parses(lines.join('\n'))).toBe(true);
});
