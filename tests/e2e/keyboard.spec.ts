import { expect, test, type Page } from '@playwright/test';
import { openPage, progress, questionCard, tabTo, typesPath } from './helpers.ts';

// Every type, completed with the keyboard alone: only page.keyboard acts; locators only read.

async function pressCheck(page: Page, id: string) {
	await tabTo(page, questionCard(page, id).getByRole('button', { name: /^(Check answer|Compare with the model answer)$/ }));
	await page.keyboard.press('Enter');
	await expect(questionCard(page, id).locator('.feedback')).toBeFocused();
}

test('one question of every type can be completed with the keyboard alone', async ({ page }) => {
	test.slow(); // many steps: heavy on two shared cores
	await openPage(page, typesPath);

	// single: Space picks the focused radio, Enter submits its form.
	const single = questionCard(page, 'reopen-day');
	await tabTo(page, single.getByRole('radio', { name: 'On Monday' }));
	await page.keyboard.press('Space');
	await page.keyboard.press('Enter');
	await expect(single.locator('.feedback')).toBeFocused();
	await expect(single.locator('.feedback')).toContainText('✓ Right.');

	// multiple: Space ticks each checkbox.
	const multiple = questionCard(page, 'who-spoke');
	for (const name of ['The mayor', 'A local builder']) {
		await tabTo(page, multiple.getByRole('checkbox', { name }));
		await page.keyboard.press('Space');
	}
	await pressCheck(page, 'who-spoke');
	await expect(multiple.locator('.feedback')).toContainText('✓ Right.');

	// highlight: the list in the question is the keyboard way to choose sentences.
	const highlight = questionCard(page, 'unsourced-sentence');
	await tabTo(page, highlight.getByRole('checkbox', { name: 'Repairs cost more than planned.' }));
	await page.keyboard.press('Space');
	await pressCheck(page, 'unsourced-sentence');
	await expect(highlight.locator('.feedback')).toContainText('✓ Right.');

	// order: Enter on "move up" moves the item, and focus stays with it.
	const wanted = ['The storm damages the roof', 'Workers replace the roof', 'Inspectors approve the building'];
	const order = questionCard(page, 'repair-timeline');
	for (const [target, text] of wanted.entries()) {
		const moveUp = order.getByRole('button', { name: `Move up: ${text}` });
		if ((await order.locator('.order .item').allTextContents()).indexOf(text) > target) await tabTo(page, moveUp);
		while ((await order.locator('.order .item').allTextContents()).indexOf(text) > target) {
			await page.keyboard.press('Enter');
			if (await moveUp.isEnabled()) await expect(moveUp).toBeFocused();
		}
	}
	await expect(order.locator('.order .item')).toHaveText(wanted);
	await pressCheck(page, 'repair-timeline');
	await expect(order.locator('.feedback')).toContainText('✓ Right.');

	// match and classify on a wide card: each row is a group of radio buttons under the choices; Space picks the first,
	// each ArrowRight moves the pick one further. (On a narrow card each row is a select: see layout.spec.ts.)
	for (const [id, rows] of [
		[
			'who-said-what',
			[
				['"a triumph of teamwork"', 2],
				['the work was rushed', 0],
			],
		],
		[
			'fact-or-opinion',
			[
				['Workers replaced the roof in April.', 0],
				['The repairs were a triumph of teamwork.', 1],
			],
		],
	] as const) {
		const form = questionCard(page, id);
		for (const [row, choice] of rows) {
			await tabTo(page, form.getByRole('radiogroup', { name: row }).getByRole('radio').first());
			await page.keyboard.press('Space');
			for (let step = 0; step < choice; step++) await page.keyboard.press('ArrowRight');
		}
		await pressCheck(page, id);
		await expect(form.locator('.feedback')).toContainText('✓ Right.');
	}

	// open: type, cite with Space, compare, then tick a covered point.
	const open = questionCard(page, 'neutral-headline');
	await tabTo(page, open.getByRole('textbox', { name: 'Your answer' }));
	await page.keyboard.type('Council says the town hall will reopen on Monday');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await pressCheck(page, 'neutral-headline');
	await tabTo(page, open.getByRole('checkbox', { name: 'Names who says it' }));
	await page.keyboard.press('Space');

	await expect(progress(page)).toHaveText('6 of 6 scored questions answered, 6 correct');
	await expect(page.getByText('Score: 6 of 6 scored questions. Written answers: 1 of 1 compared with the model answer.')).toBeVisible();
});

test('a highlight question can be answered by selecting sentences in the article, by keyboard alone', async ({ page }) => {
	await openPage(page, typesPath);
	const form = questionCard(page, 'unsourced-sentence');
	const toggle = form.getByRole('button', { name: 'Select in the article' });
	await tabTo(page, toggle);
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	const first = page.locator('#p1-s1');
	await expect(first).toBeFocused();
	await expect(first).toHaveAttribute('role', 'button');
	await page.keyboard.press('Tab');
	const second = page.getByRole('button', { name: 'Repairs cost more than planned.' });
	await expect(second).toBeFocused();
	await page.keyboard.press('Space');
	await expect(second).toHaveAttribute('aria-pressed', 'true');
	await expect(form.getByRole('checkbox', { name: 'Repairs cost more than planned.' })).toBeChecked();
	await page.keyboard.press('Enter');
	await expect(second).toHaveAttribute('aria-pressed', 'false');
	await page.keyboard.press('Enter');
	await pressCheck(page, 'unsourced-sentence');
	await expect(form.locator('.feedback')).toContainText('✓ Right.');
	// Once checked, the sentences are plain text again.
	await expect(page.locator('#p1-s2')).not.toHaveAttribute('role', 'button');
});
