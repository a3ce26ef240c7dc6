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
	const index = indexEvidence(bank);
	bank.questions.forEach((question, at) => {
		for (const { path, text } of shownAsYouGo(question)) {
			for (const [, words] of text.matchAll(quoted)) {
				const later = index.firstLater(
					words!,
					at,
					({ question: other, quote }) =>
						bank.questions[other]!.type !== 'open' &&
						!(path[0] === 'explanation' && bank.questions[other]!.supports === question.id) &&
						givesAway(words!, quote),
				);
				if (later === Infinity) continue;
				report(
					'warnings',
					at,
					path,
					`quotes "${words}", evidence for question ${later + 1} ("${bank.questions[later]!.id}"), which comes later: in practice mode it gives that answer away, so leave the words out or put this question after it`,
				);
			}
		}
	});
}

/** A piece of evidence, by the question it belongs to, with its words for the index. */
interface EvidenceEntry {
	question: number;
	quote: string;
	words: number;
	tokens: Set<string>;
}

/**
 * A text's words, coarser than the quote matcher's folding (lower case, marks and punctuation gone), so two texts
 * that `findQuote` matches always share them.
 */
const tokensOf = (text: string) =>
	new Set(
		text
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter(Boolean),
	);

const isSubset = (small: Set<string>, large: Set<string>) => [...small].every((token) => large.has(token));

/**
 * The bank's evidence indexed by its words, so each quoted phrase is weighed only against evidence that could match
 * it, not against all of it: quoted words inside a quote have all their words in it, and a quote inside quoted words
 * has all its words among them. Each side is looked up by its rarest word. Without the index the check took 9 s for
 * 3,000 questions, growing with the square; `givesAway` still decides every case, so the index changes no result.
 */
function indexEvidence(bank: Bank) {
	const entries: EvidenceEntry[] = bank.questions.flatMap((question, at) =>
		question.evidence.map(({ quote }) => ({ question: at, quote, words: wordCount(quote), tokens: tokensOf(quote) })),
	);
	const containing = new Map<string, EvidenceEntry[]>();
	for (const entry of entries) for (const token of entry.tokens) (containing.get(token) ?? containing.set(token, []).get(token)!).push(entry);
	const rarest = (tokens: Set<string>) => [...tokens].reduce((best, token) => ((containing.get(token)?.length ?? 0) < (containing.get(best)?.length ?? 0) ? token : best));
	const byRarest = new Map<string, EvidenceEntry[]>();
	const wordless: EvidenceEntry[] = [];
	for (const entry of entries) {
		if (!entry.tokens.size) wordless.push(entry);
		else {
			const key = rarest(entry.tokens);
			(byRarest.get(key) ?? byRarest.set(key, []).get(key)!).push(entry);
		}
	}
	/** The first entry of `list` (in question order) after question `at` that `fits`: its question, or Infinity. */
	const firstIn = (list: EvidenceEntry[], at: number, fits: (entry: EvidenceEntry) => boolean) => {
		let low = 0;
		for (let high = list.length; low < high; ) {
			const middle = (low + high) >> 1;
			if (list[middle]!.question > at) high = middle;
			else low = middle + 1;
		}
		for (let next = low; next < list.length; next++) if (fits(list[next]!)) return list[next]!.question;
		return Infinity;
	};
	return {
		/** The first question after `at` whose evidence the quoted `words` give away and that `fits`, or Infinity. */
		firstLater(words: string, at: number, fits: (entry: EvidenceEntry) => boolean): number {
			if (wordCount(words) < 3) return Infinity;
			const tokens = tokensOf(words);
			if (!tokens.size) return firstIn(entries, at, fits);
			const inside = containing.get(rarest(tokens)) ?? [];
			const around = [...tokens].flatMap((token) => byRarest.get(token) ?? []).sort((a, b) => a.question - b.question);
			return Math.min(
				firstIn(inside, at, (entry) => isSubset(tokens, entry.tokens) && fits(entry)),
				firstIn(around, at, (entry) => isSubset(entry.tokens, tokens) && fits(entry)),
				firstIn(wordless, at, fits),
			);
		},
	};
}
