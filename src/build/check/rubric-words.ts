/**
 * The words the rubric's word rules look for, by language (primary subtag). A language without a list skips those
 * rules, and the check says so. JavaScript's `\b` knows only ASCII letters, so the lists outside English mark word
 * edges with letter look-arounds.
 */
export interface RubricWords {
	/** A stem that asks for what is false. */
	negativeStem: RegExp;
	negativeWords: string;
	/** An option that leans on the others. */
	allOfTheAbove: RegExp;
	/** Words that mark a distractor to a test-wise reader. */
	absolute: RegExp;
	absoluteWords: string;
}

const word = (alternatives: string, flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);

const lists: Record<string, RubricWords> = {
	en: {
		negativeStem: word('NOT|EXCEPT', 'u'),
		negativeWords: 'NOT or EXCEPT',
		allOfTheAbove: word('(?:all|none) of the above'),
		absolute: word('always|never|only|every|all|most'),
		absoluteWords: 'always, never, only, every, all, most',
	},
	ru: {
		negativeStem: word('НЕ|КРОМЕ', 'u'),
		negativeWords: 'НЕ or КРОМЕ',
		allOfTheAbove: word('вс[её] (?:выше)?перечисленное|ничего из (?:выше)?перечисленного|(?:все|ни один) из (?:выше)?перечисленных'),
		absolute: word('всегда|никогда|только|кажд(?:ый|ая|ое|ые)|вс[её]|всех|большинство'),
		absoluteWords: 'всегда, никогда, только, каждый, все, большинство',
	},
};

export const rubricWordsFor = (language: string): RubricWords | undefined => lists[language.split('-')[0]!.toLowerCase()];
