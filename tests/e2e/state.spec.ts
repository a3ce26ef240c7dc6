import { expect, test, type Page } from '@playwright/test';
import {
	acceptNextDialog,
	checkAnswer,
	fixturePath,
	openPage,
	progress,
	questionCard,
	readRealArticle,
	realArticlePath,
	typesPath,
	waitForIslands,
} from './helpers.ts';

const quizKey = (article: string) => `underline:v2:quiz:${article}`;
const practice = (answers: object) => JSON.stringify({ mode: 'practice', answers });

/** Puts values in localStorage before the page's first script runs, on the first load only. */
async function seedStorage(page: Page, items: Record<string, string>) {
	await page.addInitScript((seed) => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', 'yes');
		for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
	}, items);
}

/** Fails the test on any uncaught error in the page. */
function noPageErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

async function answerFirst(page: Page, option = 'The council') {
	await questionCard(page, 'who-voted').getByRole('radio', { name: option }).check();
	await checkAnswer(page, 'who-voted');
}

const typesAnswer = practice({ 'reopen-day': { value: [0], first: [0], tries: 1, at: 1 } });

for (const [kind, value] of [
	['corrupt', '{"mode": "practice", "answers": {'],
	['wrong-shaped', JSON.stringify({ mode: 'practice', answers: { 'who-voted': { option: 'A' } } })],
] as const) {
	test(`${kind} stored data resets that article with a notice, and keeps the others`, async ({ page }) => {
		const errors = noPageErrors(page);
		await seedStorage(page, { [quizKey('fixture-quiz')]: value, [quizKey('fixture-types')]: typesAnswer });
		await openPage(page, fixturePath);
		await expect(page.getByRole('alert')).toHaveText('Saved answers could not be read, so this quiz started fresh.');
		await expect(progress(page)).toHaveText('0 of 3 answered, 0 correct');
		await answerFirst(page);
		await expect(progress(page)).toHaveText('1 of 3 answered, 1 correct');
		await openPage(page, typesPath);
		await expect(progress(page)).toHaveText('1 of 6 scored questions answered, 1 correct');
		expect(errors).toEqual([]);
	});
}

test('answers stored by the old version are migrated without a notice', async ({ page }) => {
	await seedStorage(page, {
		'underline:v1:answers:fixture-quiz': JSON.stringify({ 'who-voted': { option: 0 }, 'bold-step': { option: 0 } }),
	});
	await openPage(page, fixturePath);
	await expect(progress(page)).toHaveText('2 of 3 answered, 1 correct');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(questionCard(page, 'who-voted').locator('.feedback')).toContainText('✓ Right.');
});

test('blocked storage: the quiz works in memory and says progress is not saved', async ({ page }) => {
	const errors = noPageErrors(page);
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
	});
	await openPage(page, fixturePath);
	await answerFirst(page);
	await expect(progress(page)).toHaveText('1 of 3 answered, 1 correct');
	await expect(page.getByRole('alert')).toHaveText(
		'Progress not saved: this browser blocks storage. Answers last until you leave the page.',
	);
	expect(errors).toEqual([]);
});

test('a full quota: the answer is kept in memory and the page says it was not saved', async ({ page }) => {
	const errors = noPageErrors(page);
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await openPage(page, fixturePath);
	await answerFirst(page);
	await expect(questionCard(page, 'who-voted').locator('.feedback')).toContainText('✓ Right.');
	await expect(progress(page)).toHaveText('1 of 3 answered, 1 correct');
	await expect(page.getByRole('alert')).toHaveText('Progress not saved: storage is full. Answers last until you leave the page.');
	expect(errors).toEqual([]);
});

test('two tabs answering different questions: both answers are kept', async ({ context }) => {
	const [first, second] = [await context.newPage(), await context.newPage()];
	await openPage(first, fixturePath);
	await openPage(second, fixturePath);
	await answerFirst(first);
	await questionCard(second, 'opening-day').getByRole('radio', { name: 'On March 4' }).check();
	await checkAnswer(second, 'opening-day');
	for (const tab of [first, second]) {
		await tab.reload();
		await waitForIslands(tab);
		await expect(progress(tab)).toHaveText('2 of 3 answered, 2 correct');
	}
});

