import { findQuote } from '../text/quotes.ts';
import type { Bank } from '../schema/bank.ts';
import type { Question } from '../schema/question.ts';
import type { Report } from './cues.ts';

/** Words in quotation marks: what a learner reads as a quote from the article. */
const quoted = /["“«„]([^"“”«»„]+)["”»“]/g;
const wordCount = (text: string) => text.trim().split(/\s+/).length;

/**
 * Whether quoted words give a piece of evidence away: three words or more, that hold the whole quote or at least half
 * of it. A stock phrase such as "Peskov said" is in many quotes and gives none of them away.
 */
const givesAway = (words: string, evidence: string) =>
	wordCount(words) >= 3 &&
	(findQuote(words, evidence).length > 0 || (findQuote(evidence, words).length > 0 && 2 * wordCount(words) >= wordCount(evidence)));

/** What a question shows while the learner works in practice mode: its hint, feedback and explanation, with their paths. */
function shownAsYouGo(question: Question): { path: PropertyKey[]; text: string }[] {
	const shown = [
		{ path: ['explanation'], text: question.explanation },
		{ path: ['hint'], text: question.hint ?? '' },
	];
	if (question.type === 'highlight') shown.push({ path: ['wrongFeedback'], text: question.wrongFeedback ?? '' });
	const parts =
		question.type === 'single' || question.type === 'multiple'
			? question.options.map((option, index) => ({ path: ['options', index, 'feedback'], text: option.feedback ?? '' }))
			: question.type === 'match'
				? question.pairs.map((pair, index) => ({ path: ['pairs', index, 'feedback'], text: pair.feedback ?? '' }))
				: question.type === 'classify'
					? question.statements.map((statement, index) => ({ path: ['statements', index, 'feedback'], text: statement.feedback ?? '' }))
					: [];
	return [...shown, ...parts];
}

/**
 * In practice mode a question's hint, feedback and explanation show as the learner goes, so one that quotes the
 * evidence of a later scored question hands that question's answer over before it is asked. A part A's explanation
 * waits for its part B's answer, so it cannot give part B away.
 */
export function checkLeaks(bank: Bank, report: Report): void {
	bank.questions.forEach((question, index) => {
		for (const { path, text } of shownAsYouGo(question)) {
			for (const [, words] of text.matchAll(quoted)) {
				const later = bank.questions.findIndex(
					(other, otherIndex) =>
						otherIndex > index &&
						other.type !== 'open' &&
						!(path[0] === 'explanation' && other.supports === question.id) &&
						other.evidence.some(({ quote }) => givesAway(words!, quote)),
				);
				if (later === -1) continue;
				report(
					'warnings',
					index,
					path,
					`quotes "${words}", evidence for question ${later + 1} ("${bank.questions[later]!.id}"), which comes later: in practice mode it gives that answer away, so leave the words out or put this question after it`,
				);
			}
		}
	});
}
