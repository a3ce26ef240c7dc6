import { expect, test, type Page } from '@playwright/test';
import {
	answerEveryQuestion,
	expectNoAxeViolations,
	openPage,
	openStatuses,
	progress,
	questionCard,
	readRealArticle,
	realArticlePath,
	resultsRow,
	tabTo,
	typesPath,
} from './helpers.ts';

// On a phone the questions come one at a time, under a bar that sticks in reach; the whole list is a press away,
// and every state survives the switch between the two.

test.use({ viewport: { width: 390, height: 844 } });

const pager = (page: Page) => page.getByRole('navigation', { name: 'Question by question' });
const next = (page: Page) => pager(page).getByRole('button', { name: 'Next ›' });
const previous = (page: Page) => pager(page).getByRole('button', { name: '‹ Previous' });
const shown = (page: Page) => page.locator('.question:visible');

test('a learner answers every question of the real bank one at a time, and ends at the results', async ({ page }) => {
	await openPage(page, realArticlePath);
	const total = readRealArticle().questions.length;
	await expect(page.getByRole('button', { name: 'Show all questions' })).toBeVisible();
	await expect(pager(page).getByRole('status')).toHaveText(`Question 1 of ${total}`);
	await expect(shown(page)).toHaveCount(1);
	// The header's strip gives way to the bar, so the header is one line.
	await expect(page.getByRole('navigation', { name: 'Questions', exact: true })).toBeHidden();

	const scored = await answerEveryQuestion(page);
	expect(scored).toBeGreaterThan(10);
	await expect(pager(page).getByRole('status')).toHaveText(`Question ${total} of ${total}`);
	await expect(shown(page)).toHaveCount(1);
	await pager(page).getByRole('button', { name: 'Results ›' }).click();
	await expect(page.getByRole('heading', { name: 'Your results', exact: true })).toBeFocused();
	await expect(page.getByText(new RegExp(`^Score: \\d+ of ${scored} scored questions\\.`))).toBeVisible();
	await expect(page.getByRole('list', { name: 'Your score by skill' }).getByRole('listitem')).toHaveCount(9);
	await expectNoAxeViolations(page);
	// The page is the article, one question and the results: a few screens, not dozens.
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	console.log(`Page height after answering the real bank one at a time at 390×844: ${height} px`);
	expect(height).toBeLessThan(20 * 844);
});

test('on the real bank, the page stands still once Check has moved focus to the verdict, so a tap on Next lands', async ({ page }) => {
	await openPage(page, realArticlePath);
	const total = readRealArticle().questions.length;
	for (let number = 1; number < total; number++) {
		const form = shown(page);
		if (!(await form.locator('textarea, select, [role="radiogroup"], .order').count())) {
			await form.locator('input').first().check();
			await form.getByRole('button', { name: 'Check answer' }).click();
			await expect(form.locator('.feedback')).toBeFocused();
			// The page's scroll position in each of the frames after: a smooth scroll there moved the bar under a tap.
			const positions = await page.evaluate(async () => {
				const seen: number[] = [];
				for (let frame = 0; frame < 10; frame++) {
					seen.push(Math.round(scrollY));
					await new Promise(requestAnimationFrame);
				}
				return seen;
			});
			expect(new Set(positions).size, `question ${number}: the page's scroll in each frame, ${positions.join(', ')}`).toBe(1);
		}
		await next(page).click();
		await expect(pager(page).getByRole('status')).toHaveText(`Question ${number + 1} of ${total}`);
	}
});

