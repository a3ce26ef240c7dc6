import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { checkAnswer, openPage, questionCard, readRealArticle, realArticlePath, typesPath } from './helpers.ts';

// What every page offers: the same question counts everywhere, targets big enough to hit, and a way back from a wrong address.

const { meta } = readRealArticle();

test('the index, the header and the results give the same count of scored and written questions', async ({ page }) => {
	const count = '7 questions: 6 scored, 1 written answer you check yourself';
	await page.goto('/');
	await expect(page.getByRole('listitem').filter({ hasText: 'Town hall reopens after repairs' })).toContainText(count);
	await openPage(page, typesPath);
	await expect(page.locator('.quiz')).toContainText(count);
	await expect(page.getByRole('status').filter({ hasText: 'answered' })).toHaveText('0 of 6 scored questions answered, 0 correct');
	// The results report from the first answer given, checked or not.
	await questionCard(page, 'reopen-day').getByRole('radio', { name: 'On Monday' }).check();
	await expect(page.getByText('Score: 0 of 6 scored questions. Written answers: 0 of 1 compared with the model answer.')).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header gives the same count', async ({ page }) => {
		await page.goto(typesPath);
		await expect(page.locator('.site-header')).toContainText('7 questions: 6 scored, 1 written answer you check yourself');
	});
});

/** Every visible control on the page that is smaller than 24 × 24 CSS pixels (WCAG 2.2, 2.5.8), described for the report. */
async function smallTargets(page: Page): Promise<string[]> {
	return page.locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').evaluateAll((elements) =>
		elements.flatMap((element) => {
			const box = element.getBoundingClientRect();
			const visible = box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
			if (!visible || (box.width >= 24 && box.height >= 24)) return [];
			const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
			return [`${element.tagName.toLowerCase()} "${name}": ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`];
		}),
	);
}

for (const viewport of [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 },
]) {
	test.describe(`at ${viewport.width} px wide`, () => {
		test.use({ viewport });

		test('every control on the index, article and not-found pages is at least 24 × 24 px', async ({ page }) => {
			test.slow(); // four pages in one test
			await openPage(page, '/');
			expect(await smallTargets(page)).toEqual([]);
			await page.goto('/no-such-page/');
			expect(await smallTargets(page)).toEqual([]);

			await openPage(page, realArticlePath);
			for (const summary of await page.locator('details.notes summary').all()) await summary.click();
			expect(await smallTargets(page)).toEqual([]);

			// Answered questions bring the markers in the article, the evidence links and the way back.
			await openPage(page, typesPath);
			await questionCard(page, 'reopen-day').getByRole('radio', { name: 'On Thursday' }).check();
			await checkAnswer(page, 'reopen-day');
			await questionCard(page, 'reopen-day').getByRole('button', { name: 'Show the answer' }).click();
			await questionCard(page, 'reopen-day').getByRole('button', { name: 'Next question' }).click();
			await questionCard(page, 'who-spoke').getByRole('checkbox', { name: 'The mayor' }).check();
			await checkAnswer(page, 'who-spoke');
			await questionCard(page, 'who-spoke').getByRole('button', { name: 'Show the answer' }).click();
			await questionCard(page, 'who-spoke')
				.getByRole('link', { name: /^paragraph 3:/ })
				.first()
				.click();
			await expect(page.getByRole('link', { name: 'Back to question 2' })).toBeVisible();
			expect(await smallTargets(page)).toEqual([]);
		});
	});
}

test('an article’s address without its final slash still reaches the article', async ({ page }) => {
	const response = await page.goto(realArticlePath.replace(/\/$/, ''));
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title);
});

test('an address that does not exist gets the project’s own page, with links home and to every article', async ({ page }) => {
	const response = await page.goto('/articles/no-such-article/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('main').getByRole('link', { name: 'the home page' })).toHaveAttribute('href', '/');
	await expect(page.getByRole('main').getByRole('link', { name: meta.title })).toHaveAttribute('href', `/${realArticlePath}`);
	await expect(page.getByRole('main').getByRole('link', { name: 'Town hall reopens after repairs, council says' })).toBeVisible();
});

test('for static hosts, _headers forbids framing on every file, beside safe defaults, and each page keeps its own policy', async ({
	page,
}) => {
	const headers = readFileSync(`${process.env.UNDERLINE_OUT_DIR ?? 'dist-test'}/_headers`, 'utf8');
	expect(headers).toMatch(
		/^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: no-referrer\n {2}Permissions-Policy: .*\n {2}Content-Security-Policy: frame-ancestors 'none'\n?$/m,
	);
	// A browser enforces the header's policy and the page's <meta> one together.
	for (const path of ['', typesPath, `${typesPath}key/`, 'class/']) {
		await page.goto(path || './');
		expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toContain("connect-src 'none'");
	}
});
