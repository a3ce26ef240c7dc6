import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	acceptNextDialog,
	checkAnswer,
	fixturePath,
	openPage,
	openStatuses,
	progress,
	questionCard,
	sentenceInArticle,
	readRealArticle,
	realArticlePath,
	resultsRow,
	typesPath,
	waitForIslands,
	chooseRow,
} from './helpers.ts';

// What the card and the results say about an answer: always the same thing, always from the stored, scored answer.

test('a highlight question is locked once checked: clicks in the article change nothing, and the verdict stays the scored one', async ({
	page,
}) => {
	await openPage(page, typesPath);
	const form = questionCard(page, 'unsourced-sentence');
	await form.getByRole('button', { name: 'Select in the article' }).click();
	await sentenceInArticle(page, /^TESTVILLE, May 2/).click();
	await checkAnswer(page, 'unsourced-sentence');
	await expect(form.locator('.feedback')).toContainText('✗ Not right yet.');

	// The article's sentences are inert now: swapping the selection there does nothing.
	await page.locator('#p1-s1').click();
	await page.locator('#p1-s2').click();
	await expect(form.getByRole('checkbox', { name: /^TESTVILLE, May 2/ })).toBeChecked();
	await expect(form.getByRole('checkbox', { name: /^Repairs cost more/ })).not.toBeChecked();
	await expect(page.locator('[data-selectable]')).toHaveCount(0);

	await form.getByRole('button', { name: 'Show the answer' }).click();
	await expect(form.locator('.feedback')).toContainText('✗ Not right.');
	await openStatuses(page);
	await expect(resultsRow(page, 3)).toContainText('✗ Not right');
	await page.reload();
	await waitForIslands(page);
	await expect(form.locator('.feedback')).toContainText('✗ Not right.');
});

test('match and classify on the real bank: after Check each pick keeps 3:1 contrast and says it was the learner’s answer', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await openPage(page, realArticlePath);
	const { questions } = readRealArticle();
	for (const { id } of questions.filter((question) => question.type === 'match' || question.type === 'classify')) {
		const form = questionCard(page, id);
		const groups = form.getByRole('radiogroup');
		for (const group of await groups.all()) await group.getByRole('radio').first().check();
		await checkAnswer(page, id);
		await expect(form.locator('.feedback')).toContainText(/Right\.|Not right yet\./);
		for (const group of await groups.all()) {
			const picked = group.getByRole('radio', { checked: true });
			// The pick is drawn by the page, in the accent colour, not by the browser's pale grey for a locked control.
			const contrast = await picked.evaluate((radio) => {
				const luminance = (colour: string) => {
					const [r, g, b] = colour
						.match(/[\d.]+/g)!
						.slice(0, 3)
						.map((part) => {
							const value = Number(part) / 255;
							return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
						});
					return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
				};
				const style = getComputedStyle(radio);
				if (style.appearance !== 'none') return 0;
				let card = radio.parentElement;
				while (card && getComputedStyle(card).backgroundColor === 'rgba(0, 0, 0, 0)') card = card.parentElement;
				const [a, b] = [luminance(style.backgroundColor), luminance(getComputedStyle(card!).backgroundColor)];
				return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
			});
			expect(contrast, `the pick in "${await group.getAttribute('aria-label')}"`).toBeGreaterThanOrEqual(3);
			const choice = await picked.getAttribute('aria-label');
			await expect(form.getByText(`Your answer: ${choice}`, { exact: true }).first()).toBeVisible();
		}
	}
});

test('match: Check refuses a partly answered question, says how many rows are left and moves focus to the first empty one', async ({
	page,
}) => {
	await openPage(page, typesPath);
	const form = questionCard(page, 'who-said-what');
	await chooseRow(form, 'the work was rushed', 'A local builder');
	await checkAnswer(page, 'who-said-what');
	await expect(form.locator('.feedback')).toHaveText('1 row still needs a choice.');
	await expect(form.getByRole('radiogroup', { name: '"a triumph of teamwork"' }).getByRole('radio').first()).toBeFocused();
	await expect(progress(page)).toHaveText('0 of 6 scored questions answered, 0 correct');
	await expect(form.getByRole('button', { name: 'Check answer' })).toBeVisible();
});

