import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test } from 'vitest';
import { blockLine } from '../../../src/core/text/block-lines.ts';
import { parsedLineOf, parseYaml } from '../../../src/core/text/yaml-source.ts';

/** Every path to a value in `data`, and one to a field or entry that is not there under each collection. */
function pathsOf(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
	if (data === null || typeof data !== 'object') return [path];
	const children = Object.entries(data).flatMap(([key, value]) => pathsOf(value, [...path, Array.isArray(data) ? Number(key) : key]));
	return [path, ...children, [...path, Array.isArray(data) ? 99 : 'missing']];
}

const banks = [
	'content/questions/tass-2023-06-27-putin-lukashenko.yaml',
	...['fixture-quiz', 'fixture-types', 'fixture-russian', 'fixture-notes'].map((id) => `tests/fixtures/site/questions/${id}.yaml`),
];

test.each(banks)('%s: indentation alone finds the line of every value in its questions, where the parse does', (file) => {
	const text = readFileSync(file, 'utf8');
	const lines = text.split('\n');
	const { questions } = load(text) as { questions: unknown[] };
	const list = { lines, line: lines.findIndex((line) => line.startsWith('  - ')), column: 2, end: lines.length };
	for (const path of pathsOf(questions)) {
		expect([path, blockLine(list, questions, path)]).toEqual([path, parsedLineOf(text, ['questions', ...path]) - 1]);
	}
});

const tricky = [
	'questions:',
	'  - id: one # a comment',
	'    prompt: |',
	'      A block text',
	'      options: that looks like a key',
	'    options:',
	"    - text: a list at its key's indentation",
	'    -   text: more room after the dash',
	'        feedback:',
	'          on the next line',
	'    hint:',
	'  - id: two',
	'    prompt: "a quoted text',
	'    hint: that runs on at a key\'s indentation"',
	'    options: [{ text: flow }]',
	'  - "id": three',
	'  -',
	'    id: four',
	'  - id: five',
	'    evidence:',
	'      - passage: 1',
	'        quote: "words"',
	'',
	'      # between entries',
	'      - { passage: 2, quote: flow }',
].join('\n');

test("a path's line is the parse's, whether the lines can be read by indentation or not", () => {
	const source = parseYaml(tricky, 'bank.yaml');
	expect(source.problems).toEqual([]);
	for (const path of pathsOf(source.data)) expect([path, source.lineOf(path)]).toEqual([path, parsedLineOf(tricky, path)]);
});

test('indentation gives way to the parse wherever the lines do not match the data', () => {
	const lines = tricky.split('\n');
	const { questions } = load(tricky) as { questions: unknown[] };
	const entry = (index: number, line: number, end: number) => ({ region: { lines, line, column: 2, end }, value: [questions[index]] });
	const line = (at: ReturnType<typeof entry>, path: PropertyKey[]) => blockLine(at.region, at.value, [0, ...path]);
	// Read by indentation: a block text that looks like a key, a list at its key's indentation, a value below its key.
	const first = entry(0, 1, 11);
	expect(line(first, ['options', 1, 'feedback'])).toBe(8);
	expect(line(first, ['hint'])).toBe(10);
	// Left to the parse: a text running on at a key's indentation, a quoted key, an entry below its dash, a flow list over two lines.
	expect(line(entry(1, 11, 15), ['prompt'])).toBeUndefined();
	expect(line(entry(2, 15, 16), ['id'])).toBeUndefined();
	expect(line(entry(3, 16, 18), ['id'])).toBeUndefined();
	const fifth = entry(4, 18, lines.length);
	expect(line(fifth, ['evidence', 0, 'quote'])).toBe(21);
	expect(line(fifth, ['evidence', 1, 'quote'])).toBeUndefined();
	expect(blockLine({ lines: ['- from: [1,', '    2]'], line: 0, column: 0, end: 2 }, [{ from: [1, 2] }], [0, 'from', 1])).toBeUndefined();
});
