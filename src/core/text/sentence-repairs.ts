/**
 * Where the Unicode sentence rules break too early: after an abbreviation or an initial, a full stop does not end a
 * sentence. The lists are per language (by primary subtag); a language without one gets the general rules only.
 */
const abbreviations: Record<string, string[]> = {
	en: [
		'U.S.',
		'U.K.',
		'U.N.',
		'St.',
		'Gen.',
		'Lt.',
		'Col.',
		'Capt.',
		'Sgt.',
		'Gov.',
		'Sen.',
		'Rep.',
		'Mr.',
		'Mrs.',
		'Ms.',
		'Dr.',
		'Prof.',
		'No.',
		'vs.',
		'e.g.',
		'i.e.',
		'approx.',
	],
	ru: [
		'г.',
		'гг.',
		'т.е.',
		'т.д.',
		'т.п.',
		'т.к.',
		'им.',
		'ул.',
		'пр.',
		'стр.',
		'см.',
		'др.',
		'тыс.',
		'млн.',
		'млрд.',
		'руб.',
		'ген.',
		'ст.',
	],
};

const initials = /(?:^|[\s(«"„])(?:\p{Lu}\.)+$/u;
const ordinalNumber = /\d\.$/;

/** Whether a sentence break after `before` (trimmed) and before `after` is a false one. */
export function isFalseBreak(before: string, after: string, language: string): boolean {
	const last = before.split(/\s/).at(-1)!;
	const list = abbreviations[language.split('-')[0]!.toLowerCase()] ?? [];
	return (
		list.includes(last) ||
		initials.test(before) ||
		// A sentence does not start in lower case, and "27. Juni" or "5. books" continue after a number.
		/^\p{Ll}/u.test(after) ||
		(ordinalNumber.test(before) && /^[\p{Ll}\d]/u.test(after))
	);
}
