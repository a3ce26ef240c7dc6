import { expect, test, type Page } from '@playwright/test';
import { checkAnswer, openPage, progress, questionCard, sentenceInArticle, typesPath, chooseRow } from './helpers.ts';

// One question of each type, in practice mode, on the fixture article that has them all.

const timeline = ['The storm damages the roof', 'Workers replace the roof', 'Inspectors approve the building'];

/** Moves the order question's items with its buttons until they read as `wanted`. */
async function arrange(page: Page, wanted: string[]) {
	const form = questionCard(page, 'repair-timeline');
	for (const [target, text] of wanted.entries()) {
		let items = await form.locator('.order .item').allTextContents();
		while (items.indexOf(text) > target) {
			await form.getByRole('button', { name: `Move up: ${text}` }).click();
			items = await form.locator('.order .item').allTextContents();
		}
	}
	await expect(form.locator('.order .item')).toHaveText(wanted);
}

async function answerAllRight(page: Page) {
	await questionCard(page, 'reopen-day').getByRole('radio', { name: 'On Monday' }).check();
	await checkAnswer(page, 'reopen-day');
	const spoke = questionCard(page, 'who-spoke');
	await spoke.getByRole('checkbox', { name: 'The mayor' }).check();
	await spoke.getByRole('checkbox', { name: 'A local builder' }).check();
	await checkAnswer(page, 'who-spoke');
	await questionCard(page, 'unsourced-sentence').getByRole('checkbox', { name: 'Repairs cost more than planned.' }).check();
	await checkAnswer(page, 'unsourced-sentence');
	await arrange(page, timeline);
	await checkAnswer(page, 'repair-timeline');
	const match = questionCard(page, 'who-said-what');
	await chooseRow(match, '"a triumph of teamwork"', 'The mayor');
	await chooseRow(match, 'the work was rushed', 'A local builder');
	await checkAnswer(page, 'who-said-what');
	const classify = questionCard(page, 'fact-or-opinion');
	await chooseRow(classify, 'Workers replaced the roof in April.', 'Fact');
	await chooseRow(classify, 'The repairs were a triumph of teamwork.', 'Opinion');
	await checkAnswer(page, 'fact-or-opinion');
}

test('every auto-scored type accepts its right answer and scores it', async ({ page }) => {
	await openPage(page, typesPath);
	await expect(progress(page)).toHaveText('0 of 6 scored questions answered, 0 correct');
	await answerAllRight(page);
	for (const id of ['reopen-day', 'who-spoke', 'unsourced-sentence', 'repair-timeline', 'who-said-what', 'fact-or-opinion']) {
		await expect(questionCard(page, id).locator('.feedback')).toContainText('✓ Right.');
	}
	await expect(progress(page)).toHaveText('6 of 6 scored questions answered, 6 correct');
	await expect(page.getByText('Score: 6 of 6 scored questions. Written answers: 0 of 1 compared with the model answer.')).toBeVisible();
	const attribution = page.getByRole('list', { name: 'Your score by skill' }).getByRole('listitem').filter({ hasText: 'Attribution' });
	await expect(attribution).toHaveText('Attribution3 of 3');
	// Nothing missed, nothing to review first.
	await expect(page.getByText(/^Review first/)).toHaveCount(0);
});

test('multiple choice: one right option missing is wrong, and every option gets its feedback', async ({ page }) => {
	await openPage(page, typesPath);
	const form = questionCard(page, 'who-spoke');
	await form.getByRole('checkbox', { name: 'The mayor' }).check();
	await checkAnswer(page, 'who-spoke');
	await expect(form.locator('.feedback')).toContainText('✗ Not right yet. Look for verbs of saying.');
	await form.getByRole('button', { name: 'Show the answer' }).click();
	await expect(form.getByText('✓ Right. The mayor "called" the repairs a triumph.')).toBeVisible();
	await expect(form.getByText('✓ Right answer. The builder "said" the work was rushed.')).toBeVisible();
	await expect(progress(page)).toHaveText('1 of 6 scored questions answered, 0 correct');
});

test('multiple choice: one extra wrong option is wrong', async ({ page }) => {
	await openPage(page, typesPath);
	const form = questionCard(page, 'who-spoke');
	for (const name of ['The mayor', 'A local builder', 'The inspectors']) await form.getByRole('checkbox', { name }).check();
	await checkAnswer(page, 'who-spoke');
	await form.getByRole('button', { name: 'Show the answer' }).click();
	await expect(form.getByText('✗ Wrong. The inspectors approved the building; they are not quoted.')).toBeVisible();
	await expect(progress(page)).toHaveText('1 of 6 scored questions answered, 0 correct');
});