test('a double click on "Check answer" records one attempt', async ({ page }) => {
	await openPage(page, fixturePath);
	await questionCard(page, 'who-voted').getByRole('radio', { name: 'The mayor' }).check();
	await questionCard(page, 'who-voted').getByRole('button', { name: 'Check answer' }).dblclick();
	await expect(questionCard(page, 'who-voted').locator('.feedback')).toContainText('✗ Not right yet.');
	const record = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).answers['who-voted'], quizKey('fixture-quiz'));
	expect(record.tries).toBe(1);
});

test('storage cleared while the page is open: no crash, and the next answer is saved', async ({ page }) => {
	const errors = noPageErrors(page);
	await openPage(page, fixturePath);
	await answerFirst(page);
	await page.evaluate(() => localStorage.clear());
	await questionCard(page, 'opening-day').getByRole('radio', { name: 'On March 4' }).check();
	await checkAnswer(page, 'opening-day');
	await page.reload();
	await waitForIslands(page);
	await expect(questionCard(page, 'opening-day').getByRole('radio', { name: 'On March 4' })).toBeChecked();
	expect(errors).toEqual([]);
});

test('a script chunk that fails to load leaves the article readable and says the quiz could not load', async ({ page }) => {
	await page.route('**/_astro/*.js', (route) => route.abort());
	await page.goto(fixturePath);
	await expect(page.locator('#p1')).toContainText('The council voted to open the new library early');
	await expect(
		page.getByText('The quiz could not load. Reload the page to try again; meanwhile the questions are listed below as a worksheet.'),
	).toBeVisible();
	await expect(page.getByText('Who voted to open the library early?')).toBeVisible();
});

test('the index page shows each article\'s progress in this browser, the real one\'s too, and "clear all my data" removes it all, after confirmation', async ({
	page,
}) => {
	await seedStorage(page, { [quizKey('fixture-types')]: typesAnswer, 'someone-else': 'kept' });
	await openPage(page, fixturePath);
	await answerFirst(page);
	const real = readRealArticle();
	await openPage(page, realArticlePath);
	await questionCard(page, real.questions[0]!.id).getByRole('checkbox').first().check();
	await page.goto('/');
	const lineOf = (title: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
	await expect(lineOf(real.meta.title)).toContainText(`1 of ${real.questions.length} questions answered in this browser`);
	await expect(lineOf(real.meta.title).getByRole('link', { name: "Teacher's notes" })).toHaveAttribute('href', `/${realArticlePath}teach/`);
	await expect(page.getByText('1 of 3 questions answered in this browser')).toBeVisible();
	await expect(page.getByRole('link', { name: 'class page' })).toHaveAttribute('href', '/class/');
	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: 'Clear all my data' }).click();
	expect(await page.evaluate(() => localStorage.length)).toBe(4);
	acceptNextDialog(page, /^Remove your answers to every article/);
	await page.getByRole('button', { name: 'Clear all my data' }).click();
	await expect(page.getByRole('status')).toHaveText('All your answers have been removed from this browser.');
	expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['someone-else']);
	await expect(page.getByText(/answered in this browser/).filter({ visible: true })).toHaveCount(0);
	await openPage(page, fixturePath);
	await expect(progress(page)).toHaveText('0 of 3 answered, 0 correct');
});

test('practice answers not yet checked survive a reload on the real bank, and count as nothing until checked', async ({ page }) => {
	await openPage(page, realArticlePath);
	const { questions } = readRealArticle();
	const scored = questions.filter((question) => question.type !== 'open').length;
	const [single, highlight, rows] = ['single', 'highlight', 'match'].map(
		(type) => questions.find((question) => question.type === type)!.id,
	);
	await questionCard(page, single!).getByRole('radio').nth(1).check();
	await questionCard(page, highlight!).getByRole('checkbox').nth(2).check();
	await questionCard(page, rows!).getByRole('radiogroup').first().getByRole('radio').nth(3).check();
	await page.reload();
	await waitForIslands(page);
	await expect(questionCard(page, single!).getByRole('radio').nth(1)).toBeChecked();
	await expect(questionCard(page, highlight!).getByRole('checkbox').nth(2)).toBeChecked();
	await expect(questionCard(page, rows!).getByRole('radiogroup').first().getByRole('radio').nth(3)).toBeChecked();
	// Kept, not checked: nothing is scored, and each can still be changed and checked.
	await expect(progress(page)).toHaveText(`0 of ${scored} scored questions answered, 0 correct`);
	await questionCard(page, single!).getByRole('radio').nth(0).check();
	await checkAnswer(page, single!);
	await expect(progress(page)).toHaveText(new RegExp(`^1 of ${scored} scored questions answered`));
});
