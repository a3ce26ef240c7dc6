import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { formatProblem } from '../../../src/core/check/problem.ts';
import { buildContent } from '../../../src/core/content.ts';

// The one core function from text to pages, in Node: the studio calls the same one in a browser.

const fixture = (path: string) => ({
	id: path
		.split('/')
		.pop()!
		.replace(/\.\w+$/, ''),
	file: path,
	text: readFileSync(path, 'utf8'),
});
const article = fixture('tests/fixtures/site/articles/fixture-quiz.md');
const bank = fixture('tests/fixtures/site/questions/fixture-quiz.yaml');

test('an article and its bank, as text, become a page model with no problems', () => {
	const { problems, pages } = buildContent([article], [bank]);
	expect(problems).toEqual([]);
	expect(pages).toHaveLength(1);
	expect(pages[0]).toMatchObject({ id: 'fixture-quiz', article: { title: expect.any(String) } });
	expect(pages[0]!.questions.map((question) => question.id)).toEqual(['who-voted', 'bold-step', 'opening-day']);
	expect(pages[0]!.key).toHaveLength(3);
});

test('text with problems gives every problem, located, and no pages', () => {
	const broken = {
		...bank,
		text: bank.text.replace('type: single', 'type: singel').replace(/quote: .*/, 'quote: words that are not there'),
	};
	const { problems, pages } = buildContent([article], [broken]);
	expect(pages).toEqual([]);
	expect(problems.length).toBeGreaterThanOrEqual(2);
	for (const problem of problems)
		expect(formatProblem(problem)).toMatch(/^tests\/fixtures\/site\/questions\/fixture-quiz\.yaml:\d+ › question "[\w-]+" › [\w.[\]]+: /);
});
