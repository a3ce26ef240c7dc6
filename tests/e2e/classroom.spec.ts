import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { parse } from 'yaml';
import { expectNoAxeViolations, openPage, readRealArticle, realArticlePath, typesPath } from './helpers.ts';

// What a teacher prints and shows: the worksheet, the answer key, the teacher's notes and the projector view.

interface BankQuestion {
	id: string;
	type: string;
	prompt: string;
	explanation: string;
	evidence: { passage: number | string; quote: string }[];
	options?: { text: string; correct?: boolean }[];
	items?: string[];
	pairs?: { item: string; match: string }[];
	statements?: { text: string; category: string }[];
	model?: string;
	checklist?: string[];
}
const bank = parse(readFileSync('tests/fixtures/site/questions/fixture-types.yaml', 'utf8')) as { questions: BankQuestion[] };

/** The text of the page printed to PDF by Chromium, page by page. */
async function printedText(page: Page, format: 'A4' | 'Letter'): Promise<string[]> {
	const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format })));
	return (await extractText(pdf, { mergePages: false })).text as string[];
}

/** What a printed worksheet must have (numbered questions, a name line on every sheet) and must not (controls, answers). */
function expectCleanWorksheet(pages: string[]): void {
	const text = pages.join('\n');
	for (const [index, question] of bank.questions.entries()) {
		expect(text).toContain(`Question ${index + 1}.`);
		expect(text).toContain(question.prompt.slice(0, 30));
	}
	for (const sheet of pages) expect(sheet).toContain('Name:');
	for (const control of ['Check answer', 'Print worksheet', 'Hand in', 'Your results', 'Mode', 'not answered', 'Show the passage'])
		expect(text).not.toContain(control);
	for (const question of bank.questions) expect(text).not.toContain(question.explanation.slice(0, 30));
	expect(text).not.toContain('Right answer');
	expect(text).not.toContain(bank.questions.find((question) => question.type === 'open')!.model!);
}

for (const format of ['A4', 'Letter'] as const) {
	test(`printing the article page with JavaScript on gives a clean worksheet on ${format}`, async ({ page }) => {
		await openPage(page, typesPath);
		await expect(page.getByRole('button', { name: 'Print worksheet' })).toBeVisible();
		const pages = await printedText(page, format);
		expectCleanWorksheet(pages);
		// On paper a highlight question lists sentences by number; their words are in the numbered article above.
		const text = pages.join('\n');
		expect(text).toContain('Paragraph 1, sentence 2');
		expect(text).not.toContain('sentence 2: Repairs');
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the worksheet page needs no JavaScript, and prints as a clean worksheet on A4 and Letter', async ({ page }) => {
		await page.goto(`${typesPath}worksheet/`);
		await expect(page.getByText('without it, this is the standard version')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Question 4. Put the events in the order they happened.' })).toBeVisible();
		expectCleanWorksheet(await printedText(page, 'A4'));
		expectCleanWorksheet(await printedText(page, 'Letter'));
	});

	test('printing the article page gives the same worksheet', async ({ page }) => {
		await page.goto(typesPath);
		expectCleanWorksheet(await printedText(page, 'A4'));
	});
});

test('the worksheet gives each type a form for paper, and no order hints at an answer', async ({ page }) => {
	await page.goto(`${typesPath}worksheet/`);
	const question = (number: number) => page.locator('.sheet-question').nth(number - 1);
	await expect(question(1).getByRole('listitem')).toHaveText(['On Monday', 'On Thursday', 'In May']);
	await expect(question(3)).toContainText('Paragraph 1, sentence 2: Repairs cost more than planned.');
	// The bank lists order items first to last; the sheet must not.
	expect(await question(4).getByRole('listitem').allTextContents()).not.toEqual(bank.questions[3]!.items);
	await expect(question(5).getByRole('table')).toContainText('the work was rushed');
	await expect(question(5)).toContainText('Choices: A. A local builder B. The inspectors C. The mayor');
	await expectNoAxeViolations(page);
});

