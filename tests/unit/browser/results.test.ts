import { describe, expect, test } from 'vitest';
import type { ClassData, IslandQuestion } from '../../../src/core/contract/page-data.ts';
import { tally } from '../../../src/browser/class/tally.ts';
import { checkResults } from '../../../src/browser/results/check.ts';
import { fromResultsCode, toResultsCode } from '../../../src/browser/results/code.ts';
import { resultsOf } from '../../../src/browser/results/record.ts';
import type { QuizState } from '../../../src/browser/quiz/state.ts';
import { en } from '../../../src/core/messages/en.ts';

const base = { prompt: 'Which?', evidence: [], parts: ['A', 'B', 'C'] };
const questions: IslandQuestion[] = [
	{ ...base, id: 'one', revision: 'v1', type: 'single', kind: 'set', skill: 'literal', key: [0], size: 3 },
	{ ...base, id: 'two', revision: 'v2', type: 'single', kind: 'set', skill: 'framing', key: [2], size: 3 },
	{ ...base, id: 'essay', revision: 'v3', type: 'open', kind: 'none', skill: 'framing', key: [], size: 3, points: 2 },
];
const handedIn: QuizState = {
	mode: 'test',
	submitted: Date.UTC(2026, 10, 2, 9, 30),
	answers: {
		one: { value: [0], at: Date.UTC(2026, 10, 2, 9, 0) },
		two: { value: [1], at: Date.UTC(2026, 10, 2, 9, 10) },
		essay: { value: [], text: 'Because.', at: Date.UTC(2026, 10, 2, 9, 20) },
	},
};
const record = resultsOf(questions, handedIn, { articleId: 'town', bankRevision: 'bank1', seed: 'b', name: ' Ada ', now: 0 });

describe('resultsOf', () => {
	test('records what counts: the handed-in answers, verdicts, times and the score by skill', () => {
		expect(record).toMatchObject({
			article: 'town',
			bank: 'bank1',
			mode: 'test',
			seed: 'b',
			name: 'Ada',
			started: '2026-11-02T09:00:00.000Z',
			finished: '2026-11-02T09:30:00.000Z',
			score: { right: 1, total: 2 },
			skills: { literal: { right: 1, total: 1 }, framing: { right: 0, total: 1 } },
		});
		expect(record.questions.map(({ answer, right, tries }) => [answer, right, tries])).toEqual([
			[[0], true, 1],
			[[1], false, 1],
			['Because.', null, 1],
		]);
	});
});

describe('results codes', () => {
	const code = toResultsCode(record);

	test('round-trip the whole record in one line', () => {
		expect(code).toMatch(/^UL1-[A-Za-z0-9+\-$]+$/);
		expect(fromResultsCode(`  ${code.slice(0, 30)}\n${code.slice(30)} `)).toEqual(record);
	});

	test('catch a changed, a dropped or a swapped character', () => {
		const changed = code.slice(0, 10) + (code[10] === 'x' ? 'y' : 'x') + code.slice(11);
		const dropped = code.slice(0, 10) + code.slice(11);
		const swapped = code.slice(0, 10) + code[11] + code[10] + code.slice(12);
		for (const mangled of [changed, dropped, swapped]) expect(fromResultsCode(mangled)).toEqual({ problem: 'mangled' });
		expect(fromResultsCode('hello')).toEqual({ problem: 'not-code' });
	});
});

test('checkResults names what is wrong with a record from outside', () => {
	expect(checkResults({ kind: 'something' })).toEqual({ problem: 'not-results' });
	expect(checkResults({ ...record, version: 9 })).toEqual({ problem: 'format', version: '9' });
	expect(checkResults({ ...record, mode: 'exam', started: 'soon' })).toEqual({ problem: 'malformed', fields: ['mode', 'started'] });
	expect(checkResults(JSON.parse(JSON.stringify(record)))).toEqual(record);
});

