import { expect, test, type Page } from '@playwright/test';
import {
	acceptNextDialog,
	checkAnswer,
	expectNoAxeViolations,
	openPage,
	questionCard,
	sentenceInArticle,
	realArticlePath,
	typesPath,
	chooseRow,
} from './helpers.ts';

/** Answers the single, multiple and match questions: `right` or wrong, leaving the rest unanswered. */
async function answerSome(page: Page, right: boolean) {
	await questionCard(page, 'reopen-day')
		.getByRole('radio', { name: right ? 'On Monday' : 'On Thursday' })
		.check();
	await questionCard(page, 'who-spoke').getByRole('checkbox', { name: 'The mayor' }).check();
	if (right) await questionCard(page, 'who-spoke').getByRole('checkbox', { name: 'A local builder' }).check();
	const match = questionCard(page, 'who-said-what');
	await chooseRow(match, '"a triumph of teamwork"', right ? 'The mayor' : 'A local builder');
	await chooseRow(match, 'the work was rushed', 'A local builder');
}

test('the index page has no axe violations', async ({ page }) => {
	await openPage(page, '/');
	await expectNoAxeViolations(page);
});

test('the real article page has no axe violations before answering (after answering: see real-bank.spec.ts)', async ({ page }) => {
	test.slow(); // axe on a full page, or many steps: heavy on two shared cores
	await openPage(page, realArticlePath);
	await expectNoAxeViolations(page);
});

test('on a phone, one question at a time has no axe violations: with its passage open, judged beside the skill chart, and as a list', async ({
	page,
}) => {
	test.slow(); // axe on a full page, three times
	await page.setViewportSize({ width: 390, height: 844 });
	await openPage(page, realArticlePath);
	const shown = page.locator('.question:visible');
	await shown.getByRole('button', { name: 'Show the passage' }).click();
	await expect(shown.getByRole('figure')).not.toHaveCount(0);
	// As Next leaves it: the question's top just below the bar, which covers nothing of it.
	await shown.evaluate((form) => form.scrollIntoView({ behavior: 'instant' }));
	await expectNoAxeViolations(page);
	await shown.locator('input').first().check();
	await shown.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('list', { name: 'Your score by skill' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Show all questions' }).click();
	await expectNoAxeViolations(page);
});

test('practice mode has no axe violations unanswered, answered right, answered wrong, revealed, and with evidence shown', async ({
	page,
}) => {
	test.slow(); // axe on a full page, or many steps: heavy on two shared cores
	await openPage(page, typesPath);
	await expectNoAxeViolations(page);
	await answerSome(page, false);
	for (const id of ['reopen-day', 'who-spoke', 'who-said-what']) await checkAnswer(page, id);
	await expectNoAxeViolations(page);
	await questionCard(page, 'reopen-day').getByRole('button', { name: 'Show the answer' }).click();
	await questionCard(page, 'who-spoke').getByRole('button', { name: 'Try again' }).click();
	await questionCard(page, 'who-spoke').getByRole('checkbox', { name: 'A local builder' }).check();
	await checkAnswer(page, 'who-spoke');
	await questionCard(page, 'unsourced-sentence').getByRole('button', { name: 'Select in the article' }).click();
	await sentenceInArticle(page, 'Repairs cost more than planned.').click();
	await expectNoAxeViolations(page);
	await questionCard(page, 'who-spoke').getByRole('link').first().click();
	await expectNoAxeViolations(page);
	acceptNextDialog(page, /^Clear all your answers/);
	await page.getByRole('button', { name: 'Start over' }).click();
	await answerSome(page, true);
	for (const id of ['reopen-day', 'who-spoke', 'who-said-what']) await checkAnswer(page, id);
	await expectNoAxeViolations(page);
});

test('test mode has no axe violations before and after handing in', async ({ page }) => {
	test.slow(); // axe on a full page, or many steps: heavy on two shared cores
	await openPage(page, `${typesPath}?mode=test`);
	await expectNoAxeViolations(page);
	await answerSome(page, false);
	await expectNoAxeViolations(page);
	page.on('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	await expect(page.getByText(/^Score:/)).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Start a new attempt' }).click();
	await answerSome(page, true);
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	await expectNoAxeViolations(page);
});

test('the open question has no axe violations after comparing with the model answer', async ({ page }) => {
	await openPage(page, typesPath);
	const form = questionCard(page, 'neutral-headline');
	await form.getByRole('textbox', { name: 'Your answer' }).fill('Council says the hall reopens');
	await form.getByRole('checkbox', { name: 'the headline' }).check();
	await checkAnswer(page, 'neutral-headline');
	await expectNoAxeViolations(page);
});

test('the worksheet shown when the quiz cannot load has no axe violations', async ({ page }) => {
	// axe needs JavaScript itself, so the islands' scripts are blocked instead of JavaScript as a whole.
	await page.route('**/_astro/*.js', (route) => route.abort());
	await page.goto(typesPath);
	await expect(
		page.getByText('The quiz could not load. Reload the page to try again; meanwhile the questions are listed below as a worksheet.'),
	).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the class page, before any results are added, has no axe violations', async ({ page }) => {
	await page.goto('/class/');
	await expect(page.getByRole('heading', { name: 'Add results' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the answer key, the worksheet and the projector view with the answer shown have no axe violations on the real article', async ({
	page,
}) => {
	for (const path of ['key/', 'worksheet/', 'teach/']) {
		await page.goto(`/articles/tass-2023-06-27-putin-lukashenko/${path}`);
		await expectNoAxeViolations(page);
	}
	await page.goto('/articles/tass-2023-06-27-putin-lukashenko/present/#slide-5');
	await page.keyboard.press('a');
	await page.keyboard.press('e');
	await expectNoAxeViolations(page);
});

test('selecting sentences in the article has no axe violations', async ({ page }) => {
	await openPage(page, typesPath);
	await questionCard(page, 'unsourced-sentence').getByRole('button', { name: 'Select in the article' }).click();
	await sentenceInArticle(page, 'Repairs cost more than planned.').click();
	await expect(sentenceInArticle(page, 'Repairs cost more than planned.')).toHaveAttribute('aria-pressed', 'true');
	await expectNoAxeViolations(page);
});
