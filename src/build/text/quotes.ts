/**
 * Matching rules for evidence quotes. Authors type straight quotes; articles often carry curly ones.
 * Both sides are compared after `foldForMatching`, which keeps every character's position so a match
 * found in the folded text is at the same offsets in the original.
 */
const plainForms: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };

/** Turns typographic quotes into plain ones, one character for one, so offsets are unchanged. */
function foldQuotes(text: string): string {
	return text.replace(/[‘’“”]/g, (character) => plainForms[character]!);
}

/** Collapses every run of white space to one space, as a reader sees it. */
export function collapseSpaces(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

const wordCharacter = /[\p{L}\p{N}]/u;

/** Where `quote` occurs in `text` with a word boundary at both ends: a list of `[start, end)` offsets. */
export function findQuote(text: string, quote: string): { start: number; end: number }[] {
	const haystack = foldQuotes(text);
	const needle = collapseSpaces(foldQuotes(quote));
	if (!needle) return [];
	const found: { start: number; end: number }[] = [];
	for (let start = haystack.indexOf(needle); start !== -1; start = haystack.indexOf(needle, start + 1)) {
		const end = start + needle.length;
		const cutsWordBefore = wordCharacter.test(needle[0]!) && wordCharacter.test(haystack[start - 1] ?? '');
		const cutsWordAfter = wordCharacter.test(needle.at(-1)!) && wordCharacter.test(haystack[end] ?? '');
		if (!cutsWordBefore && !cutsWordAfter) found.push({ start, end });
	}
	return found;
}
