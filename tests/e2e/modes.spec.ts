import { expect, test } from '@playwright/test';
import { acceptNextDialog, checkAnswer, fixturePath, openPage, progress, questionCard, waitForIslands, chooseRow } from './helpers.ts';

test('test mode reveals nothing until the quiz is handed in, then gives a full review', async ({ page }) => {
	await openPage(page, `${fixturePath}?mode=test`);
	await expect(page.getByRole('radio', { name: /^Test/ })).toBeChecked();
	const first = questionCard(page, 'who-voted');
	await first.getByRole('radio', { name: 'The mayor' }).check();
	// Answers can be changed until handing in; nothing is judged, marked or counted as right.
	await first.getByRole('radio', { name: 'The council' }).check();
	await questionCard(page, 'bold-step').getByRole('radio', { name: 'The critics' }).check();
	await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
	await expect(first.locator('.feedback')).toBeEmpty();
	await expect(progress(page)).toHaveText('2 of 3 answered');
	await expect(page.locator('[data-question]:visible')).toHaveCount(0);
	await expect(page.getByText(/^Score:/)).toHaveCount(0);
	await expect(page.locator('.statuses')).toContainText('Question 1: Who voted to open the library early? — Answered');

	// Handing in with questions left asks first; declining keeps the test open.
	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	await expect(page.getByRole('button', { name: 'Hand in the test' })).toBeVisible();
	// A double click hands in once.
	page.on('dialog', (dialog) => {
		expect(dialog.message()).toBe('You have finished 2 of 3 questions. Hand in anyway?');
		return dialog.accept();
	});
	await page.getByRole('button', { name: 'Hand in the test' }).dblclick();
	await expect(page.getByText('Score: 1 of 3')).toBeVisible();
	const submitted = await page.evaluate(() => JSON.parse(localStorage.getItem('underline:v2:quiz:fixture-quiz')!).submitted);
	expect(typeof submitted).toBe('number');
	await expect(progress(page)).toHaveText('2 of 3 answered, 1 correct');
	await expect(first.locator('.feedback')).toContainText('✓ Right.');
	await expect(questionCard(page, 'bold-step').locator('.feedback')).toContainText('✗ Not right.');
	await expect(page.locator('.statuses')).toContainText('Question 2: Who called the plan "a bold step"? — ✗ Not right');
	await expect(page.locator('#p1').getByRole('link', { name: 'Question 1' })).toBeVisible();
	// Frozen after handing in: no retry.
	await expect(first.getByRole('radio', { name: 'The mayor' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);

	page.removeAllListeners('dialog');
	acceptNextDialog(page, /^Start a new attempt\?/);
	await page.getByRole('button', { name: 'Start a new attempt' }).click();
	await expect(progress(page)).toHaveText('0 of 3 answered');
	await expect(first.getByRole('radio', { name: 'The council' })).toBeEnabled();
	await expect(first.getByRole('radio', { name: 'The council' })).not.toBeChecked();
});

test('a test link asks before it discards practice answers', async ({ page }) => {
	await openPage(page, fixturePath);
	await questionCard(page, 'who-voted').getByRole('radio', { name: 'The council' }).check();
	await checkAnswer(page, 'who-voted');

	page.once('dialog', (dialog) => dialog.dismiss());
	await openPage(page, `${fixturePath}?mode=test`);
	await expect(page.getByRole('radio', { name: /^Practice/ })).toBeChecked();
	await expect(progress(page)).toHaveText('1 of 3 answered, 1 correct');

	acceptNextDialog(page, 'Switch to test mode? Your answers to this article will be cleared.');
	await openPage(page, `${fixturePath}?mode=test`);
	await expect(page.getByRole('radio', { name: /^Test/ })).toBeChecked();
	await expect(progress(page)).toHaveText('0 of 3 answered');
});

test('a test link leaves the address once answered, whichever the answer, so a reload does not ask again', async ({ page }) => {
	await openPage(page, fixturePath);
	await questionCard(page, 'who-voted').getByRole('radio', { name: 'The council' }).check();
	await checkAnswer(page, 'who-voted');
	for (const [answer, mode] of [
		['dismiss', /^Practice/],
		['accept', /^Test/],
	] as const) {
		page.once('dialog', (dialog) => dialog[answer]());
		await openPage(page, `${fixturePath}?mode=test#p2`);
		await expect(page.getByRole('radio', { name: mode })).toBeChecked();
		await expect(page).toHaveURL(new RegExp(`${fixturePath}#p2$`));
	}
	let asked = false;
	page.on('dialog', (dialog) => ((asked = true), dialog.dismiss()));
	await page.reload();
	await expect(page.getByRole('radio', { name: /^Test/ })).toBeChecked();
	expect(asked).toBe(false);
});

test('switching mode on the page asks first when there are answers, and keeps them if declined', async ({ page }) => {
	await openPage(page, fixturePath);
	await questionCard(page, 'who-voted').getByRole('radio', { name: 'The council' }).check();
	await checkAnswer(page, 'who-voted');
	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('radio', { name: /^Test/ }).click();
	await expect(page.getByRole('radio', { name: /^Practice/ })).toBeChecked();
	await expect(progress(page)).toHaveText('1 of 3 answered, 1 correct');
	acceptNextDialog(page, /^Switch to test mode\?/);
	await page.getByRole('radio', { name: /^Test/ }).check();
	await expect(progress(page)).toHaveText('0 of 3 answered');
});

test('a partly answered question in a test is kept as it is across a reload', async ({ page }) => {
	await openPage(page, '/articles/fixture-types/?mode=test');
	const match = questionCard(page, 'who-said-what');
	await chooseRow(match, 'the work was rushed', 'A local builder');
	await page.reload();
	await waitForIslands(page);
	await expect(
		match.getByRole('radiogroup', { name: 'the work was rushed' }).getByRole('radio', { name: 'A local builder' }),
	).toBeChecked();
	await expect(page.getByRole('alert')).toHaveCount(0);
	acceptNextDialog(page, 'You have finished 0 of 6 scored questions; 1 more is only partly answered. Hand in anyway?');
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	await expect(match.getByText('✗ Wrong: the answer is The mayor.')).toBeVisible();
});

test('a test handed in with no answers can still be started again', async ({ page }) => {
	await openPage(page, `${fixturePath}?mode=test`);
	page.on('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	await expect(page.getByText('Score: 0 of 3.')).toBeVisible();
	await page.getByRole('button', { name: 'Start a new attempt' }).click();
	await expect(page.getByRole('button', { name: 'Hand in the test' })).toBeVisible();
});