test('the key opens with its answers at a glance, in step with the full key in every version, each line linking to its entry', async ({ page }) => {
	for (const version of ['', '?seed=b']) {
		await page.goto(`${realArticlePath}key/${version}`);
		const grid = page.getByRole('region', { name: 'Answers at a glance' });
		const lines = grid.getByRole('listitem');
		await expect(lines).toHaveCount(readRealArticle().questions.length);
		const entries = page.locator('.key-entry');
		for (const index of [0, 1, 2]) {
			const line = lines.nth(index);
			// The grid's letters are the right options' letters in the full entry below it, in this version too.
			const letters = (await entries.nth(index).locator('dt:text-is("Answer") + dd li').allTextContents()).map((text) => /^(?:\d+: )?([A-Z])\. /.exec(text)?.[1]);
			await expect(line).toContainText(`Question ${index + 1}.`);
			if (letters.every(Boolean))
				await expect(line).toMatchAriaSnapshot(`- listitem:\n  - link "Question ${index + 1}."\n  - text: ${letters.join(', ')}`);
		}
		await lines.first().getByRole('link').click();
		await expect(entries.first()).toBeInViewport();
	}
	await expectNoAxeViolations(page);
});

test('the grid prints on one A4 page for 40 questions, and the full key starts on the next', async ({ page }) => {
	await page.goto(`${realArticlePath}key/`);
	// The real bank has fewer than 40 questions: its grid lines are repeated up to 40, as a longer bank would print.
	await page.locator('.answer-grid ol').evaluate((list) => {
		const lines = [...list.children];
		for (let index = lines.length; index < 40; index++) list.append(lines[index % lines.length]!.cloneNode(true));
	});
	await expect(page.getByRole('region', { name: 'Answers at a glance' }).getByRole('listitem')).toHaveCount(40);
	const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
	const { text } = await extractText(pdf);
	expect(text[0]).toContain('Answers at a glance');
	expect(text[0]!.match(/Question\s+\d+\./g)).toHaveLength(40);
	expect(text[1]).toMatch(/^\s*(Page 2 of \d+\s+)?Question 1\. /);
});

test('the answer key matches the bank, for every type', async ({ page }) => {
	await page.goto(`${typesPath}key/`);
	await expect(page.getByText('This key is public.')).toBeVisible();
	const entries = page.locator('.key-entry');
	await expect(entries).toHaveCount(bank.questions.length);
	for (const [index, question] of bank.questions.entries()) {
		const entry = entries.nth(index);
		await expect(entry.getByRole('heading')).toHaveText(`Question ${index + 1}. ${question.prompt}`);
		await expect(entry).toContainText(question.explanation);
		for (const { passage, quote } of question.evidence)
			await expect(entry.locator('li', { has: page.locator('q', { hasText: quote }) })).toContainText(
				`${passage === 'headline' ? 'The headline' : `Paragraph ${passage}`}: ${quote}`,
			);
		const answer = entry.locator('dt:text-is("Answer") + dd li');
		switch (question.type) {
			case 'single':
			case 'multiple': {
				const right = question.options!.flatMap((option, at) => (option.correct ? [`${'ABCD'[at]}. ${option.text}`] : []));
				await expect(answer).toHaveText(right);
				break;
			}
			case 'highlight':
				await expect(answer).toHaveText(
					question.evidence.map(({ passage, quote }) => new RegExp(`^Paragraph ${passage}, sentence \\d: ${quote}$`)),
				);
				break;
			case 'order':
				await expect(answer).toHaveText(question.items!.map((item, at) => new RegExp(`^${at + 1}: [A-Z]\\. ${item}$`)));
				break;
			case 'match':
				await expect(answer).toHaveText(question.pairs!.map(({ item, match }) => new RegExp(`^${item} → [A-Z]\\. ${match}$`)));
				break;
			case 'classify':
				await expect(answer).toHaveText(
					question.statements!.map(({ text, category }) => `${text} → ${'AB'[category === 'Fact' ? 0 : 1]}. ${category}`),
				);
				break;
			case 'open':
				await expect(entry.locator('dt:text-is("Model answer") + dd')).toHaveText(question.model!);
				await expect(entry.locator('dt:text-is("A good answer covers") + dd li')).toHaveText(question.checklist!);
		}
	}
	await expectNoAxeViolations(page);
});

