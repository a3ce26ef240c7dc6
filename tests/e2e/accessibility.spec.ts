import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, fixturePath, realArticlePath, waitForIslands } from './helpers.ts';

test('the index page has no axe violations', async ({ page }) => {
	await page.goto('/');
	await expectNoAxeViolations(page);
});

test('the article page has no axe violations, before and after answering', async ({ page }) => {
	await page.goto(realArticlePath);
	await waitForIslands(page);
	await expectNoAxeViolations(page);
	const first = page.locator('form').first();
	await first.getByRole('radio').first().check();
	await first.getByRole('button', { name: 'Check answer' }).click();
	await first.getByRole('link').first().click();
	await expectNoAxeViolations(page);
});

test('the quiz has no axe violations with right and wrong answers shown', async ({ page }) => {
	await page.goto(fixturePath);
	await waitForIslands(page);
	await expectNoAxeViolations(page);
	for (const [id, option] of [
		['who-voted', 'The council'],
		['bold-step', 'The critics'],
	] as const) {
		const form = page.locator(`form#${id}`);
		await form.getByRole('radio', { name: option }).check();
		await form.getByRole('button', { name: 'Check answer' }).click();
	}
	await page.locator('form#bold-step .evidence a').first().click();
	await expectNoAxeViolations(page);
});

test('the worksheet shown when the quiz cannot load has no axe violations', async ({ page }) => {
	// axe needs JavaScript itself, so the islands' scripts are blocked instead of JavaScript as a whole.
	await page.route('**/_astro/*.js', (route) => route.abort());
	await page.goto(realArticlePath);
	await expect(page.getByText('These questions become interactive when JavaScript is on.')).toBeVisible();
	await expectNoAxeViolations(page);
});