test('classify: Check with no rows chosen counts every row left', async ({ page }) => {
	await openPage(page, typesPath);
	await checkAnswer(page, 'fact-or-opinion');
	await expect(questionCard(page, 'fact-or-opinion').locator('.feedback')).toHaveText('2 rows still need a choice.');
});

test('in a test, a partly answered question counts as not finished before handing in', async ({ page }) => {
	await openPage(page, `${typesPath}?mode=test`);
	await questionCard(page, 'reopen-day').getByRole('radio', { name: 'On Monday' }).check();
	await chooseRow(questionCard(page, 'who-said-what'), 'the work was rushed', 'A local builder');
	await expect(progress(page)).toHaveText('1 of 6 scored questions answered');
	acceptNextDialog(page, 'You have finished 1 of 6 scored questions; 1 more is only partly answered. Hand in anyway?');
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	await expect(page.getByText(/^Score:/)).toBeVisible();
});

/** The contrast ratio of two CSS colours given as rgb() strings, as WCAG defines it. */
function contrast(a: string, b: string): number {
	const luminance = (color: string) => {
		const [r, g, b] = color
			.match(/\d+(\.\d+)?/g)!
			.slice(0, 3)
			.map(Number)
			.map((channel) => channel / 255);
		const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
		return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
	};
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}

/** The fill of a checked input against the question card behind it. */
async function pickContrast(input: Locator): Promise<number> {
	const [fill, card] = await input.evaluate((element) => [
		getComputedStyle(element).backgroundColor,
		getComputedStyle(element.closest('.question')!).backgroundColor,
	]);
	return contrast(fill!, card!);
}

async function answerWrongThenReveal(page: Page) {
	const form = questionCard(page, 'who-voted');
	await form.getByRole('radio', { name: 'The mayor' }).check();
	await checkAnswer(page, 'who-voted');
	return form;
}

test('after Check the learner’s pick stays visible and labelled "Your answer"; on reveal the right option reads as right', async ({
	page,
}) => {
	await openPage(page, fixturePath);
	const form = await answerWrongThenReveal(page);
	const pick = form.getByRole('radio', { name: /The mayor/ });
	await expect(pick).toBeChecked();
	await expect(pick).toBeDisabled();
	await expect(pick).toHaveAccessibleName('The mayor Your answer');
	expect(await pickContrast(pick)).toBeGreaterThanOrEqual(3);

	await form.getByRole('button', { name: 'Show the answer' }).click();
	const right = form.getByText('✓ Right answer. Paragraph 1 says the council voted.');
	await expect(right).toBeVisible();
	await expect(form.locator('.part-feedback .right', { hasText: 'Right answer' })).toHaveCount(1);
	await expect(form.getByText('✗ Wrong. The mayor reported the vote; the council made it.')).toBeVisible();
	await expect(form.getByRole('radio', { name: 'The council' })).toHaveAccessibleName('The council');
	// The cards' edges say it by shape too: solid for the right answer, dashed for the wrong pick.
	const edge = (name: string) => form.locator('label.option', { hasText: name }).evaluate((card) => getComputedStyle(card).borderTopStyle);
	expect(await edge('The council')).toBe('solid');
	expect(await edge('The mayor')).toBe('dashed');
});

test('right on the second try: the card and the results say the same thing', async ({ page }) => {
	await openPage(page, fixturePath);
	const form = await answerWrongThenReveal(page);
	await form.getByRole('button', { name: 'Try again' }).click();
	await form.getByRole('radio', { name: 'The council' }).check();
	await checkAnswer(page, 'who-voted');
	await expect(form.locator('.feedback')).toContainText('✓ Right on the second try (not scored).');
	await openStatuses(page);
	await expect(resultsRow(page, 1)).toContainText('✓ Right on the second try (not scored)');
});

