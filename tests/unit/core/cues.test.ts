import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkContent } from '../../../src/core/check/check-content.ts';
import { readContentFiles } from '../../../src/pipeline/load/content-files.ts';
import { formatProblem } from '../../../src/core/check/problem.ts';

// One fixture bank per test-wiseness cue, each tripping its rule; messages name the file, the line and the question.

const articles = readContentFiles(['tests/fixtures/cues'], 'articles', '.md');

function lint(name: string) {
	const file = `tests/fixtures/cues/banks/${name}.yaml`;
	const text = readFileSync(file, 'utf8');
	const { problems, warnings } = checkContent(articles, [{ id: /^article: (\S+)/m.exec(text)![1]!, file, text }]);
	// Fixture banks are too small to cover every skill; that warning is not what these tests are about.
	const relevant = (message: string) => !message.includes('every skill needs at least 2 questions');
	return { errors: problems.map(formatProblem), warnings: warnings.map(formatProblem).filter(relevant) };
}

const at = (name: string, line: number) => `tests/fixtures/cues/banks/${name}.yaml:${line}`;

test.each([
	[
		'key-longest',
		`${at('key-longest', 11)} › question "when-open" › options: the right option is over 25% longer than any other: the longest option gives itself away`,
	],
	[
		'key-longest-in-bank',
		`${at('key-longest-in-bank', 2)}: the right option is the longest in 2 of 3 single-choice questions: keep it to a third or fewer`,
	],
	[
		'absolute-words',
		`${at('absolute-words', 11)} › question "what-critics-say" › options: every wrong option has an absolute word (always, never, only, every, all, most) and no right one has: reword so the words do not sort them`,
	],
	[
		'quoted-category',
		`${at('quoted-category', 12)} › question "quote-or-not" › statements: every "Exact words" statement has quotation marks and no other has: it gives the category away`,
	],
	[
		'hint-gives-key',
		`${at('hint-gives-key', 17)} › question "how-many-floors" › hint: contains the answer "Four": hint at where to look, not at what is there`,
	],
	[
		'few-sentences',
		`${at('few-sentences', 8)} › question "cost-sentence" › evidence: offers 3 sentences, so a guess often scores: offer at least 4 (add passages with "from")`,
	],
	[
		'one-to-one',
		`${at('one-to-one', 12)} › question "who-said-it" › pairs: every choice is used exactly once and none is spare, so the last row comes free: add a choice that matches nothing`,
	],
])('%s warns', (name, message) => {
	const { errors, warnings } = lint(name);
	expect(errors).toEqual([]);
	expect(warnings).toContain(message);
});

test('a match whose row 1 takes choice 1, row 2 choice 2 and so on is an error', () => {
	expect(lint('aligned-match')).toEqual({
		errors: [
			`${at('aligned-match', 13)} › question "who-said-it" › pairs: row 1 matches choice 1, row 2 choice 2 and so on: shuffle the rows or the choices`,
		],
		warnings: [],
	});
});

test('a highlight question that offers more passages with "from" passes', () => {
	expect(lint('few-sentences').warnings.filter((message) => message.includes('roof-sentence'))).toEqual([]);
});

test('the rule on English absolute words does not apply to a bank about an article in another language, which is told so', () => {
	expect(lint('absolute-words-german')).toEqual({
		errors: [],
		warnings: [
			'tests/fixtures/cues/banks/absolute-words-german.yaml:2: the rules on negative stems, "all of the above" and absolute words have no word list for "de", so they were skipped',
		],
	});
});

test('any surface mark that the rows of one category or match share, and no other row has, is a cue', () => {
	expect(lint('marked-rows').warnings).toEqual([
		`${at('marked-rows', 12)} › question "who-judges" › statements: every "The speaker" statement has an ellipsis and no other has: it gives the category away`,
		`${at('marked-rows', 34)} › question "who-did-what" › pairs: every "The inspectors" row has a parenthesis and no other has: it gives the match away`,
	]);
});

test('feedback or an explanation that quotes the evidence of a later question warns: in practice it gives that answer away', () => {
	expect(lint('leak')).toEqual({
		errors: [],
		warnings: [
			`${at('leak', 18)} › question "when-open" › explanation: quotes "a fine day", evidence for question 2 ("quoted-sentence"), which comes later: in practice mode it gives that answer away, so leave the words out or put this question after it`,
		],
	});
});
