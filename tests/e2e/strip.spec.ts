import { expect, test, type Page } from '@playwright/test';
import { acceptNextDialog, checkAnswer, chooseRow, openPage, questionCard, typesPath } from './helpers.ts';

// The progress strip in the header: one link per question that shows where it stands, by shape and in words, and
// jumps to it; "Next question" after each answer; a skip link to the questions.

const dot = (page: Page, number: number) =>
	page.getByRole('navigation', { name: 'Questions' }).getByRole('link', { name: new RegExp(`^Question ${number}: `) });

test('the strip follows every state of a practice round, and each dot jumps to its question', async ({ page }) => {
	await openPage(page, typesPath);
	await expect(dot(page, 1)).toHaveAccessibleName('Question 1: Not answered');
	await questionCard(page, 'reopen-day').getByRole('radio', { name: 'On Monday' }).check();
	await checkAnswer(page, 'reopen-day');
	await expect(dot(page, 1)).toHaveAccessibleName('Question 1: Right');
	await expect(dot(page, 1)).toHaveText('✓');

	await questionCard(page, 'who-spoke').getByRole('checkbox', { name: 'The inspectors' }).check();
	await checkAnswer(page, 'who-spoke');
	await questionCard(page, 'who-spoke').getByRole('button', { name: 'Show the answer' }).click();
	await expect(dot(page, 2)).toHaveAccessibleName('Question 2: Not right');
	await expect(dot(page, 2)).toHaveText('✗');

	const open = questionCard(page, 'neutral-headline');
	await open.getByRole('textbox', { name: 'Your answer' }).fill('Council says the hall reopens');
	await expect(dot(page, 7)).toHaveAccessibleName('Question 7: Written, not yet compared with the model answer');
	await expect(dot(page, 7)).toHaveText('✎');

	await dot(page, 6).click();
	await expect(page).toHaveURL(/#q-fact-or-opinion$/);
	await expect(questionCard(page, 'fact-or-opinion')).toBeInViewport();
});

test('in a test the strip shows partly answered and answered, and the verdicts once handed in', async ({ page }) => {
	await openPage(page, `${typesPath}?mode=test`);
	await chooseRow(questionCard(page, 'who-said-what'), 'the work was rushed', 'A local builder');
	await expect(dot(page, 5)).toHaveAccessibleName('Question 5: Partly answered');
	await expect(dot(page, 5)).toHaveText('◐');
	await questionCard(page, 'reopen-day').getByRole('radio', { name: 'In May' }).check();
	await expect(dot(page, 1)).toHaveAccessibleName('Question 1: Answered');
	acceptNextDialog(page, /Hand in anyway\?/);
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	await expect(dot(page, 1)).toHaveAccessibleName('Question 1: Not right');
	await expect(dot(page, 3)).toHaveAccessibleName('Question 3: Not answered');
});

test('"Next question" moves on to the next question, and a skip link leads to the questions', async ({ page }) => {
	await openPage(page, typesPath);
	await questionCard(page, 'reopen-day').getByRole('radio', { name: 'On Monday' }).check();
	await checkAnswer(page, 'reopen-day');
	await questionCard(page, 'reopen-day').getByRole('button', { name: 'Next question' }).click();
	await expect(questionCard(page, 'who-spoke').getByRole('checkbox', { name: 'The mayor' })).toBeFocused();

	await page.goto(typesPath);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the questions' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Questions', exact: true })).toBeInViewport();
});