describe('tally', () => {
	const data: ClassData = {
		skills: {},
		articles: [
			{
				id: 'town',
				title: 'Town',
				bankRevision: 'bank1',
				questions: questions.map(({ id, revision, skill, kind, prompt, parts }) => ({ id, revision, skill, kind, prompt, parts })),
			},
		],
	};
	const grace = {
		...record,
		name: 'Grace',
		started: '2026-11-02T10:00:00.000Z',
		questions: record.questions.map((question) => ({
			...question,
			answer: [0],
			right: question.id === 'essay' ? null : question.id === 'one',
		})),
	};

	const answerWords = en.classPage.script.answer;

	test('counts each learner once, weakest question first, with the most common wrong answer in words', () => {
		const { articles } = tally(
			data,
			[
				{ source: 'ada.json', record },
				{ source: 'grace.json', record: grace },
				{ source: 'ada-again.json', record: { ...record } },
			],
			answerWords,
		);
		const [town] = articles;
		expect(town!.learners.map((learner) => learner.duplicateOf)).toEqual([undefined, undefined, 'ada.json']);
		expect(town!.questions.map(({ id, right, counted, commonWrong }) => [id, right, counted, commonWrong])).toEqual([
			['two', 0, 2, { answer: 'B', learners: 1 }],
			['one', 2, 2, undefined],
		]);
		expect(town!.distribution).toEqual([0, 0, 2, 0, 0]);
	});

	test('results with the same times are one learner, unless each gave a name of their own', () => {
		const twin = { ...record, name: 'Lin' };
		const unnamed = { ...record, name: '' };
		const { articles } = tally(
			data,
			[
				{ source: 'ada.json', record },
				{ source: 'lin.json', record: twin },
				{ source: 'unnamed.json', record: unnamed },
			],
			answerWords,
		);
		expect(articles[0]!.learners.map((learner) => learner.duplicateOf)).toEqual([undefined, undefined, 'ada.json']);
	});

	test('the grid marks each counted learner on each question, and names the rows of a wrong classify answer', () => {
		const sorting = { id: 'sort', revision: 'v4', skill: 'claim-type' as const, kind: 'rows' as const, prompt: 'Sort them.', parts: ['x', 'y', 'z'], choices: ['Fact', 'Opinion'], key: [0, 1, 1] };
		const withRows: ClassData = { ...data, articles: [{ ...data.articles[0]!, questions: [...data.articles[0]!.questions, sorting] }] };
		const sorted = (answer: number[]) => ({ id: 'sort', version: 'v4', skill: 'claim-type' as const, answer, right: false, tries: 1 });
		const older = { ...grace, questions: [...grace.questions.map((question) => (question.id === 'two' ? { ...question, version: 'old' } : question)), sorted([0, 0, 1])] };
		const { articles } = tally(
			withRows,
			[
				{ source: 'ada.json', record: { ...record, questions: [...record.questions, sorted([1, 0, 1])] } },
				{ source: 'grace.json', record: older },
				{ source: 'ada-again.json', record: { ...record } },
			],
			answerWords,
		);
		expect(articles[0]!.grid.map(({ learner, marks }) => [learner.record.name, marks])).toEqual([
			['Ada', [{ status: 'right' }, { status: 'wrong', wrongRows: undefined }, { status: 'written' }, { status: 'wrong', wrongRows: [1, 2] }]],
			['Grace', [{ status: 'right' }, { status: 'other' }, { status: 'written' }, { status: 'wrong', wrongRows: [2] }]],
		]);
	});

	test('counts results from another revision of the bank only for unchanged questions, and sets aside unknown articles', () => {
		const older = {
			...grace,
			bank: 'bank0',
			questions: grace.questions.map((question) => (question.id === 'two' ? { ...question, version: 'old' } : question)),
		};
		const { articles, unknown } = tally(
			data,
			[
				{ source: 'older.json', record: older },
				{ source: 'elsewhere.json', record: { ...record, article: 'moon' } },
			],
			answerWords,
		);
		expect(articles[0]!.learners[0]!.otherRevision).toEqual({ counted: 2, of: 3 });
		expect(articles[0]!.questions.find((question) => question.id === 'two')!.counted).toBe(0);
		expect(unknown).toEqual(['elsewhere.json']);
	});
});
