import type { IslandQuestion, SkillLabel, Teaching } from '../contract/page-data.ts';
import type { Article } from '../schema/article.ts';
import { interfaceLocale, messagesFor, type Locale } from '../messages/locales.ts';
import type { ContentCheck } from '../check/check-content.ts';
import type { Passage } from '../text/passages.ts';
import { answerKey, type KeyEntry } from './answer-key.ts';
import { describeQuestions } from './counts.ts';
import { toPageQuestions } from './island-questions.ts';
import { passageLabel } from './sentence-words.ts';
import { bankRevision } from './revision.ts';

/** Everything an article's page needs, worked out once from the checked content. */
export interface ArticlePage {
	id: string;
	article: Article;
	/** The article's passages, each labelled in the interface's language. */
	passages: Passage[];
	questions: IslandQuestion[];
	/** What each question teaches once answered, by id: served as a module of its own (./teaching-file.ts), not in the page. */
	teaching: Record<string, Teaching>;
	/** For each passage anchor, the questions that cite it, by id and number. */
	citedBy: Record<string, { id: string; number: number }[]>;
	/** How many questions, as the index, the header and the quiz all say it. */
	count: string;
	/** The name and description of each skill the questions train. */
	skills: Record<string, SkillLabel>;
	/** Every question's answer in words, for the answer key and the projector view. */
	key: KeyEntry[];
	/** A short hash of the bank's questions, carried by every results file. */
	bankRevision: string;
	/** The share of the scored questions, in percent, that passes in an LMS course: the bank's, or 60. */
	passingScore: number;
	/** The questions' language: the bank's own, or else the article's. */
	language: string;
	/** The interface's language on the article's pages: the questions' language where it has a catalogue. */
	locale: Locale;
}

/** The page of every article; an article without a bank has no questions yet. */
export function articlePages({ articles, banks }: ContentCheck): ArticlePage[] {
	return articles.map(({ id, article, passages: checked }): ArticlePage => {
		const bank = banks.find((candidate) => candidate.article.id === id);
		const language = bank?.bank.language ?? article.language;
		const locale = interfaceLocale(language);
		const t = messagesFor(locale);
		const passages = checked.map((passage) => ({ ...passage, label: passageLabel(passage.ref, t) }));
		const pageQuestions = bank ? toPageQuestions(bank, passages) : [];
		const questions = pageQuestions.map(({ island }) => island);
		const teaching = Object.fromEntries(pageQuestions.map(({ island, teaching }) => [island.id, teaching]));
		return {
			id,
			article,
			passages,
			questions,
			teaching,
			citedBy: citedBy(questions),
			count: describeQuestions(questions, t),
			skills: Object.fromEntries(questions.map(({ skill }) => [skill, t.skills[skill]])),
			key: answerKey(questions, teaching, passages, t),
			bankRevision: bankRevision(questions),
			passingScore: bank?.bank.passingScore ?? 60,
			language,
			locale,
		};
	});
}

function citedBy(questions: IslandQuestion[]): ArticlePage['citedBy'] {
	const cited: ArticlePage['citedBy'] = {};
	questions.forEach(({ id, evidence }, index) => {
		for (const anchor of new Set(evidence.map((target) => target.anchor))) (cited[anchor] ??= []).push({ id, number: index + 1 });
	});
	return cited;
}
