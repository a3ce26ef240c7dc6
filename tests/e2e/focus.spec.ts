import { expect, test } from '@playwright/test';
import { acceptNextDialog, checkAnswer, fixturePath, openPage, questionCard, typesPath } from './helpers.ts';

// Where focus lands after each action that removes or moves the control just used, and where Back goes.

test('"Try again" on an order question puts focus on the question’s first control', async ({ page }) => {
	await openPage(page, typesPath);
	const form = questionCard(page, 'repair-timeline');
	// Shown out of order at first, so checking as shown is wrong.
	await checkAnswer(page, 'repair-timeline');
	await form.getByRole('button', { name: 'Try again' }).click();
	// The first item's "move up" is disabled, so its "move down" is the first control.
	await expect(form.getByRole('button', { name: /^Move down: / }).first()).toBeFocused();
});

test('"Start over" puts focus on the first question, scrolled into view', async ({ page }) => {
	await openPage(page, fixturePath);
	await questionCard(page, 'opening-day').getByRole('radio', { name: 'On March 4' }).check();
	await checkAnswer(page, 'opening-day');
	acceptNextDialog(page, /^Clear all your answers/);
	await page.getByRole('button', { name: 'Start over' }).click();
	const first = questionCard(page, 'who-voted').getByRole('radio').first();
	await expect(first).toBeFocused();
	await expect(first).toBeInViewport();
});

test('"Hand in" puts focus on the results heading; "Start a new attempt" on question 1', async ({ page }) => {
	await openPage(page, `${fixturePath}?mode=test`);
	await questionCard(page, 'who-voted').getByRole('radio', { name: 'The council' }).check();
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	await expect(page.getByRole('heading', { name: 'Your results', exact: true })).toBeFocused();
	acceptNextDialog(page, /^Start a new attempt\?/);
	await page.getByRole('button', { name: 'Start a new attempt' }).click();
	await expect(questionCard(page, 'who-voted').getByRole('radio').first()).toBeFocused();
});

test('Back after following an evidence link returns to the question it came from, on the same page', async ({ page }) => {
	await page.goto('/');
	await openPage(page, fixturePath);
	await questionCard(page, 'bold-step').getByRole('radio', { name: 'A spokesperson' }).check();
	await checkAnswer(page, 'bold-step');
	const link = questionCard(page, 'bold-step').getByRole('link', { name: /^paragraph 2:/ });
	await link.click();
	await expect(page.locator('#p2 mark')).toBeFocused();
	await expect(page).toHaveURL(/#p2$/);

	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`${fixturePath}#q-bold-step$`));
	await expect(link).toBeFocused();
	await expect(link).toBeInViewport();

	// The way back offered beside the quote still works too.
	await link.click();
	await page.getByRole('link', { name: 'Back to question 2' }).click();
	await expect(questionCard(page, 'bold-step')).toBeInViewport();
});
