import { expect, test, type Page } from '@playwright/test';
import { acceptNextDialog, checkAnswer, fixturePath, openPage, progress, questionCard, readRealArticle, realArticlePath, waitForIslands } from './helpers.ts';

// Practice mode, on the fixture article with three single-choice questions.

async function answer(page: Page, id: string, option: string) {
	await questionCard(page, id).getByRole('radio', { name: option }).check();
	await checkAnswer(page, id);
}

test('a right answer says so, with feedback on every option, the explanation and the evidence', async ({ page }) => {
	await openPage(page, fixturePath);
	await expect(progress(page)).toHaveText('0 of 3 answered, 0 correct');
	await answer(page, 'who-voted', 'The council');
	const form = questionCard(page, 'who-voted');
	await expect(form.locator('.feedback')).toContainText('✓ Right.');
	await expect(form.getByText('✓ Right. Paragraph 1 says the council voted.')).toBeVisible();
	await expect(form.getByText('The mayor reported the vote; the council made it.')).toHaveCount(0);
	await expect(form.getByText('The sentence names the council as the one that voted.')).toBeVisible();
	await expect(form.getByRole('link', { name: 'paragraph 1: “The council voted to open the new library early”' })).toBeVisible();
	await expect(progress(page)).toHaveText('1 of 3 answered, 1 correct');
	await expect(form.getByRole('radio', { name: 'The council' })).toBeDisabled();
});

test('a wrong first answer gives the hint, not the answer, and a second try that does not count', async ({ page }) => {
	await openPage(page, fixturePath);
	await answer(page, 'bold-step', 'The critics');
	const form = questionCard(page, 'bold-step');
	await expect(form.locator('.feedback')).toContainText('✗ Not right yet. Look for the word "called".');
	await expect(form.getByText('The words in quotation marks belong to the spokesperson.')).toHaveCount(0);
	await expect(form.locator('.part-feedback')).toHaveCount(0);
	await expect(progress(page)).toHaveText('1 of 3 answered, 0 correct');

	await form.getByRole('button', { name: 'Try again' }).click();
	await expect(form.getByRole('radio', { name: 'The critics' })).toBeFocused();
	await answer(page, 'bold-step', 'A spokesperson');
	await expect(form.locator('.feedback')).toContainText('✓ Right on the second try (not scored).');
	await expect(form.getByText('The words in quotation marks belong to the spokesperson.')).toBeVisible();
	await expect(progress(page)).toHaveText('1 of 3 answered, 0 correct');
	await expect(page.locator('.statuses')).toContainText(
		'Question 2: Who called the plan "a bold step"? — ✓ Right on the second try (not scored)',
	);
});

test('after a wrong first answer the learner can reveal the answer', async ({ page }) => {
	await openPage(page, fixturePath);
	await answer(page, 'who-voted', 'The mayor');
	const form = questionCard(page, 'who-voted');
	await form.getByRole('button', { name: 'Show the answer' }).click();
	await expect(form.locator('.feedback')).toBeFocused();
	await expect(form.locator('.feedback')).toContainText('✗ Not right.');
	await expect(form.getByText('✗ Wrong. The mayor reported the vote; the council made it.')).toBeVisible();
	await expect(form.getByText('✓ Right answer. Paragraph 1 says the council voted.')).toBeVisible();
	await expect(progress(page)).toHaveText('1 of 3 answered, 0 correct');
});

test('checking moves focus to the feedback, so keyboard users stay in place', async ({ page }) => {
	await openPage(page, fixturePath);
	await questionCard(page, 'bold-step').getByRole('radio', { name: 'The critics' }).focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'A spokesperson' })).toBeChecked();
	await page.keyboard.press('Enter');
	const feedback = questionCard(page, 'bold-step').locator('.feedback');
	await expect(feedback).toBeFocused();
	await expect(feedback).toContainText('✓ Right.');
});

test('checking with nothing picked asks for an answer and records nothing', async ({ page }) => {
	await openPage(page, fixturePath);
	await checkAnswer(page, 'who-voted');
	await expect(questionCard(page, 'who-voted').locator('.feedback')).toHaveText('Choose an answer first.');
	await expect(progress(page)).toHaveText('0 of 3 answered, 0 correct');
});

test('answers and score survive a reload, and no wrong score is ever shown', async ({ page }) => {
	// Records every text the score area ever shows, from the first byte of HTML on: its rendered text, not words it
	// holds unseen to keep its place.
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { scoresSeen: string[] }).scoresSeen = []);
		new MutationObserver(() => {
			const text = document.querySelector<HTMLElement>('.score')?.innerText;
			if (text && seen.at(-1) !== text) seen.push(text);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	await openPage(page, fixturePath);
	await answer(page, 'who-voted', 'The council');
	await answer(page, 'opening-day', 'On Thursday');
	await expect(progress(page)).toHaveText('2 of 3 answered, 1 correct');

	await page.reload();
	await waitForIslands(page);
	await expect(progress(page)).toHaveText('2 of 3 answered, 1 correct');
	await expect(page.getByRole('radio', { name: 'The council' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'On Thursday' })).toBeChecked();
	await expect(questionCard(page, 'opening-day').locator('.feedback')).toContainText('✗ Not right yet.');
	const seen = await page.evaluate(() => (window as unknown as { scoresSeen: string[] }).scoresSeen);
	// Before the quiz mounts the line shows nothing, rather than a count or a score that is not yet this learner's.
	expect(seen).toEqual(['2 of 3 answered, 1 correct']);
});

