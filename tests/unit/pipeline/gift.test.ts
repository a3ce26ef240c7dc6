import { parse, type Essay, type GIFTQuestion, type Matching, type MultipleChoice } from 'gift-pegjs';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../../../src/core/check/check-content.ts';
import { toGift } from '../../../src/pipeline/export/gift.ts';
import { readContentFiles } from '../../../src/pipeline/load/content-files.ts';
import { articlePages } from '../../../src/core/page-model/article-pages.ts';

// Every bank's GIFT, read back by a GIFT parser from the registry (the grammar Moodle's format follows), and compared
// with the bank it came from.

const roots = ['content', 'tests/fixtures/site'];
const pages = articlePages(checkContent(readContentFiles(roots, 'articles', '.md'), readContentFiles(roots, 'questions', '.yaml'))).filter(
	(page) => page.questions.length > 0,
);
/** A question as the bank's YAML has it, for the fields these tests compare. */
interface BankQuestion {
	id: string;
	prompt: string;
	options?: { text: string; correct?: boolean; feedback?: string }[];
	items?: string[];
	pairs?: { item: string; match: string }[];
	statements?: { text: string; category: string }[];
}

const questionsOf = (gift: string) =>
	parse(gift).filter((question): question is Exclude<GIFTQuestion, { type: 'Category' }> => question.type !== 'Category');

test('every bank exports to GIFT that parses, with every question but the order ones, titled by id', () => {
	expect(pages.length).toBeGreaterThanOrEqual(5);
	for (const page of pages) {
		const { gift, notCarried } = toGift(page);
		const parsed = questionsOf(gift);
		const carried = page.questions.filter((question) => question.type !== 'order');
		expect(parsed.map((question) => question.title)).toEqual(carried.map((question) => question.id));
		expect(notCarried.filter((question) => question.how === 'left out').map((question) => question.id)).toEqual(
			page.questions.filter((question) => question.type === 'order').map((question) => question.id),
		);
	}
});

test('the fixture of every type comes back from GIFT as its bank says: right options, pairs, feedback and evidence', () => {
	const page = pages.find((candidate) => candidate.id === 'fixture-types')!;
	const bank = parseYaml(readFileSync('tests/fixtures/site/questions/fixture-types.yaml', 'utf8')) as { questions: BankQuestion[] };
	const byId = new Map(questionsOf(toGift(page).gift).map((question) => [question.title, question]));
	const source = (id: string) => bank.questions.find((question) => question.id === id)!;

	const single = byId.get('reopen-day') as MultipleChoice;
	expect(single.type).toBe('MC');
	expect(single.stem.text).toBe(source('reopen-day').prompt);
	const options = source('reopen-day').options!;
	expect(single.choices.map((choice) => [choice.text.text, choice.isCorrect, choice.feedback?.text])).toEqual(
		options.map((option) => [option.text, !!option.correct, option.feedback]),
	);
	expect(single.globalFeedback!.text).toContain('The reopening day is in the first sentence.');
	expect(single.globalFeedback!.text).toContain('Paragraph 1: “The town hall will reopen on Monday”');

	const multiple = byId.get('who-spoke') as MultipleChoice;
	const right = source('who-spoke').options!.filter((option) => option.correct);
	expect(multiple.choices.filter((choice) => (choice.weight ?? 0) > 0).map((choice) => choice.text.text)).toEqual(
		right.map((option) => option.text),
	);
	expect(multiple.choices.reduce((sum, choice) => sum + Math.max(choice.weight ?? 0, 0), 0)).toBeCloseTo(100);

	const match = byId.get('who-said-what') as Matching;
	const pairs = source('who-said-what').pairs!;
	expect(match.matchPairs.filter((pair) => pair.subquestion.text).map((pair) => [pair.subquestion.text, pair.subanswer])).toEqual(
		pairs.map((pair) => [pair.item, pair.match]),
	);
	expect(match.matchPairs.find((pair) => !pair.subquestion.text)?.subanswer).toBe('The inspectors');

	const classify = byId.get('fact-or-opinion') as Matching;
	expect(classify.matchPairs.map((pair) => pair.subanswer)).toEqual(['Fact', 'Opinion']);

	const essay = byId.get('neutral-headline') as Essay;
	expect(essay.type).toBe('Essay');
	expect(essay.globalFeedback!.text).toContain('Model answer: Council says town hall to reopen on Monday after roof repairs.');

	const highlight = byId.get('unsourced-sentence') as MultipleChoice;
	expect(highlight.choices.filter((choice) => (choice.weight ?? 0) > 0).map((choice) => choice.text.text)).toEqual([
		'Repairs cost more than planned.',
	]);
});