test('results chart each skill by name, say which to review first and what it is, and name each question by its prompt', async ({
	page,
}) => {
	await openPage(page, fixturePath);
	const chart = page.getByRole('list', { name: 'Your score by skill' });
	// No chart until there is a score to chart.
	await expect(chart).toHaveCount(0);
	await questionCard(page, 'bold-step').getByRole('radio', { name: 'A spokesperson' }).check();
	await checkAnswer(page, 'bold-step');
	await expect(chart.getByRole('listitem').filter({ hasText: 'Attribution' })).toHaveText('Attribution1 of 1');
	await expect(chart).not.toContainText('attribution');
	await openStatuses(page);
	await expect(resultsRow(page, 2)).toHaveText('Question 2: Who called the plan "a bold step"? — ✓ Right');

	// A miss names the skill to review first, says what it is, and leads to the question.
	await questionCard(page, 'who-voted').getByRole('radio', { name: 'The mayor' }).check();
	await checkAnswer(page, 'who-voted');
	const review = page.getByText(/^Review first/);
	await expect(review).toContainText(/^Review first: [A-Z][a-z ]+\. [A-Z].+\. Start with question 1\.$/);
	await review.getByRole('link', { name: 'Start with question 1.' }).click();
	await expect(page).toHaveURL(/#q-who-voted$/);
	await expect(chart.getByRole('link', { name: 'Attribution' })).toBeVisible();
});

test('"Start over" appears only once something is answered', async ({ page }) => {
	await openPage(page, fixturePath);
	// Until then the results have nothing to report, and say when they will.
	await expect(page.getByText('Your score shows here from your first answer.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Start over' })).toHaveCount(0);
	await questionCard(page, 'who-voted').getByRole('radio', { name: 'The council' }).check();
	await checkAnswer(page, 'who-voted');
	await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible();
});

test('open: self-checked means compared, the results count the points covered, and the answer stays editable', async ({ page }) => {
	await openPage(page, typesPath);
	const form = questionCard(page, 'neutral-headline');
	const answer = form.getByRole('textbox', { name: 'Your answer' });
	await answer.fill('Council says the town hall will reopen');
	await form.getByRole('checkbox', { name: 'the headline' }).check();
	await openStatuses(page);
	await expect(resultsRow(page, 7)).toContainText('Written, not yet compared with the model answer');
	await checkAnswer(page, 'neutral-headline');
	await form.getByRole('checkbox', { name: 'Names who says it' }).check();
	await form.getByRole('checkbox', { name: 'Adds no judgement' }).check();
	await expect(resultsRow(page, 7)).toContainText('Compared with the model answer: covered 2 of 3 points');
	await expect(answer).toBeEditable();
	await answer.fill('Council says the town hall will reopen on Monday');
	await page.reload();
	await waitForIslands(page);
	await expect(answer).toHaveValue('Council says the town hall will reopen on Monday');
});

test('open in a test: handing in does not count as comparing; comparing is the learner’s step', async ({ page }) => {
	await openPage(page, `${typesPath}?mode=test`);
	const form = questionCard(page, 'neutral-headline');
	await form.getByRole('textbox', { name: 'Your answer' }).fill('Council says the town hall will reopen');
	await form.getByRole('checkbox', { name: 'the headline' }).check();
	page.on('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	await expect(resultsRow(page, 7)).toContainText('Written, not yet compared with the model answer');
	await expect(form.getByText('A model answer:')).toHaveCount(0);
	await form.getByRole('button', { name: 'Compare with the model answer' }).click();
	await expect(form.getByText('A model answer:')).toBeVisible();
	await form.getByRole('checkbox', { name: 'Names who says it' }).check();
	await expect(resultsRow(page, 7)).toContainText('Compared with the model answer: covered 1 of 3 points');
	await expect(page.getByText('Written answers: 1 of 1 compared with the model answer.')).toBeVisible();
});
