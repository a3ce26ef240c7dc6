import { expect, test, type Page } from '@playwright/test';
import { fixturePath, waitForIslands } from './helpers.ts';

async function openQuiz(page: Page) {
	await page.goto(fixturePath);
	await waitForIslands(page);
}

const question = (page: Page, name: string) => page.getByRole('group', { name });
const score = (page: Page) => page.getByRole('status').filter({ hasText: 'answered' });

async function answer(page: Page, prompt: string, option: string) {
	const group = question(page, prompt);
	await group.getByRole('radio', { name: option }).check();
	await page.locator('form', { has: group }).getByRole('button', { name: 'Check answer' }).click();
}

test('a right answer says so, explains, and counts in the score', async ({ page }) => {
	await openQuiz(page);
	await expect(score(page)).toHaveText('0 of 3 answered, 0 correct');
	await answer(page, 'Question 1. Who voted to open the library early?', 'The council');
	const form = page.locator('form#who-voted');
	await expect(form.getByText('✓ Correct. Paragraph 1 says the council voted.')).toBeVisible();
	await expect(form.getByText('The sentence names the council as the one that voted.')).toBeVisible();
	await expect(form.getByText('The answer is:')).toHaveCount(0);
	await expect(score(page)).toHaveText('1 of 3 answered, 1 correct');
	await expect(form.getByRole('radio', { name: 'The council' })).toBeDisabled();
});

test('a wrong answer says so, shows the right one, and scores nothing', async ({ page }) => {
	await openQuiz(page);
	await answer(page, 'Question 1. Who voted to open the library early?', 'The mayor');
	const form = page.locator('form#who-voted');
	await expect(form.getByText('✗ Not quite. The mayor reported the vote; the council made it.')).toBeVisible();
	await expect(form.getByText('The answer is: The council')).toBeVisible();
	await expect(form.getByText('The sentence names the council as the one that voted.')).toBeVisible();
	await expect(score(page)).toHaveText('1 of 3 answered, 0 correct');
});

test('checking moves focus to the verdict, so keyboard users stay in place', async ({ page }) => {
	await openQuiz(page);
	await question(page, 'Question 2. Who called the plan "a bold step"?').getByRole('radio', { name: 'The critics' }).focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'A spokesperson' })).toBeChecked();
	await page.keyboard.press('Enter');
	const verdict = page.locator('form#bold-step .feedback');
	await expect(verdict).toBeFocused();
	await expect(verdict).toContainText('Correct.');
});

test('nothing is checked until an option is picked', async ({ page }) => {
	await openQuiz(page);
	await page.locator('form#who-voted').getByRole('button', { name: 'Check answer' }).click();
	await expect(score(page)).toHaveText('0 of 3 answered, 0 correct');
	await expect(page.locator('form#who-voted .feedback')).toBeEmpty();
});

test('answers and score survive a reload, and no wrong score is ever shown', async ({ page }) => {
	// Records every text the score area ever shows, from the first byte of HTML on.
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { scoresSeen: string[] }).scoresSeen = []);
		new MutationObserver(() => {
			const text = document.querySelector('.score')?.textContent;
			if (text && seen.at(-1) !== text) seen.push(text);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	await openQuiz(page);
	await answer(page, 'Question 1. Who voted to open the library early?', 'The council');
	await answer(page, 'Question 3. When will the library open? <script>alert(\'xss\')</script>', 'On Thursday');
	await expect(score(page)).toHaveText('2 of 3 answered, 1 correct');

	await page.reload();
	await waitForIslands(page);
	await expect(score(page)).toHaveText('2 of 3 answered, 1 correct');
	await expect(page.getByRole('radio', { name: 'The council' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'On Thursday' })).toBeChecked();
	await expect(page.locator('form#opening-day').getByText('✗ Not quite.')).toBeVisible();
	const seen = await page.evaluate(() => (window as unknown as { scoresSeen: string[] }).scoresSeen);
	expect(seen).toEqual(['3 questions', '2 of 3 answered, 1 correct']);
});

test('the evidence link scrolls to the quote, highlights it and focuses it', async ({ page }) => {
	await openQuiz(page);
	await answer(page, 'Question 2. Who called the plan "a bold step"?', 'A spokesperson');
	await page.getByRole('link', { name: 'paragraph 2: “A spokesperson called the plan "a bold step".”' }).click();
	const highlight = page.locator('#p2 mark');
	await expect(highlight).toHaveText('A spokesperson called the plan "a bold step".');
	await expect(highlight).toBeFocused();
	await expect(highlight).toBeInViewport();
	await expect(page).toHaveURL(/#p2$/);
	// The paragraph reads exactly as before; only the quoted words are marked.
	await expect(page.locator('#p2')).toContainText('A spokesperson called the plan "a bold step". Critics said the cost was too high.');
});

test('start over clears the answers after confirmation, and not without it', async ({ page }) => {
	await openQuiz(page);
	await answer(page, 'Question 1. Who voted to open the library early?', 'The council');

	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(score(page)).toHaveText('1 of 3 answered, 1 correct');

	page.once('dialog', (dialog) => {
		expect(dialog.message()).toBe('Clear all your answers to this article and start over?');
		return dialog.accept();
	});
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(score(page)).toHaveText('0 of 3 answered, 0 correct');
	await expect(page.getByRole('radio', { name: 'The council' })).toBeEnabled();
	await expect(page.getByRole('radio', { name: 'The council' })).not.toBeChecked();
	await page.reload();
	await waitForIslands(page);
	await expect(score(page)).toHaveText('0 of 3 answered, 0 correct');
});

test('a hint is there on request before answering', async ({ page }) => {
	await openQuiz(page);
	const form = page.locator('form#bold-step');
	await expect(form.getByText('Look for the word "called".')).toBeHidden();
	await form.getByText('Hint').click();
	await expect(form.getByText('Look for the word "called".')).toBeVisible();
});

test('markup in content shows as text and never runs, and nothing breaks the content security policy', async ({ page }) => {
	await page.addInitScript(() => {
		const violations: string[] = ((window as unknown as { violations: string[] }).violations = []);
		document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
	});
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		return dialog.dismiss();
	});
	await openQuiz(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council votes to open library <b>early</b> — mayor');
	await expect(page.locator('#p2')).toContainText(`<img src=x onerror="alert('xss')"> and **stars** stay as written.`);
	await expect(page.getByRole('group', { name: "Question 3. When will the library open? <script>alert('xss')</script>" })).toBeVisible();
	await expect(page.getByRole('radio', { name: '<em>Never</em>' })).toBeVisible();
	await expect(page.locator('#p2 img, main script, main em')).toHaveCount(0);
	await answer(page, 'Question 1. Who voted to open the library early?', 'The council');
	await page.getByRole('link', { name: /^paragraph 1:/ }).click();
	expect(dialogs).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});