test('highlight: sentences can be selected in the article itself, and a wrong one is marked', async ({ page }) => {
	await openPage(page, typesPath);
	const form = questionCard(page, 'unsourced-sentence');
	const toggle = form.getByRole('button', { name: 'Select in the article' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await sentenceInArticle(page, /^TESTVILLE, May 2/).click();
	await expect(form.getByRole('checkbox', { name: /^TESTVILLE, May 2/ })).toBeChecked();
	await expect(page.locator('#p1-s1')).toHaveAttribute('data-selected', '');
	await checkAnswer(page, 'unsourced-sentence');
	await form.getByRole('button', { name: 'Show the answer' }).click();
	await expect(form.getByText('✗ Wrong. That sentence says who said it.')).toBeVisible();
	await expect(form.getByText('✓ Right answer.')).toBeVisible();
	// Once answered, the article is plain text again.
	await expect(page.locator('[data-selectable]')).toHaveCount(0);
});

test('order: starts out of order, and a wrong order says which items are misplaced', async ({ page }) => {
	await openPage(page, typesPath);
	const form = questionCard(page, 'repair-timeline');
	await expect(form.locator('.order .item')).not.toHaveText(timeline);
	await arrange(page, [timeline[1]!, timeline[0]!, timeline[2]!]);
	await checkAnswer(page, 'repair-timeline');
	await form.getByRole('button', { name: 'Show the answer' }).click();
	await expect(form.locator('.order li').nth(0)).toContainText('✗ Wrong place: it belongs at number 2.');
	await expect(form.locator('.order .position')).toHaveText(['1', '2', '3']);
	await expect(form.locator('.order li').nth(2)).toContainText('✓ Right place.');
});

test('match and classify: feedback for each row, with the right choice for a wrong one', async ({ page }) => {
	await openPage(page, typesPath);
	const match = questionCard(page, 'who-said-what');
	await chooseRow(match, '"a triumph of teamwork"', 'A local builder');
	await chooseRow(match, 'the work was rushed', 'A local builder');
	await checkAnswer(page, 'who-said-what');
	await match.getByRole('button', { name: 'Show the answer' }).click();
	await expect(match.getByText('✗ Wrong: the answer is The mayor. The mayor called the repairs this.')).toBeVisible();
	await expect(match.getByText('✓ Right. The builder said this.')).toBeVisible();

	const classify = questionCard(page, 'fact-or-opinion');
	await chooseRow(classify, 'Workers replaced the roof in April.', 'Fact');
	await chooseRow(classify, 'The repairs were a triumph of teamwork.', 'Fact');
	await checkAnswer(page, 'fact-or-opinion');
	await classify.getByRole('button', { name: 'Show the answer' }).click();
	await expect(classify.getByText('✗ Wrong: the answer is Opinion. "Triumph" is a judgement.')).toBeVisible();
	await expect(progress(page)).toHaveText('2 of 6 scored questions answered, 0 correct');
});

test('open: needs a text and a citation, then shows the model answer and a checklist for the learner to tick, not scored', async ({
	page,
}) => {
	await openPage(page, typesPath);
	const form = questionCard(page, 'neutral-headline');
	await checkAnswer(page, 'neutral-headline');
	await expect(form.locator('.feedback')).toHaveText('Write your answer and cite at least one passage first.');
	await form.getByRole('textbox', { name: 'Your answer' }).fill('Council says the town hall will reopen');
	await form.getByRole('checkbox', { name: 'the headline' }).check();
	await checkAnswer(page, 'neutral-headline');
	await expect(form.getByText('A model answer: Council says town hall to reopen on Monday after roof repairs.')).toBeVisible();
	await form.getByRole('checkbox', { name: 'Names who says it' }).check();
	await expect(page.getByText('Score: 0 of 6 scored questions. Written answers: 1 of 1 compared with the model answer.')).toBeVisible();
	await expect(progress(page)).toHaveText('0 of 6 scored questions answered, 0 correct');

	await page.reload();
	await expect(form.getByRole('textbox', { name: 'Your answer' })).toHaveValue('Council says the town hall will reopen');
	await expect(form.getByRole('checkbox', { name: 'Names who says it' })).toBeChecked();
});
