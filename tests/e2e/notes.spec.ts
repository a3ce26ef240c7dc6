import { expect, test } from '@playwright/test';
import { checkAnswer, openPage, questionCard } from './helpers.ts';

// A two-part item and the article's notes, on a fixture article that has both.

const path = '/articles/fixture-notes/';

test('part A of a two-part item keeps its explanation and evidence back until part B is answered', async ({ page }) => {
	await openPage(page, path);
	const partA = questionCard(page, 'who-repaired');
	await partA.getByRole('radio', { name: 'The engineers' }).check();
	await checkAnswer(page, 'who-repaired');
	await expect(partA.locator('.feedback')).toContainText('✓ Right.');
	await expect(partA.getByText('The explanation and the evidence appear once you answer part B.')).toBeVisible();
	await expect(partA.getByRole('link', { name: /^paragraph 2:/ })).toHaveCount(0);
	// Both parts cite paragraph 2, so their links fold into one control after it, shown once a link may show.
	const fold = page.locator('#p2 + details').getByText('The questions on this passage');
	await expect(fold).toBeHidden();

	await questionCard(page, 'who-repaired-evidence').getByRole('checkbox', { name: 'Engineers repaired the pier in a week.' }).check();
	await checkAnswer(page, 'who-repaired-evidence');
	await expect(partA.getByText('The first sentence of paragraph 2 names the engineers.')).toBeVisible();
	await expect(partA.getByRole('link', { name: /^paragraph 2:/ })).toBeVisible();
	await fold.click();
	await expect(page.locator('#p2 + details').getByRole('link', { name: 'Question 1' })).toBeVisible();
});

test('the background note is open to all; the notes on the source are out of reach during a test, until it is handed in', async ({
	page,
}) => {
	await openPage(page, `${path}?mode=test`);
	await page.getByText('Background').click();
	await expect(page.getByText('The island has one harbour and about 900 residents.')).toBeVisible();
	await expect(page.getByText('About this source')).toBeHidden();

	page.on('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	await page.getByText('About this source').click();
	await expect(page.getByText("The ferry operator is owned by the island's council.")).toBeVisible();
});

test('in practice the notes on the source open on demand', async ({ page }) => {
	await openPage(page, path);
	await expect(page.getByText("The ferry operator is owned by the island's council.")).toBeHidden();
	await page.getByText('About this source').click();
	await expect(page.getByText("The ferry operator is owned by the island's council.")).toBeVisible();
});
