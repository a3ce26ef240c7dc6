import { expect, test } from '@playwright/test';
import { checkAnswer, fixturePath, openPage, questionCard, readRealArticle, realArticlePath } from './helpers.ts';

// What the article page loads, and when: the questions render once the quiz comes near, and what they teach arrives
// when it is first needed.

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('far below the fold the questions wait, and are answerable the moment the quiz is scrolled to', async ({ page }) => {
		await page.goto(realArticlePath);
		await expect(page.locator('[data-island]:not([data-mounted])')).toHaveCount(0);
		await expect(page.getByRole('status').filter({ hasText: 'answered' })).toBeVisible();
		await expect(page.locator('.question')).toHaveCount(0);

		await page.getByRole('heading', { name: 'Questions' }).scrollIntoViewIfNeeded();
		const first = page.locator('.question').first();
		// Its first option, whatever kind of choice the bank's first question is.
		await first.locator('input').first().check();
		await first.getByRole('button', { name: 'Check answer' }).click();
		await expect(first.locator('.feedback')).toContainText(/Right\.|Not right yet\./);
	});

	test('questions whose code cannot load say so, and a reload brings them', async ({ page }) => {
		const questionsCode = '**/_astro/questions.*.js';
		await page.route(questionsCode, (route) => route.abort());
		await page.goto(realArticlePath);
		await page.getByRole('heading', { name: 'Questions' }).scrollIntoViewIfNeeded();
		await expect(page.getByRole('alert')).toHaveText('The questions could not load: reload the page. Your answers are kept.');
		await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);

		await page.unroute(questionsCode);
		await page.reload();
		await page.getByRole('heading', { name: 'Questions' }).scrollIntoViewIfNeeded();
		await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);
	});
});

test('a link to a question opens the page at that question', async ({ page }) => {
	const { questions } = readRealArticle();
	const last = questions.at(-1) as unknown as { id: string };
	await page.goto(`${realArticlePath}#q-${last.id}`);
	await expect(questionCard(page, last.id)).toBeInViewport();
});

test('what a question teaches is not in the page; it loads when first needed', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (request) => request.url().includes('/teaching-') && loaded.push(request.url()));
	const response = await page.goto(fixturePath);
	expect(await response!.text()).not.toContain('The mayor reported the vote; the council made it.');
	await openPage(page, fixturePath);
	expect(loaded).toEqual([]);
	await questionCard(page, 'bold-step').getByRole('radio', { name: 'The critics' }).check();
	await checkAnswer(page, 'bold-step');
	await expect(questionCard(page, 'bold-step').locator('.feedback')).toContainText('✗ Not right yet. Look for the word "called".');
	expect(loaded).toHaveLength(1);
});

test('feedback that cannot load says so, and the verdict and the answer stay', async ({ page }) => {
	// Every try, at whatever address (see the retry test below).
	await page.route('**/teaching-*.js*', (route) => route.abort());
	await openPage(page, fixturePath);
	const form = questionCard(page, 'who-voted');
	await form.getByRole('radio', { name: 'The council' }).check();
	await checkAnswer(page, 'who-voted');
	await expect(form.locator('.feedback')).toContainText('✓ Right.');
	await expect(form.getByRole('alert')).toHaveText('Feedback could not load: reload the page. Your answers are kept.');
	await expect(form.getByRole('radio', { name: /The council/ })).toBeChecked();
});

test('feedback that loads on a later try replaces the notice that it could not load', async ({ page }) => {
	let offline = true;
	const failed = new Set<string>();
	const retriedFailedAddress: string[] = [];
	await page.route('**/teaching-*.js*', (route) => {
		const url = route.request().url();
		if (failed.has(url)) retriedFailedAddress.push(url);
		if (!offline) return route.continue();
		failed.add(url);
		return route.abort();
	});
	await openPage(page, fixturePath);
	const first = questionCard(page, 'who-voted');
	await first.getByRole('radio', { name: 'The council' }).check();
	await checkAnswer(page, 'who-voted');
	await expect(first.getByRole('alert')).toBeVisible();
	offline = false;
	await questionCard(page, 'bold-step').getByRole('radio', { name: 'The critics' }).check();
	await checkAnswer(page, 'bold-step');
	await expect(questionCard(page, 'bold-step').locator('.feedback')).toContainText('Look for the word "called".');
	await expect(page.getByRole('alert')).toHaveCount(0);
	// A browser may keep a failed import() of an address as failed for the page's life, so a retry asks for another.
	expect(retriedFailedAddress).toEqual([]);
});

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 800, height: 900 },
	{ width: 1280, height: 800 },
]) {
	test(`at ${viewport.width} px nothing moves as the islands mount: the header holds its words and strip from the start`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.addInitScript(() => {
			const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(realArticlePath);
		await expect(page.locator('[data-island]:not([data-mounted])')).toHaveCount(0);
		// The observer reports a frame after the shift; two frames on, every shift of the mount is in.
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
	});
}
