import type { ClassArticle, ClassData } from '../../core/contract/page-data.ts';
import type { ResultsRecord } from '../results/record.ts';
import type { Catalogue } from '../../core/messages/catalogue.ts';
import { questionOrder } from '../shared/variants.ts';
import { describeAnswer } from './describe-answer.ts';

/** A learner's results as the class page counts them. */
export interface Learner {
	record: ResultsRecord;
	/** Where they came from: a file name, or a line of pasted codes. */
	source: string;
	/** The earlier results this one repeats (same name, or the same times), which alone are counted. */
	duplicateOf?: string;
	/** Results from another version of the bank: how many of its questions are unchanged, and so counted. */
	otherRevision?: { counted: number; of: number };
	/** Scored questions right and counted. */
	right: number;
	scored: number;
}

interface QuestionTally {
	number: number;
	id: string;
	prompt: string;
	skill: string;
	right: number;
	/** Learners whose answer to it counts: same version of the question, not a duplicate. */
	counted: number;
	/** The wrong answer given most often, in words, and by how many. */
	commonWrong?: { answer: string; learners: number };
}

/** A question answered in writing, with what each learner wrote. */
interface WrittenTally {
	number: number;
	prompt: string;
	answers: {
		learner: Learner;
		text: string;
		/** The number the learner saw it under, where their version by seed numbers the questions its own way. */
		shownAs?: number;
	}[];
}

/**
 * How one learner did on one question, for the learner-by-question grid: right, wrong (with the rows that went wrong,
 * for match and classify), written, not answered, or answered in another version of the question, which is not counted.
 */
export interface GridMark {
	status: 'right' | 'wrong' | 'written' | 'unanswered' | 'other';
	wrongRows?: number[];
}

export interface ArticleTally {
	article: ClassArticle;
	learners: Learner[];
	/** Each counted learner's marks, question by question in the bank's order. */
	grid: { learner: Learner; marks: GridMark[] }[];
	/** How many learners scored in each band of 20 percentage points, from 0–19% to 80–100%. */
	distribution: number[];
	/** Weakest first. */
	questions: QuestionTally[];
	skills: { skill: string; right: number; counted: number }[];
	/** The written questions, in the bank's order, with every counted learner's text. */
	written: WrittenTally[];
}

const share = ({ right, counted }: { right: number; counted: number }) => (counted ? right / counted : 1);
const weakestFirst = <T extends { right: number; counted: number }>(list: T[]) => list.sort((a, b) => share(a) - share(b));

/**
 * Counts the results of a class, article by article. Each learner counts once; results from another version of the
 * bank count only for the questions whose version is unchanged. Results about an article this site does not have are
 * returned apart, to be reported.
 */
export function tally(
	data: ClassData,
	added: { source: string; record: ResultsRecord }[],
	answerWords: Catalogue['classPage']['script']['answer'],
): { articles: ArticleTally[]; unknown: string[] } {
	const unknown: string[] = [];
	const articles = new Map<string, ArticleTally>();
	for (const { source, record } of added) {
		const article = data.articles.find((candidate) => candidate.id === record.article);
		if (!article) {
			unknown.push(source);
			continue;
		}
		let entry = articles.get(article.id);
		if (!entry)
			articles.set(article.id, (entry = { article, learners: [], grid: [], distribution: [0, 0, 0, 0, 0], questions: [], skills: [], written: [] }));
		entry.learners.push(learnerOf(article, source, record, entry.learners));
	}
	for (const entry of articles.values()) finish(entry, answerWords);
	return { articles: [...articles.values()], unknown };
}

