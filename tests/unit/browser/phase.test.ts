import { describe, expect, test } from 'vitest';
import type { ScoredQuestion } from '../../../src/core/contract/page-data.ts';
import { countingAnswer, isFinished, isJudged, questionPhase, type Moment, type Phase } from '../../../src/browser/quiz/phase.ts';
import type { AnswerRecord, Mode } from '../../../src/browser/quiz/state.ts';

// A question's life, every kind × mode × moment, from one table. Each kind of scoring stands for the types that use
// it: set (single, multiple, highlight), order, rows (match, classify) and none (written).

const kinds: Record<ScoredQuestion['kind'], { question: ScoredQuestion; right: number[]; wrong: number[] }> = {
	set: { question: { id: 'set', skill: 'literal', kind: 'set', key: [1], size: 3 }, right: [1], wrong: [0] },
	order: { question: { id: 'order', skill: 'literal', kind: 'order', key: [1, 0, 2], size: 3 }, right: [1, 0, 2], wrong: [0, 1, 2] },
	rows: { question: { id: 'rows', skill: 'attribution', kind: 'rows', key: [0, 1], size: 2 }, right: [0, 1], wrong: [1, 1] },
	none: { question: { id: 'essay', skill: 'framing', kind: 'none', key: [], size: 4, points: 2 }, right: [0], wrong: [0] },
};

type Step = 'fresh' | 'draft' | 'checked right' | 'checked wrong' | 'retrying' | 'corrected' | 'revealed' | 'handed in';
const at = 1;

/** The stored record and the moment for each step of a question's life, in each mode. */
function situation(kind: ScoredQuestion['kind'], mode: Mode, step: Step): { record?: AnswerRecord; moment: Moment } {
	const { right, wrong } = kinds[kind];
	const written = kind === 'none';
	const moment: Moment = { mode, handedIn: step === 'handed in', retrying: step === 'retrying', partBTried: false };
	const draft: AnswerRecord = written ? { value: [0], text: 'My answer.', at } : { value: wrong, at };
	const records: Record<Step, AnswerRecord | undefined> = {
		fresh: undefined,
		draft,
		'checked right': written ? { ...draft, tries: 1 } : { value: right, first: right, tries: 1, at },
		'checked wrong': written ? { ...draft, tries: 1 } : { value: wrong, first: wrong, tries: 1, at },
		retrying: written ? draft : { value: wrong, first: wrong, tries: 1, at },
		corrected: written ? { ...draft, tries: 1 } : { value: right, first: wrong, tries: 2, at },
		revealed: written ? draft : { value: wrong, first: wrong, tries: 1, revealed: true, at },
		'handed in': mode === 'test' ? (written ? draft : { value: right, at }) : draft,
	};
	return { record: records[step], moment };
}

const phaseOf = (kind: ScoredQuestion['kind'], mode: Mode, step: Step) => {
	const { record, moment } = situation(kind, mode, step);
	return questionPhase(kinds[kind].question, record, moment);
};

/** Expected phases, as [status, editable, firstWrong, done, canCheck], for the steps each mode has. */
const table: [ScoredQuestion['kind'], Mode, Step, Phase['status'], boolean, boolean, boolean, boolean][] = [];
for (const kind of ['set', 'order', 'rows'] as const) {
	table.push(
		[kind, 'practice', 'fresh', 'unanswered', true, false, false, true],
		[kind, 'practice', 'draft', 'unanswered', true, false, false, true],
		[kind, 'practice', 'checked right', 'right', false, false, true, false],
		[kind, 'practice', 'checked wrong', 'wrong', false, true, false, false],
		[kind, 'practice', 'retrying', 'wrong', true, true, false, true],
		[kind, 'practice', 'corrected', 'corrected', false, false, true, false],
		[kind, 'practice', 'revealed', 'wrong', false, false, true, false],
		[kind, 'test', 'fresh', 'unanswered', true, false, false, false],
		[kind, 'test', 'draft', 'answered', true, false, false, false],
		[kind, 'test', 'handed in', 'right', false, false, true, false],
	);
}
table.push(
	['none', 'practice', 'fresh', 'unanswered', true, false, false, true],
	['none', 'practice', 'draft', 'written', true, false, false, true],
	['none', 'practice', 'checked right', 'compared', true, false, true, false],
	['none', 'test', 'draft', 'written', true, false, false, false],
	['none', 'test', 'handed in', 'written', false, false, false, true],
);

describe('questionPhase', () => {
	test.each(table)(
		'%s, %s, %s: %s, editable %s, first wrong %s, done %s, can check %s',
		(kind, mode, step, status, editable, firstWrong, done, canCheck) => {
			expect(phaseOf(kind, mode, step)).toEqual({ status, editable, firstWrong, done, canCheck, held: false });
		},
	);

	test('a part A holds its explanation until its part B is tried, and not once a test is handed in', () => {
		const partA = { ...kinds.set.question, heldUntil: 'part-b' };
		const record: AnswerRecord = { value: [1], first: [1], tries: 1, at };
		const moment: Moment = { mode: 'practice', handedIn: false, retrying: false, partBTried: false };
		expect(questionPhase(partA, record, moment).held).toBe(true);
		expect(questionPhase(partA, record, { ...moment, partBTried: true }).held).toBe(false);
		expect(questionPhase(partA, { value: [1], at }, { ...moment, mode: 'test', handedIn: true }).held).toBe(false);
	});

	test('a test with a partly answered row question is partial, not answered', () => {
		const record: AnswerRecord = { value: [0, -1], at };
		expect(questionPhase(kinds.rows.question, record, { mode: 'test', handedIn: false, retrying: false, partBTried: false }).status).toBe(
			'partial',
		);
	});
});

describe('the answer that counts, judged, finished', () => {
	const checked: AnswerRecord = { value: [1], first: [0], tries: 2, text: 'Mine.', at };
	test.each([
		['set', 'practice', [0]],
		['set', 'test', [1]],
		['none', 'practice', 'Mine.'],
		['none', 'test', 'Mine.'],
	] as const)('%s in %s: %j', (kind, mode, expected) => {
		expect(countingAnswer(kinds[kind].question, checked, mode)).toEqual(expected);
	});

	test('judged: a verdict or a comparison, and a written answer once handed in', () => {
		expect(['right', 'wrong', 'corrected', 'compared'].every((status) => isJudged(status as Phase['status'], false))).toBe(true);
		expect(isJudged('written', false)).toBe(false);
		expect(isJudged('written', true)).toBe(true);
		expect(isJudged('answered', true)).toBe(false);
	});

	test('finished: a test once handed in, a practice once every scored question is checked', () => {
		expect(isFinished({ mode: 'test', handedIn: false }, { answered: 3, total: 3 })).toBe(false);
		expect(isFinished({ mode: 'test', handedIn: true }, { answered: 0, total: 3 })).toBe(true);
		expect(isFinished({ mode: 'practice', handedIn: false }, { answered: 2, total: 3 })).toBe(false);
		expect(isFinished({ mode: 'practice', handedIn: false }, { answered: 3, total: 3 })).toBe(true);
		expect(isFinished({ mode: 'practice', handedIn: false }, { answered: 0, total: 0 })).toBe(false);
	});
});
