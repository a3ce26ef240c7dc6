import { expect, test } from 'vitest';
import { describeQuestions } from '../../../src/build/page-model/counts.ts';

test('the count of questions names the written answers apart, when there are any', () => {
	expect(describeQuestions([{ type: 'single' }])).toBe('1 question');
	expect(describeQuestions([{ type: 'single' }, { type: 'order' }])).toBe('2 questions');
	expect(describeQuestions([{ type: 'single' }, { type: 'open' }, { type: 'open' }])).toBe(
		'3 questions: 1 scored, 2 written answers you check yourself',
	);
});