function learnerOf(article: ClassArticle, source: string, record: ResultsRecord, earlier: Learner[]): Learner {
	const name = record.name.trim().toLowerCase();
	// The same name is the same learner; the same times are too, unless each gave a name of their own: two learners
	// who started and finished within the same second (codes keep times to the second) are still two.
	const repeated = earlier.find((other) => {
		const otherName = other.record.name.trim().toLowerCase();
		const sameTimes = other.record.started === record.started && other.record.finished === record.finished;
		return !other.duplicateOf && ((name && otherName === name) || (sameTimes && (!name || !otherName)));
	});
	const revisions = new Map(article.questions.map((question) => [question.id, question.revision]));
	const counted = record.questions.filter((question) => revisions.get(question.id) === question.version);
	const scored = counted.filter((question) => question.right !== null);
	return {
		record,
		source,
		duplicateOf: repeated?.source,
		otherRevision: record.bank === article.bankRevision ? undefined : { counted: counted.length, of: article.questions.length },
		right: scored.filter((question) => question.right).length,
		scored: scored.length,
	};
}

function finish(entry: ArticleTally, answerWords: Catalogue['classPage']['script']['answer']): void {
	const counting = entry.learners.filter((learner) => !learner.duplicateOf);
	for (const learner of counting) if (learner.scored) entry.distribution[Math.min(4, Math.floor((learner.right / learner.scored) * 5))]!++;
	const skills = new Map<string, { skill: string; right: number; counted: number }>();
	entry.questions = entry.article.questions.flatMap((question, index) => {
		if (question.kind === 'none') return [];
		const answers = counting.flatMap(({ record }) =>
			record.questions.filter((given) => given.id === question.id && given.version === question.revision),
		);
		const wrong = new Map<string, number>();
		for (const given of answers) {
			if (given.right || !Array.isArray(given.answer)) continue;
			const words = describeAnswer(question, given.answer, answerWords);
			wrong.set(words, (wrong.get(words) ?? 0) + 1);
		}
		const [answer, learners] = [...wrong].sort((a, b) => b[1] - a[1])[0] ?? [];
		const tallied: QuestionTally = {
			number: index + 1,
			id: question.id,
			prompt: question.prompt,
			skill: question.skill,
			right: answers.filter((given) => given.right).length,
			counted: answers.length,
			commonWrong: answer === undefined ? undefined : { answer, learners: learners! },
		};
		const skill = skills.get(question.skill) ?? { skill: question.skill, right: 0, counted: 0 };
		skills.set(question.skill, { skill: question.skill, right: skill.right + tallied.right, counted: skill.counted + tallied.counted });
		return [tallied];
	});
	weakestFirst(entry.questions);
	entry.skills = weakestFirst([...skills.values()]);
	entry.written = writtenAnswers(entry.article, counting);
	entry.grid = counting.map((learner) => ({ learner, marks: entry.article.questions.map((question) => gridMark(question, learner.record)) }));
}

function gridMark(question: ClassArticle['questions'][number], record: Learner['record']): GridMark {
	const given = record.questions.find((other) => other.id === question.id);
	if (!given || given.answer === null || (typeof given.answer === 'string' && !given.answer.trim())) return { status: 'unanswered' };
	if (given.version !== question.revision) return { status: 'other' };
	if (question.kind === 'none') return { status: 'written' };
	if (given.right) return { status: 'right' };
	const answer = given.answer as number[];
	const wrongRows = question.key?.flatMap((right, row) => (answer[row] === right ? [] : [row + 1]));
	return { status: 'wrong', wrongRows };
}

function writtenAnswers(article: ClassArticle, learners: Learner[]): WrittenTally[] {
	const shownNumbers = new Map(
		[...new Set(learners.map(({ record }) => record.seed))].map((seed) => {
			const order = questionOrder(article.questions, seed);
			return [seed, (index: number) => order.indexOf(index) + 1];
		}),
	);
	return article.questions.flatMap((question, index) =>
		question.kind !== 'none'
			? []
			: [
					{
						number: index + 1,
						prompt: question.prompt,
						answers: learners.flatMap((learner) => {
							const given = learner.record.questions.find((other) => other.id === question.id && other.version === question.revision);
							if (typeof given?.answer !== 'string' || !given.answer.trim()) return [];
							const { seed } = learner.record;
							return [{ learner, text: given.answer, shownAs: seed ? shownNumbers.get(seed)!(index) : undefined }];
						}),
					},
				],
	);
}
