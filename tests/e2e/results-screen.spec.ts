import { expect, test } from '@playwright/test';
import { checkAnswer, expectNoAxeViolations, fixturePath, openPage, questionCard, resultsRow } from './helpers.ts';

// The results screen: a large score with a word on it, skills that lead to their questions, a filter for mistakes,
// and what to do next.

test('the results give the score with a message, skills that jump to their questions, and a mistakes filter', async ({ page }) => {
	await openPage(page, fixturePath);
	await questionCard(page, 'who-voted').getByRole('radio', { name: 'The council' }).check();
	await checkAnswer(page, 'who-voted');
	await questionCard(page, 'bold-step').getByRole('radio', { name: 'The critics' }).check();
	await checkAnswer(page, 'bold-step');
	await questionCard(page, 'bold-step').getByRole('button', { name: 'Show the answer' }).click();
	await questionCard(page, 'opening-day').getByRole('radio', { name: 'On March 4' }).check();
	await checkAnswer(page, 'opening-day');

	await expect(page.getByText('Score: 2 of 3.')).toBeVisible();
	await expect(page.getByText('A good base: look again at the ones you missed, and at where their evidence is.')).toBeVisible();
	await page.getByRole('link', { name: 'Attribution' }).click();
	await expect(page).toHaveURL(/#q-bold-step$/);

	const filter = page.getByRole('button', { name: 'Review my mistakes' });
	await filter.click();
	await expect(filter).toHaveAttribute('aria-pressed', 'true');
	await expect(resultsRow(page, 2)).toBeVisible();
	await expect(resultsRow(page, 2).locator('.chip')).toHaveText('✗ Not right');
	await expect(resultsRow(page, 1)).toBeHidden();
	await expectNoAxeViolations(page);
	await filter.click();
	await expect(resultsRow(page, 1)).toBeVisible();

	await expect(page.getByText('Next: try it again as a test.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'try it again as a test' })).toHaveAttribute('href', '?mode=test');
});

test("while the quiz goes on, every question's status is folded under one control that opens by keyboard, and it opens once the quiz is done", async ({
	page,
}) => {
	await openPage(page, fixturePath);
	await questionCard(page, 'who-voted').getByRole('radio', { name: 'The council' }).check();
	await checkAnswer(page, 'who-voted');
	const fold = page.getByText('Every question, and where it stands');
	await expect(fold).toBeVisible();
	await expect(resultsRow(page, 1)).toBeHidden();
	await fold.focus();
	await page.keyboard.press('Enter');
	await expect(resultsRow(page, 1)).toContainText('✓ Right');
	await expect(resultsRow(page, 1)).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(resultsRow(page, 1)).toBeHidden();

	await questionCard(page, 'bold-step').getByRole('radio', { name: 'The critics' }).check();
	await checkAnswer(page, 'bold-step');
	await questionCard(page, 'opening-day').getByRole('radio', { name: 'On March 4' }).check();
	await checkAnswer(page, 'opening-day');
	await expect(resultsRow(page, 3)).toBeVisible();
	await expectNoAxeViolations(page);
});
