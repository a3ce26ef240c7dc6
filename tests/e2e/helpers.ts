import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitParagraphs } from '../../src/core/text/passages.ts';

export const realArticleId = 'tass-2023-06-27-putin-lukashenko';
// Paths are relative to the site's base, so the same tests run on a build published under a sub-folder.
export const realArticlePath = `articles/${realArticleId}/`;
/** A small article with three single-choice questions. */
export const fixturePath = 'articles/fixture-quiz/';
/** A small article with one question of every type. */
export const typesPath = 'articles/fixture-types/';

/**
 * Opens a page and waits until every island on it has rendered in the browser. The questions render once the quiz
 * comes near the view, so the quiz is scrolled to and the page back to its top, as a reader scrolling down would,
 * once every question is built.
 */
export async function openPage(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await waitForIslands(page);
}

export async function waitForIslands(page: Page): Promise<void> {
	// A page just opened, such as the studio's preview, has no islands until its script has filled it: none left to
	// mount is no answer until then.
	await page.waitForLoadState();
	await expect(page.locator('[data-island]:not([data-mounted])')).toHaveCount(0);
	const quiz = page.locator('section.quiz');
	if ((await quiz.count()) === 0) return;
	await quiz.scrollIntoViewIfNeeded();
	await expect(page.locator('.question').first()).toBeAttached();
	// The rest of the questions are built while the browser is idle; the list is busy until they all are.
	await expect(page.locator('.questions[aria-busy="true"]')).toHaveCount(0);
	await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
}

/** The progress line in the page header. */
export const progress = (page: Page) => page.getByRole('status').filter({ hasText: 'answered' });

/** A question's card, by its id. */
export const questionCard = (page: Page, id: string) => page.locator(`#q-${id}`);

/** A sentence of the article, once a highlight question has made it a button to select. */
export const sentenceInArticle = (page: Page, name: string | RegExp) => page.locator('article.article').getByRole('button', { name });

/** Opens the results' list of every question's status, folded while the quiz goes on. */
export const openStatuses = (page: Page) => page.getByText('Every question, and where it stands').click();

/** The row of the results list for question `number`, as the learner counts them. */
export const resultsRow = (page: Page, number: number) =>
	page.locator('.statuses > li').filter({ has: page.getByRole('link', { name: `Question ${number}`, exact: true }) });

/** match and classify: picks `choice` for the row whose words are `row`, in the grid of a wide card or the select of a narrow one. */
export async function chooseRow(form: Locator, row: string, choice: string): Promise<void> {
	const grid = form.getByRole('radiogroup', { name: row, exact: true });
	if (await grid.isVisible()) await grid.getByRole('radio', { name: choice, exact: true }).check();
	else await form.getByRole('combobox', { name: row, exact: true }).selectOption(choice);
}

/** Presses Tab until `target` has focus: the keyboard's way to it. */
export async function tabTo(page: Page, target: Locator) {
	for (let presses = 0; presses < 80; presses++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${target}`);
}

/**
 * Gives every question on the page an answer and checks it: the first option, sentence or choice of each row, the
 * order as shown, and for a written question `written` with its first passage cited. It asserts nothing about which
 * answer is right, so editing a bank's content cannot break it. Returns how many questions were scored.
 */
export async function answerEveryQuestion(page: Page, written = 'An answer written for the test.'): Promise<number> {
	// Questions answered already, before this was called, count in the progress line too.
	let scored = await page.locator('.question fieldset:disabled').count();
	// On a phone the questions come one at a time: each next one is reached with the bar's Next.
	const pager = page.getByRole('navigation', { name: 'Question by question' });
	const paged = await pager.isVisible();
	for (const [index, form] of (await page.locator('.question').all()).entries()) {
		if (paged && index > 0) {
			await pager.getByRole('button', { name: 'Next ›' }).click();
			await expect(pager.getByRole('status')).toHaveText(new RegExp(`^Question ${index + 1} of`));
		}
		if (await form.locator('fieldset:disabled').count()) continue;
		if (await form.locator('textarea').count()) {
			await form.locator('textarea').fill(written);
			await form.getByRole('checkbox').first().check();
			await form.getByRole('button', { name: 'Compare with the model answer' }).click();
			await expect(form.getByText('A model answer:')).toBeVisible();
			continue;
		}
		// Match and classify: a radio group per row on a wide card, a select on a narrow one.
		const groups = await form.getByRole('radiogroup').all();
		const selects = await form.getByRole('combobox').all();
		for (const group of groups) await group.getByRole('radio').first().check();
		for (const select of selects) await select.selectOption({ index: 1 });
		if (!groups.length && !selects.length && !(await form.locator('.order').count())) {
			// Single, multiple and highlight: the first option or sentence.
			await form.locator('input').first().check();
		}
		await form.getByRole('button', { name: 'Check answer' }).click();
		await expect(form.locator('.feedback')).toContainText(/Right\.|Not right yet\./);
		scored++;
		await expect(progress(page)).toContainText(`${scored} of `);
	}
	return scored;
}

/** Checks the answer of a question's card with its button. */
export async function checkAnswer(page: Page, id: string): Promise<void> {
	await questionCard(page, id)
		.getByRole('button', { name: /^(Check answer|Compare with the model answer)$/ })
		.click();
}

/** Runs axe with every rule up to WCAG 2.2 AA, excluding nothing, and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map(
		(violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
	);
	expect(summary).toEqual([]);
}

/** Accepts the next confirmation dialog, checking what it asks. */
export function acceptNextDialog(page: Page, message: string | RegExp): void {
	page.once('dialog', (dialog) => {
		expect(dialog.message()).toMatch(message);
		return dialog.accept();
	});
}

/** The real article as its content file has it, for comparing with what the page shows. */
export function readRealArticle() {
	const text = readFileSync(`content/articles/${realArticleId}.md`, 'utf8');
	const [, frontmatter = '', body = ''] = text.split(/^---$/m);
	const bank = parse(readFileSync(`content/questions/${realArticleId}.yaml`, 'utf8')) as {
		questions: {
			id: string;
			type: string;
			prompt: string;
			options?: { text: string; correct?: boolean }[];
			evidence: { passage: number | string }[];
		}[];
	};
	return {
		meta: parse(frontmatter) as { title: string; standfirst: string; source: string } & Record<
			'background' | 'about',
			{ heading: string }[]
		>,
		paragraphs: splitParagraphs(body),
		questions: bank.questions,
	};
}
