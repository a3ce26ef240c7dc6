import { rubricWordsFor } from './rubric-words.ts';
import { offeredPassages, type Passage } from '../text/passages.ts';
import type { Bank } from '../schema/bank.ts';
import type { Question } from '../schema/question.ts';
import type { Option } from '../schema/questions/choice.ts';

/**
 * Cues that let a test-wise student score without reading the article. Each rule gets the bank and reports through
 * `report(kind, questionIndex, path, message)`; a question index of undefined means the bank as a whole.
 */
export type Report = (kind: 'errors' | 'warnings', index: number | undefined, path: PropertyKey[], message: string) => void;

/** What the cue rules need to know of the article: its language, and its passages for counting sentences. */
export interface CueContext {
	language: string;
	passages: Passage[];
}

/** Marks on the surface of a row that a test-wise student can sort rows by without reading them. */
const surfaceMarks: { name: string; pattern: RegExp }[] = [
	{ name: 'quotation marks', pattern: /["“”«»„]/ },
	{ name: 'an ellipsis', pattern: /…|\.\.\./ },
	{ name: 'a parenthesis', pattern: /[()]/ },
	{ name: 'a capital first letter', pattern: /^\P{L}*\p{Lu}/u },
];
const longerBy = 1.25;

const right = (options: Option[]) => options.filter((option) => option.correct);
const wrong = (options: Option[]) => options.filter((option) => !option.correct);
/** Lower case, with closing punctuation and quotes trimmed, for finding one text inside another. */
const comparable = (text: string) => text.toLowerCase().replace(/^[\s"“”'‘’]+|[\s.,;:!?"“”'‘’]+$/g, '');

export function checkCues(bank: Bank, context: CueContext, report: Report): void {
	let keyLongest = 0;
	let singles = 0;
	bank.questions.forEach((question, index) => {
		if (question.type === 'single') {
			singles++;
			const [key] = right(question.options);
			const longestOther = Math.max(...wrong(question.options).map((option) => option.text.length));
			if (key!.text.length > longestOther) keyLongest++;
			if (key!.text.length > longerBy * longestOther) {
				report('warnings', index, ['options'], `the right option is over 25% longer than any other: the longest option gives itself away`);
			}
		}
		const words = rubricWordsFor(context.language);
		if ((question.type === 'single' || question.type === 'multiple') && words) {
			const distractors = wrong(question.options);
			if (
				distractors.length > 1 &&
				distractors.every((option) => words.absolute.test(option.text)) &&
				!right(question.options).some((option) => words.absolute.test(option.text))
			) {
				report(
					'warnings',
					index,
					['options'],
					`every wrong option has an absolute word (${words.absoluteWords}) and no right one has: reword so the words do not sort them`,
				);
			}
		}
		checkHint(question, index, report);
		if (question.type === 'match' || question.type === 'classify') {
			checkSurfaceMarks(question, index, report);
			checkOneToOne(question, index, report);
		}
		if (question.type === 'highlight') {
			const offered = offeredPassages(question, context.passages).reduce((sum, passage) => sum + passage.sentences.length, 0);
			if (offered < 4) {
				report(
					'warnings',
					index,
					question.from ? ['from'] : ['evidence'],
					`offers ${offered} sentences, so a guess often scores: offer at least 4 (add passages with "from")`,
				);
			}
		}
	});
	if (singles > 0 && keyLongest > singles / 3) {
		report(
			'warnings',
			undefined,
			[],
			`the right option is the longest in ${keyLongest} of ${singles} single-choice questions: keep it to a third or fewer`,
		);
	}
}

/** A hint that contains the key's words hands over the answer. */
function checkHint(question: Question, index: number, report: Report): void {
	if (!question.hint) return;
	const hint = comparable(question.hint);
	const keys =
		question.type === 'single' || question.type === 'multiple'
			? right(question.options).map((option) => option.text)
			: question.type === 'highlight'
				? question.evidence.map((evidence) => evidence.quote)
				: [];
	const given = keys.find((key) => hint.includes(comparable(key)));
	if (given !== undefined)
		report('warnings', index, ['hint'], `contains the answer "${given}": hint at where to look, not at what is there`);
}

/**
 * A mark that two or more rows of one category (or match) share and no other row has sorts them without reading:
 * quotation marks on every "direct quote", an ellipsis on every "verdict", a parenthesis, a capital first letter.
 */
function checkSurfaceMarks(question: Extract<Question, { type: 'match' | 'classify' }>, index: number, report: Report): void {
	const [field, noun, kind, rows] =
		question.type === 'classify'
			? (['statements', 'statement', 'category', question.statements.map(({ text, category }) => ({ text, group: category }))] as const)
			: (['pairs', 'row', 'match', question.pairs.map(({ item, match }) => ({ text: item, group: match }))] as const);
	for (const group of new Set(rows.map((row) => row.group))) {
		const inside = rows.filter((row) => row.group === group);
		const outside = rows.filter((row) => row.group !== group);
		if (inside.length < 2 || !outside.length) continue;
		for (const { name, pattern } of surfaceMarks) {
			if (inside.every((row) => pattern.test(row.text)) && !outside.some((row) => pattern.test(row.text)))
				report('warnings', index, [field], `every "${group}" ${noun} has ${name} and no other has: it gives the ${kind} away`);
		}
	}
}

/** Rows that use every choice exactly once give the last row free; rows in the order of the choices give them all. */
function checkOneToOne(question: Extract<Question, { type: 'match' | 'classify' }>, index: number, report: Report): void {
	const [choices, answers, field] =
		question.type === 'match'
			? [question.choices, question.pairs.map((pair) => pair.match), 'pairs']
			: [question.categories, question.statements.map((statement) => statement.category), 'statements'];
	if (question.type === 'match' && answers.every((answer, row) => choices.indexOf(answer) === row)) {
		report('errors', index, [field], 'row 1 matches choice 1, row 2 choice 2 and so on: shuffle the rows or the choices');
	}
	if (answers.length === choices.length && new Set(answers).size === choices.length) {
		report(
			'warnings',
			index,
			[field],
			'every choice is used exactly once and none is spare, so the last row comes free: add a choice that matches nothing',
		);
	}
}
