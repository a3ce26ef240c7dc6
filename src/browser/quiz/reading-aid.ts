import type { IslandQuestion } from '../../core/contract/page-data.ts';

/**
 * Whether a question, while it is answered, offers the passages it cites to read beside it ("Show the passage"), as
 * the projector view does. Whole passages only, so they say where to read, never which words answer. Not where where
 * to read is itself the answer: a highlight question (its sentences are already the passage), a written answer (it
 * cites passages of its own choosing), and either part of a two-part item (part B asks for part A's evidence).
 */
export const offersPassages = (question: IslandQuestion, questions: IslandQuestion[]): boolean =>
	question.type !== 'highlight' &&
	question.type !== 'open' &&
	!question.heldUntil &&
	!questions.some((other) => other.heldUntil === question.id);
