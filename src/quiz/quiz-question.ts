import { findPassage, type Passage } from '../article/passages.ts';
import { findQuote } from '../article/text.ts';
import type { Question } from '../schema/question.ts';

/** Where an evidence quote sits in the page: the passage's anchor and the quote's offsets in its text. */
export interface EvidenceTarget {
	anchor: string;
	label: string;
	quote: string;
	start: number;
	end: number;
}

/** What the quiz island needs of a question: the bank's fields, with evidence resolved to places in the page. */
export type QuizQuestion = Omit<Question, 'evidence' | 'skill'> & { evidence: EvidenceTarget[] };

/** Resolves each question's evidence against the article. The checker has already proved every quote is found once. */
export function toQuizQuestions(questions: Question[], passages: Passage[]): QuizQuestion[] {
	return questions.map(({ evidence, skill: _skill, ...question }) => ({
		...question,
		evidence: evidence.map(({ passage: ref, quote }) => {
			const passage = findPassage(passages, ref)!;
			const [{ start, end }] = findQuote(passage.text, quote) as [{ start: number; end: number }];
			return { anchor: passage.anchor, label: passage.label, quote: passage.text.slice(start, end), start, end };
		}),
	}));
}

/** The index of the right option of each question, which is all that scoring needs. */
export function answerKeyOf(questions: Question[]): Record<string, number> {
	return Object.fromEntries(questions.map((question) => [question.id, question.options.findIndex((option) => option.correct)]));
}
