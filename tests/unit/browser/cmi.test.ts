import { expect, test } from 'vitest';
import type { IslandQuestion } from '../../../src/core/contract/page-data.ts';
import { cmiValues } from '../../../src/browser/lms/cmi.ts';
import type { QuizState } from '../../../src/browser/quiz/state.ts';

const base = { prompt: '', revision: '', evidence: [], skill: 'literal' as const };
const questions: IslandQuestion[] = [
	{ ...base, id: 'pick', type: 'single', kind: 'set', key: [0], size: 3, parts: ['A', 'B', 'C'] },
	{ ...base, id: 'rows', type: 'match', kind: 'rows', key: [1, 0], size: 2, parts: ['x', 'y'], choices: ['P', 'Q'] },
	{ ...base, id: 'essay', type: 'open', kind: 'none', key: [], size: 2, parts: ['headline', 'paragraph 1'], points: 2 },
];
const values = (...args: Parameters<typeof cmiValues>) => Object.fromEntries(cmiValues(...args));

test('SCORM 1.2: the score as a percentage of the scored questions, failed below the pass mark once finished, and 1.2 notation', () => {
	const state: QuizState = {
		mode: 'practice',
		answers: {
			pick: { value: [0], first: [2], tries: 2, at: 1 },
			rows: { value: [1, 0], first: [1, 0], tries: 1, at: 1 },
		},
	};
	expect(values('1.2', questions, state, 60)).toMatchObject({
		'cmi.core.score.raw': '50',
		'cmi.core.score.max': '100',
		'cmi.core.lesson_status': 'failed',
		'cmi.interactions.0.student_response': 'c',
		'cmi.interactions.0.result': 'wrong',
		'cmi.interactions.1.student_response': 'a.b,b.a',
		'cmi.interactions.1.result': 'correct',
		'cmi.interactions.2.type': 'fill-in',
	});
	expect(values('1.2', questions, state, 50)['cmi.core.lesson_status']).toBe('passed');
});

test('a test sends no score and no verdict until it is handed in, and then all of them', () => {
	const state: QuizState = { mode: 'test', answers: { pick: { value: [0], at: 1 }, essay: { value: [0], text: 'Mine.', at: 1 } } };
	const before = values('2004', questions, state, 60);
	expect(before).toMatchObject({ 'cmi.completion_status': 'incomplete', 'cmi.success_status': 'unknown' });
	expect(Object.keys(before).filter((element) => /score|response|result/.test(element))).toEqual([]);
	expect(values('2004', questions, { ...state, submitted: 2 }, 60)).toMatchObject({
		'cmi.score.raw': '50',
		'cmi.score.scaled': '0.5',
		'cmi.completion_status': 'completed',
		'cmi.success_status': 'failed',
		'cmi.interactions.0.learner_response': 'a',
		'cmi.interactions.0.result': 'correct',
		'cmi.interactions.2.learner_response': 'Mine.',
		'cmi.interactions.2.result': 'neutral',
	});
});