test('the evidence link highlights and focuses the quote, and offers the way back', async ({ page }) => {
	await openPage(page, fixturePath);
	await answer(page, 'bold-step', 'A spokesperson');
	await page.getByRole('link', { name: 'paragraph 2: “A spokesperson called the plan "a bold step".”' }).click();
	const highlight = page.locator('#p2 mark');
	await expect(highlight).toHaveText('A spokesperson called the plan "a bold step".');
	await expect(highlight).toBeFocused();
	await expect(highlight).toBeInViewport();
	await expect(page).toHaveURL(/#p2$/);
	// The paragraph reads exactly as before; only the quoted words are marked.
	await expect(page.locator('#p2 [data-passage-text]')).toHaveText(
		`A spokesperson called the plan "a bold step". Critics said the cost was too high. <img src=x onerror="alert('xss')"> and **stars** stay as written.`,
	);
	await page.getByRole('link', { name: 'Back to question 2' }).click();
	await expect(questionCard(page, 'bold-step')).toBeInViewport();
});

test('each passage links to the questions that cite it, once they are answered', async ({ page }) => {
	await openPage(page, fixturePath);
	const marker = page.locator('#p1').getByRole('link', { name: 'Question 1' });
	await expect(marker).toBeHidden();
	await answer(page, 'who-voted', 'The council');
	await expect(marker).toBeVisible();
	await marker.click();
	await expect(page).toHaveURL(/#q-who-voted$/);
	await expect(page.locator('#p2').getByRole('link', { name: 'Question 2' })).toBeHidden();
});

test("on the real bank, answering one question in practice shows the article's links to it, and to no other", async ({ page }) => {
	const { questions } = readRealArticle();
	const place = questions.findIndex((question) => question.type === 'single');
	const question = questions[place]!;
	await openPage(page, realArticlePath);
	const links = page.locator('article').getByRole('link', { name: /^Question \d+$/ });
	await expect(links).toHaveCount(0);
	await answer(page, question.id, question.options![0]!.text);
	// Its passages are cited by several questions, so their links are in folds: each fold that shows is opened.
	for (const fold of await page.locator('article').getByText('The questions on this passage').all())
		if (await fold.isVisible()) await fold.click();
	await expect(links.first()).toBeVisible();
	expect(new Set(await links.allTextContents())).toEqual(new Set([`Question ${place + 1}`]));
});

test('on the real bank, once a test is handed in, the questions on a passage cited by several fold into one control after it, which opens by keyboard', async ({
	page,
}) => {
	const { questions } = readRealArticle();
	const citing = (paragraph: number) => questions.filter((question) => question.evidence.some(({ passage }) => passage === paragraph));
	const paragraph = [1, 2, 3, 4, 5, 6, 7, 8].find((n) => citing(n).length > 1)!;
	await openPage(page, `${realArticlePath}?mode=test`);
	acceptNextDialog(page, /Hand in anyway\?$/);
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	const fold = page.locator(`#p${paragraph} + details`);
	const summary = fold.getByText('The questions on this passage');
	await expect(summary).toBeVisible();
	// Nothing but the fold's one control in the paragraph's way while re-reading.
	await expect(page.locator(`#p${paragraph}`).getByRole('link', { name: /^Question \d+$/ })).toHaveCount(0);
	await expect(fold.getByRole('link')).toHaveCount(0);
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(fold.getByRole('link')).toHaveCount(citing(paragraph).length);
	await fold.getByRole('link').first().click();
	await expect(page).toHaveURL(/#q-[a-z0-9-]+$/);
});

test('start over clears the answers after confirmation, and not without it', async ({ page }) => {
	await openPage(page, fixturePath);
	await answer(page, 'who-voted', 'The council');

	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(progress(page)).toHaveText('1 of 3 answered, 1 correct');

	acceptNextDialog(page, 'Clear all your answers to this article and start over?');
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(progress(page)).toHaveText('0 of 3 answered, 0 correct');
	await expect(page.getByRole('radio', { name: 'The council' })).toBeEnabled();
	await expect(page.getByRole('radio', { name: 'The council' })).not.toBeChecked();
	await page.reload();
	await waitForIslands(page);
	await expect(progress(page)).toHaveText('0 of 3 answered, 0 correct');
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
	await openPage(page, fixturePath);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council votes to open library <b>early</b> — mayor');
	await expect(page.locator('#p2')).toContainText(`<img src=x onerror="alert('xss')"> and **stars** stay as written.`);
	await expect(page.getByRole('group', { name: "Question 3. When will the library open? <script>alert('xss')</script>" })).toBeVisible();
	await expect(page.getByRole('radio', { name: '<em>Never</em>' })).toBeVisible();
	await expect(page.locator('article :is(img, script, b), .questions :is(script, em)')).toHaveCount(0);
	await answer(page, 'who-voted', 'The council');
	await page.getByRole('link', { name: /^paragraph 1:/ }).click();
	expect(dialogs).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('on the real bank, where two highlight questions offer the same paragraphs, Escape from the article returns to the Check of the question that asked', async ({
	page,
}) => {
	await openPage(page, realArticlePath);
	const asking = questionCard(page, 'sources-outside-russian-state');
	await asking.getByRole('button', { name: 'Select in the article' }).click();
	// Selecting starts at the first sentence it offers, with focus on it.
	await expect(page.locator('article.article [role="button"]').first()).toBeFocused();
	await page.keyboard.press('Space');
	await expect(asking.getByRole('checkbox', { checked: true })).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(asking.getByRole('button', { name: 'Check answer' })).toBeFocused();
});
