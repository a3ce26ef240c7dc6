import { expect, test } from 'vitest';
import { describeQuestions } from '../../../src/build/page-model/counts.ts';
import { promptStart } from '../../../src/build/page-model/island-questions.ts';

test('the count of questions names the written answers apart, when there are any', () => {
	expect(describeQuestions([{ type: 'single' }])).toBe('1 question');
	expect(describeQuestions([{ type: 'single' }, { type: 'order' }])).toBe('2 questions');
	expect(describeQuestions([{ type: 'single' }, { type: 'open' }, { type: 'open' }])).toBe(
		'3 questions: 1 scored, 2 written answers you check yourself',
	);
});

test('a prompt is named by its start, cut at a word', () => {
	expect(promptStart('Who spoke?')).toBe('Who spoke?');
	expect(promptStart('Put these events in the order in which the article says they happened.', 40)).toBe(
		'Put these events in the order in which…',
	);
});
