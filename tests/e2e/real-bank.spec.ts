import { expect, test } from '@playwright/test';
import { answerEveryQuestion, expectNoAxeViolations, openPage, progress, readRealArticle, realArticlePath } from './helpers.ts';

// The one end-to-end test on the real bank: every question can be answered and is scored.
// It never asserts which answer is right, so editing the bank's content cannot break it.

test('every question of the real bank accepts an answer and is scored', async ({ page }) => {
	test.slow(); // every question answered, then axe on the full page: heavy on two shared cores
	const { questions } = readRealArticle();
	await openPage(page, realArticlePath);
	await expect(page.locator('.question')).toHaveCount(questions.length);
	const scored = await answerEveryQuestion(page);
	const open = questions.length - scored;
	await expect(progress(page)).toHaveText(new RegExp(`^${scored} of ${scored} scored questions answered, \\d+ correct$`));
	await expect(
		page.getByText(
			new RegExp(`^Score: \\d+ of ${scored} scored questions\\. Written answers: ${open} of ${open} compared with the model answer\\.$`),
		),
	).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the background and the notes on the source open on demand', async ({ page }) => {
	const { meta } = readRealArticle();
	await openPage(page, realArticlePath);
	for (const [title, notes] of [
		['Background', meta.background],
		['About this source', meta.about],
	] as const) {
		const panel = page.locator('details.notes', { hasText: title });
		await expect(panel.getByRole('heading', { level: 3 }).first()).toBeHidden();
		await panel.getByText(title).click();
		await expect(panel.getByRole('heading', { level: 3 })).toHaveText(notes.map((note) => note.heading));
	}
});
