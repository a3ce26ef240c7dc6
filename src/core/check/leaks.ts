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
	// A written answer is not scored, so its evidence cannot be given away.
	const index = indexEvidence(bank, (question) => question.type !== 'open');
	// A bank that repeats itself weighs the same words against the same quote many times.
	const weighed = new Map<string, boolean>();
	const weigh = (words: string, quote: string) => {
		const key = `${words}\u0000${quote}`;
		let found = weighed.get(key);
		if (found === undefined) weighed.set(key, (found = givesAway(words, quote)));
		return found;
	};
	bank.questions.forEach((question, at) => {
		for (const { path, text } of shownAsYouGo(question)) {
			for (const [, words] of text.matchAll(quoted)) {
				const later = index.firstLater(
					words!,
					at,
					(quote) => weigh(words!, quote),
					(other) => !(path[0] === 'explanation' && bank.questions[other]!.supports === question.id),
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

/** A quote used as evidence, with its words for the index and the questions it is evidence for, in bank order. */
interface EvidenceEntry {
	quote: string;
	tokens: Set<string>;
	questions: number[];
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
 * The quotes of the questions `scored`, each once, indexed by their words, so each quoted phrase is weighed only
 * against quotes that could match it: quoted words inside a quote have all their words in it, and a quote inside
 * quoted words has all its words among them. Each side is looked up by its rarest word. Without the index the check
 * took 9 s for 3,000 questions, growing with the square, and so it did while it weighed each use of a quote apart (a
 * bank that repeats its quotes, like the bench's, weighed them again for every later use); the caller's weighing
 * still decides every case, so the index changes no result.
 */
function indexEvidence(bank: Bank, scored: (question: Question) => boolean) {
	const byQuote = new Map<string, EvidenceEntry>();
	bank.questions.forEach((question, at) => {
		if (!scored(question)) return;
		for (const { quote } of question.evidence) {
			const entry = byQuote.get(quote) ?? byQuote.set(quote, { quote, tokens: tokensOf(quote), questions: [] }).get(quote)!;
			if (entry.questions.at(-1) !== at) entry.questions.push(at);
		}
	});
	const entries = [...byQuote.values()];
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
	/** The first of `entry`'s questions after question `at` that is `allowed`, or Infinity. */
	const firstAfter = ({ questions }: EvidenceEntry, at: number, allowed: (question: number) => boolean) => {
		let low = 0;
		for (let high = questions.length; low < high; ) {
			const middle = (low + high) >> 1;
			if (questions[middle]! > at) high = middle;
			else low = middle + 1;
		}
		for (let next = low; next < questions.length; next++) if (allowed(questions[next]!)) return questions[next]!;
		return Infinity;
	};
	return {
		/**
		 * The first question after `at` whose evidence the quoted `words` give away (the quotes that `givesAway` accepts)
		 * and that is `allowed`, or Infinity.
		 */
		firstLater(words: string, at: number, givesAway: (quote: string) => boolean, allowed: (question: number) => boolean): number {
			if (wordCount(words) < 3) return Infinity;
			const tokens = tokensOf(words);
			const candidates = tokens.size
				? [
						...(containing.get(rarest(tokens)) ?? []).filter((entry) => isSubset(tokens, entry.tokens)),
						...[...tokens].flatMap((token) => byRarest.get(token) ?? []).filter((entry) => isSubset(entry.tokens, tokens)),
						...wordless,
					]
				: entries;
			let first = Infinity;
			for (const entry of candidates) if (givesAway(entry.quote)) first = Math.min(first, firstAfter(entry, at, allowed));
			return first;
		},
	};
}
