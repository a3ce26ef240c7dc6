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
	/** A multiple-choice prompt that says to choose every right option. */
	allThatApply: RegExp;
	/** "choose two": the count stated, in words or figures (group 1). */
	chooseCount: RegExp;
	/** Numbers as words, by value (a value may have several forms). */
	numberWords: string[][];
	/** The phrases to suggest: all that apply, and choose `n`. */
	choose: (count: number | 'all') => string;
}

const word = (alternatives: string, flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);

const english = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];
const russian = ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть'];

const lists: Record<string, RubricWords> = {
	en: {
		negativeStem: word('NOT|EXCEPT', 'u'),
		negativeWords: 'NOT or EXCEPT',
		allOfTheAbove: word('(?:all|none) of the above'),
		absolute: word('always|never|only|every|all|most'),
		absoluteWords: 'always, never, only, every, all, most',
		allThatApply: word('all that apply'),
		chooseCount: /\bchoose (\w+)\b/iu,
		numberWords: [['zero'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six']],
		choose: (count) => (count === 'all' ? 'choose all that apply' : `choose ${english[count] ?? count}`),
	},
	ru: {
		negativeStem: word('НЕ|КРОМЕ', 'u'),
		negativeWords: 'НЕ or КРОМЕ',
		allOfTheAbove: word('вс[её] (?:выше)?перечисленное|ничего из (?:выше)?перечисленного|(?:все|ни один) из (?:выше)?перечисленных'),
		absolute: word('всегда|никогда|только|кажд(?:ый|ая|ое|ые)|вс[её]|всех|большинство'),
		absoluteWords: 'всегда, никогда, только, каждый, все, большинство',
		allThatApply: word('вс[её],? (?:что )?(?:подходящ(?:ие|ее)|верн(?:ые|ое)|подходит)'),
		chooseCount: /выберите (\p{L}+|\d+)/iu,
		numberWords: [['ноль'], ['один', 'одну', 'одно'], ['два', 'две'], ['три'], ['четыре'], ['пять'], ['шесть']],
		choose: (count) => (count === 'all' ? 'выберите все подходящие' : `выберите ${russian[count] ?? count}`),
	},
};

export const rubricWordsFor = (language: string): RubricWords | undefined => lists[language.split('-')[0]!.toLowerCase()];

/** How many options a multiple-choice prompt says to choose: all, a number, or nothing said. */
export function statedCount(prompt: string, words: RubricWords): number | 'all' | undefined {
	if (words.allThatApply.test(prompt)) return 'all';
	const stated = words.chooseCount.exec(prompt)?.[1]?.toLowerCase();
	if (stated === undefined) return undefined;
	if (/^\d+$/.test(stated)) return Number(stated);
	const count = words.numberWords.findIndex((forms) => forms.includes(stated));
	return count === -1 ? undefined : count;
}