test('the projector view shows one question at a time and works by keyboard alone', async ({ page }) => {
	await page.goto(`${typesPath}present/`);
	const position = page.getByRole('status');
	await expect(position).toHaveText('Question 1 of 7');
	await expect(page.getByRole('heading', { name: /^Question 1\./ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Question 2\./ })).toBeHidden();
	await expect(page.getByRole('complementary', { name: 'What it cites' })).toContainText('TESTVILLE, May 2.');

	await page.keyboard.press('ArrowRight');
	await expect(position).toHaveText('Question 2 of 7');
	await expect(page.getByRole('heading', { name: /^Question 2\./ })).toBeFocused();
	await expect(page.getByText('A. The mayor B. A local builder', { exact: false })).toHaveCount(0);
	await page.keyboard.press('a');
	await expect(page.locator('#slide-2 .slide-answer')).toContainText('A. The mayor');
	await expect(page.locator('#slide-2 .slide-answer li').first()).toBeVisible();
	await page.keyboard.press('e');
	await expect(page.locator('#slide-2 .slide-explanation').getByText('Two people speak in paragraph 3.')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.keyboard.press('ArrowLeft');
	await expect(position).toHaveText('Question 1 of 7');
	// The buttons work by keyboard too, and the address keeps the place for a reload.
	await page.getByRole('button', { name: 'Next' }).focus();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Enter');
	await expect(position).toHaveText('Question 3 of 7');
	await page.reload();
	await expect(position).toHaveText('Question 3 of 7');
	await page.goBack();
	await expect(position).toHaveText('Question 2 of 7');
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test("the teacher's page links every way to use the quiz, and copies a link", async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/articles/tass-2023-06-27-putin-lukashenko/teach/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText("Teacher's notes");
	for (const name of ['Learning objectives', 'Running the quiz', 'Discussion prompts', 'Lateral-reading extension'])
		await expect(page.getByRole('heading', { name })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Suggested timing: \d+ minutes$/ })).toBeVisible();
	await expect(page.getByText('It is a convenience, not a control')).toBeVisible();
	await expect(page.getByText(/never opens with a written question/)).toBeVisible();
	for (const [name, path] of [
		['The quiz in test mode', '?mode=test'],
		['The worksheet, to print', 'worksheet/'],
		['The answer key', 'key/'],
		['The projector view', 'present/'],
		['Version a of the quiz, in test mode', '?mode=test&seed=a'],
		['Version b of the quiz, in test mode', '?mode=test&seed=b'],
	])
		await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute(
			'href',
			`/articles/tass-2023-06-27-putin-lukashenko/${path}`,
		);
	await expect(page.getByRole('link', { name: 'The class page, to collect results' })).toHaveAttribute('href', '/class/');
	await page.getByRole('button', { name: 'Copy the link: The quiz in test mode', exact: true }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/articles\/tass-2023-06-27-putin-lukashenko\/\?mode=test$/);
	await expect(page.getByRole('status')).toHaveText(`Copied: ${copied}`);
	await expectNoAxeViolations(page);
});

test('a link with &lock hides the mode switch and says who chose the mode', async ({ page }) => {
	await openPage(page, `${typesPath}?mode=test&lock`);
	await expect(page.getByText('Mode: test, chosen by your teacher.')).toBeVisible();
	await expect(page.getByRole('group', { name: 'Mode' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Hand in' })).toBeVisible();
	// The mode leaves the address; the lock stays as the teacher wrote it, so a reload keeps the switch hidden.
	await expect(page).toHaveURL(/\/articles\/fixture-types\/\?lock$/);
	await page.reload();
	await expect(page.getByText('Mode: test, chosen by your teacher.')).toBeVisible();
	await expect(page.getByRole('group', { name: 'Mode' })).toHaveCount(0);
});