test('the bar sticks in reach with thumb-sized targets, and the ends of the quiz are marked', async ({ page }) => {
	await openPage(page, realArticlePath);
	await page.getByRole('heading', { name: 'Questions', exact: true }).scrollIntoViewIfNeeded();
	for (const button of [previous(page), next(page)]) expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	// At the first question Previous says it does nothing, yet keeps its place and focus.
	await expect(previous(page)).toHaveAttribute('aria-disabled', 'true');
	await previous(page).focus();
	await page.keyboard.press('Enter');
	await expect(pager(page).getByRole('status')).toHaveText(/^Question 1 of /);
	await expect(previous(page)).toBeFocused();
	// Deep in a long question, the bar is still at the top of the view.
	await next(page).click();
	await shown(page).getByRole('button', { name: 'Check answer' }).scrollIntoViewIfNeeded();
	await page.mouse.wheel(0, 300);
	await expect(async () => expect((await pager(page).boundingBox())!.y).toBeLessThanOrEqual(1)).toPass();
	await expect(next(page)).toBeInViewport();
	// A question brought into view starts below the bar, not under it.
	await next(page).click();
	await expect(shown(page).locator('legend')).toBeInViewport();
	const bar = (await pager(page).boundingBox())!;
	expect((await shown(page).boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
});

test('every state survives the switch between one at a time and the whole list, both ways', async ({ page }) => {
	await openPage(page, typesPath);
	// Question 1 wrong at the first try, question 2 chosen but not checked.
	await questionCard(page, 'reopen-day').getByRole('radio', { name: 'In May' }).check();
	await questionCard(page, 'reopen-day').getByRole('button', { name: 'Check answer' }).click();
	await expect(questionCard(page, 'reopen-day')).toContainText('Not right yet.');
	await next(page).click();
	await questionCard(page, 'who-spoke').getByRole('checkbox', { name: 'The inspectors' }).check();

	await page.getByRole('button', { name: 'Show all questions' }).click();
	await expect(pager(page)).toBeHidden();
	await expect(page.locator('.question:visible')).toHaveCount(7);
	await expect(questionCard(page, 'reopen-day')).toContainText('Not right yet.');
	await expect(questionCard(page, 'who-spoke').getByRole('checkbox', { name: 'The inspectors' })).toBeChecked();
	// Focus lands in the question the learner was at.
	await expect(questionCard(page, 'who-spoke').getByRole('checkbox').first()).toBeFocused();

	// The choice is kept over a reload; the list moves the learner's place too.
	await page.reload();
	await expect(page.locator('.question:visible')).toHaveCount(7);
	await questionCard(page, 'neutral-headline').getByRole('textbox', { name: 'Your answer' }).fill('Kept across views');
	await page.getByRole('button', { name: 'One question at a time' }).click();
	await expect(shown(page)).toHaveCount(1);
	await expect(shown(page).getByRole('textbox', { name: 'Your answer' })).toHaveValue('Kept across views');
	await expect(pager(page).getByRole('status')).toHaveText('Question 7 of 7');
	await previous(page).click();
	await previous(page).click();
	await previous(page).click();
	await previous(page).click();
	await previous(page).click();
	await expect(shown(page).getByRole('checkbox', { name: 'The inspectors' })).toBeChecked();
	await expect(progress(page)).toContainText('1 of 6');
});

test('a link to a question, from the results or the address, shows that question', async ({ page }) => {
	await openPage(page, `${typesPath}#q-fact-or-opinion`);
	await expect(pager(page).getByRole('status')).toHaveText('Question 6 of 7');
	await expect(questionCard(page, 'fact-or-opinion')).toBeVisible();
	// The results list every question once there is an answer to report.
	await questionCard(page, 'fact-or-opinion').getByRole('combobox').first().selectOption({ index: 1 });
	await openStatuses(page);

	await resultsRow(page, 2).getByRole('link', { name: 'Question 2' }).click();
	await expect(pager(page).getByRole('status')).toHaveText('Question 2 of 7');
	await expect(questionCard(page, 'who-spoke')).toBeInViewport();
	// The same link twice, after moving on, still finds its question.
	await next(page).click();
	await resultsRow(page, 2).getByRole('link', { name: 'Question 2' }).click();
	await expect(pager(page).getByRole('status')).toHaveText('Question 2 of 7');
});

test("on the real bank, a link followed before any question is built still lands on its question, and the rest follow", async ({ page }) => {
	const { questions } = readRealArticle();
	const last = questions.at(-1)!;
	await page.goto(realArticlePath);
	await expect(page.locator('[data-island]:not([data-mounted])')).toHaveCount(0);
	// The quiz is screens below the article on a phone, so none of its questions is built yet.
	await expect(page.locator('.question')).toHaveCount(0);
	await page.evaluate((id) => (location.hash = `#q-${id}`), last.id);
	await expect(pager(page).getByRole('status')).toHaveText(`Question ${questions.length} of ${questions.length}`);
	await expect(page.getByRole('group', { name: `Question ${questions.length}. ${last.prompt}` })).toBeInViewport();
	// The others are built while the browser is idle, each there for find in page and for links.
	await expect(page.locator('.question')).toHaveCount(questions.length);
	await expect(shown(page)).toHaveCount(1);
});

test('"Show the passage" gives the passages a question rests on, and only where where to read is not the answer', async ({ page }) => {
	await openPage(page, realArticlePath);
	const { paragraphs, questions } = readRealArticle();
	const number = questions.findIndex((question) => question.id === 'power-ministries') + 1;
	for (let at = 1; at < number; at++) await next(page).click();
	const toggle = shown(page).getByRole('button', { name: 'Show the passage' });
	await expect(shown(page).getByRole('figure')).toHaveCount(0);
	await toggle.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(shown(page).getByRole('figure')).toHaveCount(1);
	await expect(shown(page).getByRole('figure')).toContainText('Paragraph 4');
	await expect(shown(page).getByRole('blockquote')).toHaveText(paragraphs[3]!);
	// Pressed again, it closes.
	await toggle.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(shown(page).getByRole('figure')).toHaveCount(0);
	// Not before an answer where the passage is the answer: a highlight question, a written one.
	await openPage(page, `${typesPath}#q-unsourced-sentence`);
	await expect(shown(page).getByText('Show the passage')).toHaveCount(0);
	await openPage(page, `${typesPath}#q-neutral-headline`);
	await expect(shown(page).getByText('Show the passage')).toHaveCount(0);
});

test('by keyboard alone: the bar, a question and "Next question" in the one-at-a-time view, with nothing for axe', async ({ page }) => {
	await openPage(page, typesPath);
	await tabTo(page, next(page));
	await page.keyboard.press('Enter');
	await expect(pager(page).getByRole('status')).toHaveText('Question 2 of 7');
	await expect(next(page)).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(questionCard(page, 'who-spoke').getByRole('checkbox').first()).toBeFocused();
	await page.keyboard.press('Space');
	await tabTo(page, questionCard(page, 'who-spoke').getByRole('button', { name: 'Check answer' }));
	await page.keyboard.press('Enter');
	await tabTo(
		page,
		questionCard(page, 'who-spoke')
			.getByRole('button', { name: /Show the answer|Next question/ })
			.last(),
	);
	const showAnswer = questionCard(page, 'who-spoke').getByRole('button', { name: 'Show the answer' });
	if (await showAnswer.isVisible()) await showAnswer.press('Enter');
	await tabTo(page, questionCard(page, 'who-spoke').getByRole('button', { name: 'Next question' }));
	await page.keyboard.press('Enter');
	await expect(pager(page).getByRole('status')).toHaveText('Question 3 of 7');
	await expect(shown(page)).toHaveCount(1);
	await expect(shown(page).locator(':focus')).toHaveCount(1);
	await expectNoAxeViolations(page);
});

test.describe('beside the article, on a wide screen', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('every question is listed, with no bar and no switch', async ({ page }) => {
		await openPage(page, typesPath);
		await expect(page.locator('.question:visible')).toHaveCount(7);
		await expect(pager(page)).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Show all questions' })).toHaveCount(0);
	});
});
