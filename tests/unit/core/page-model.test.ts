import { expect, test } from 'vitest';
import { describeQuestions } from '../../../src/core/page-model/counts.ts';
import { messagesFor } from '../../../src/core/messages/locales.ts';

const en = messagesFor('en');
const ru = messagesFor('ru');
const ofTypes = (...types: string[]) => types.map((type) => ({ type }));

test('the count of questions names the written answers apart, when there are any', () => {
	expect(describeQuestions(ofTypes('single'), en)).toBe('1 question');
	expect(describeQuestions(ofTypes('single', 'order'), en)).toBe('2 questions');
	expect(describeQuestions(ofTypes('single', 'open', 'open'), en)).toBe('3 questions: 1 scored, 2 written answers you check yourself');
});

test('in Russian, the count takes the form its number needs: 1, 2–4 and 5–20 differ, and 21 is like 1', () => {
	expect(describeQuestions(ofTypes('single'), ru)).toBe('1 вопрос');
	expect(describeQuestions(ofTypes('single', 'order', 'match'), ru)).toBe('3 вопроса');
	expect(describeQuestions(ofTypes(...Array<string>(5).fill('single')), ru)).toBe('5 вопросов');
	expect(describeQuestions(ofTypes(...Array<string>(21).fill('single')), ru)).toBe('21 вопрос');
	expect(describeQuestions(ofTypes('single', 'open', 'open'), ru)).toBe(
		'3 вопроса: 1 с автоматической проверкой, 2 письменных ответа, которые вы проверяете сами',
	);
});
