import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { evidenceChanges, type TextChange } from '../../../../src/browser/studio/insert-evidence.ts';

/** The bank after the changes, applied from the last so earlier positions stay right. */
const apply = (text: string, found: { changes: TextChange[] } | undefined) =>
	[...(found?.changes ?? [])].sort((a, b) => b.from - a.from).reduce((result, { from, to = from, insert }) => result.slice(0, from) + insert + result.slice(to), text);

const bank = `article: ferry
questions:
  - id: first
    type: single
    evidence:
      - passage: 1
        quote: "left at dawn"
    explanation: ""
  - id: second
    type: open
    prompt: "Why?"
`;
const evidence = { passage: 2, quote: 'the "ferry" was late' };

describe('evidenceChanges', () => {
	test('adds evidence after the last of the question the cursor is in, at the same indent', () => {
		const result = parse(apply(bank, evidenceChanges(bank, bank.indexOf('type: single'), evidence)));
		expect(result.questions[0].evidence).toEqual([{ passage: 1, quote: 'left at dawn' }, evidence]);
		expect(result.questions[1].evidence).toBeUndefined();
		expect(evidenceChanges(bank, bank.indexOf('type: single'), evidence)?.questionType).toBe('single');
	});

	test('gives a question with no evidence an evidence field', () => {
		const result = parse(apply(bank, evidenceChanges(bank, bank.indexOf('Why?'), evidence)));
		expect(result.questions[1]).toEqual({ id: 'second', type: 'open', prompt: 'Why?', evidence: [evidence] });
	});

	test("fills in a template's empty evidence and keeps its notes", () => {
		const template = `questions:\n  - id: q # a name\n    evidence: # where\n      - passage: 1 # which\n        quote: "" # the words\n`;
		const text = apply(template, evidenceChanges(template, template.indexOf('id'), { passage: 'standfirst', quote: 'x' }));
		expect(text).toBe(`questions:\n  - id: q # a name\n    evidence: # where\n      - passage: standfirst # which\n        quote: "x" # the words\n`);
	});

	test('a cursor outside every question changes nothing', () => {
		expect(evidenceChanges(bank, 0, evidence)).toBeUndefined();
	});
});
