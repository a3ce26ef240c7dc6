import type { Evidence } from '../schema/evidence.ts';
import { findPassage, sentenceOf, type Passage } from './passages.ts';
import { closestText, findQuote } from './quotes.ts';

/** Where an evidence quote is: its passage, its `[start, end)` offsets in the passage's text, and the sentence holding it. */
export interface EvidenceLocation {
	passage: Passage;
	start: number;
	end: number;
	/** The index of the sentence that wholly contains the quote, if one does. */
	sentence?: number;
}

/** Why a quote could not be located, said against the field at fault. */
export interface EvidenceMiss {
	field: 'passage' | 'quote';
	message: string;
}

/**
 * Finds an evidence quote in an article: the one place quotes are located. The checker reports the misses; the page
 * model uses the locations, so nothing downstream has to find a quote again or assume it was found.
 */
export function locateEvidence(
	article: { id: string; passages: Passage[] },
	{ passage: ref, quote }: Evidence,
): { location: EvidenceLocation } | { miss: EvidenceMiss } {
	const passage = findPassage(article.passages, ref);
	if (!passage) return { miss: { field: 'passage', message: noSuchPassage(article, ref) } };
	const found = findQuote(passage.text, quote);
	if (found.length === 0) return { miss: { field: 'quote', message: notFound(article.passages, passage, quote) } };
	if (found.length > 1) {
		return {
			miss: { field: 'quote', message: `"${quote}" occurs ${found.length} times in ${passage.label}: quote more words so it occurs once` },
		};
	}
	const [{ start, end }] = found as [{ start: number; end: number }];
	return { location: { passage, start, end, sentence: sentenceOf(passage, { start, end }) } };
}

/** Why a quote is not in its passage, and the fix: the passage it is in, or the words most like it. */
function notFound(passages: Passage[], passage: Passage, quote: string): string {
	const notHere = `"${quote}" is not in ${passage.label}`;
	const elsewhere = passages.find((other) => other !== passage && findQuote(other.text, quote).length === 1);
	if (elsewhere) return `${notHere}, but it is in ${elsewhere.label}: set "passage" to ${elsewhere.ref}`;
	const closest = closestText(passage.text, quote);
	return closest ? `${notHere}: did you mean "${closest.suggestion}"? (differs at word ${closest.word}: "${closest.differs}")` : notHere;
}

/** The message for a passage reference that does not exist in the article. */
export function noSuchPassage(article: { id: string; passages: Passage[] }, ref: Evidence['passage']): string {
	const paragraphs = article.passages.filter((passage) => typeof passage.ref === 'number').length;
	const named = article.passages.some((passage) => passage.ref === 'standfirst') ? '"headline", "standfirst"' : '"headline"';
	const missing = ref === 'standfirst' ? 'standfirst' : `paragraph ${ref}`;
	return `"${article.id}" has no ${missing}: use ${named} or a paragraph from 1 to ${paragraphs}`;
}
