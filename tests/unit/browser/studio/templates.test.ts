import { describe, expect, test } from 'vitest';
import { questionInsertPoint } from '../../../../src/browser/studio/templates';

const bank = ['article: x', 'questions:', '  - id: one', '    type: single', '  - id: two', '    type: open', ''].join('\n');
const offsetOf = (text: string, words: string) => text.indexOf(words);

describe('a new question goes', () => {
	test('after the question the cursor is in, wherever in it the cursor is', () => {
		const afterOne = offsetOf(bank, '  - id: two');
		expect(questionInsertPoint(bank, offsetOf(bank, 'id: one'))).toBe(afterOne);
		expect(questionInsertPoint(bank, offsetOf(bank, '  - id: one'))).toBe(afterOne);
		expect(questionInsertPoint(bank, offsetOf(bank, 'single'))).toBe(afterOne);
		expect(questionInsertPoint(bank, offsetOf(bank, 'open'))).toBe(bank.length);
	});

	test('at the end of the list when the cursor is on the article line, as in a new draft, never under it', () => {
		expect(questionInsertPoint(bank, 0)).toBe(bank.length);
		expect(questionInsertPoint('article: x\nquestions:\n', 3)).toBe('article: x\nquestions:\n'.length);
	});

	test('before whatever follows the list', () => {
		const followed = `${bank}# the end\n`;
		expect(questionInsertPoint(followed, 0)).toBe(bank.length);
	});

	test('after the last line when the text has no newline at its end', () => {
		expect(questionInsertPoint('article: x\nquestions:\n  - id: one', 0)).toBe('article: x\nquestions:\n  - id: one'.length);
	});
});
