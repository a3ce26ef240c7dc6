import { describe, expect, test } from 'vitest';
import type { ScoredQuestion } from '../../../src/core/contract/page-data.ts';
import type { QuizState } from '../../../src/browser/quiz/state.ts';
import { questionStatus } from '../../../src/browser/quiz/phase.ts';
import { promptStart, summarize } from '../../../src/browser/quiz/summary.ts';

const questions: ScoredQuestion[] = [
	{ id: 'one', skill: 'literal', kind: 'set', key: [0], size: 3 },
	{ id: 'two', skill: 'literal', kind: 'order', key: [1, 0], size: 2 },
	{ id: 'three', skill: 'framing', kind: 'rows', key: [1, 1], size: 2 },
	{ id: 'essay', skill: 'framing', kind: 'none', key: [], size: 10, points: 3 },
];

/** Every question's status in `state`, as the cards and the results each work it out. */
const statuses = (state: QuizState) =>
	Object.fromEntries(
		questions.map((question) => [
			question.id,
			questionStatus(question, state.answers[question.id], { mode: state.mode, handedIn: state.submitted !== undefined }),
		]),
	);

describe('summarize', () => {
	test('practice counts first attempts, lists corrections, and leaves open answers out of the score', () => {
		const state: QuizState = {
			mode: 'practice',
			answers: {
				one: { value: [0], first: [0], tries: 1, at: 1 },
				two: { value: [1, 0], first: [0, 1], tries: 2, at: 1 },
				essay: { value: [3], tries: 1, text: 'Mine.', covered: [0, 2], at: 1 },
			},
		};
		expect(summarize(questions, state)).toEqual({
			total: 3,
			answered: 2,
			partial: 0,
			correct: 1,
			open: 1,
			compared: 1,
			revealed: true,
			bySkill: [
				{ skill: 'literal', correct: 1, total: 2 },
				{ skill: 'framing', correct: 0, total: 1 },
			],
			statuses: ['right', 'corrected', 'unanswered', 'compared'],
		});
		expect(statuses(state)).toEqual({ one: 'right', two: 'corrected', three: 'unanswered', essay: 'compared' });
	});

	test('a test shows nothing of correctness until it is handed in; partial rows are not finished, and handing in is not comparing', () => {
		const answers = {
			one: { value: [1], at: 1 },
			two: { value: [1, 0], at: 1 },
			three: { value: [1, -1], at: 1 },
			essay: { value: [2], text: 'Mine.', at: 1 },
		};
		const before = summarize(questions, { mode: 'test', answers });
		expect(before).toMatchObject({
			answered: 2,
			partial: 1,
			revealed: false,
			compared: 0,
		});
		expect(statuses({ mode: 'test', answers })).toEqual({ one: 'answered', two: 'answered', three: 'partial', essay: 'written' });
		const after = summarize(questions, { mode: 'test', answers, submitted: 5 });
		expect(after).toMatchObject({
			answered: 3,
			correct: 1,
			revealed: true,
			compared: 0,
		});
		expect(statuses({ mode: 'test', answers, submitted: 5 })).toEqual({ one: 'wrong', two: 'right', three: 'wrong', essay: 'written' });
	});

	test('each question’s status: a wrong second try stays wrong, and an open answer without text is unanswered whatever else is stored', () => {
		const state: QuizState = {
			mode: 'practice',
			answers: { one: { value: [2], first: [1], tries: 2, at: 1 }, essay: { value: [1], tries: 1, text: '  ', at: 1 } },
		};
		expect(statuses(state)).toMatchObject({ one: 'wrong', essay: 'unanswered' });
	});
});

test('a prompt is named by its start, cut at a word', () => {
	expect(promptStart('Who spoke?')).toBe('Who spoke?');
	expect(promptStart('Put these events in the order in which the article says they happened.', 40)).toBe(
		'Put these events in the order in which…',
	);
});
