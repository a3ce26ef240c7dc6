import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { budgets } from '../budgets.ts';
import { openPage, readRealArticle, realArticlePath, typesPath, waitForIslands } from './helpers.ts';

// The budgets and their reasons are in tests/budgets.ts.
const {
	articleFirstLoad: firstLoadBudget,
	articleQuiz: quizBudget,
	articleCss: cssBudget,
	classScript: classBudget,
	articleHtml: htmlBudget,
	studioScript: studioBudget,
} = budgets;

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Records the scripts a page fetches, to weigh once it has them all. */
function scriptsOf(page: Page) {
	const scripts = new Map<string, Promise<Buffer>>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.set(response.url(), response.body());
	});
	return async (label: string, budget: number) => {
		await page.waitForLoadState('networkidle');
		const files = await Promise.all([...scripts].map(async ([url, body]) => ({ url: new URL(url).pathname, bytes: gzipped(await body) })));
		const inline = await page.locator('script:not([src])').evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
		const inlineBytes = inline.reduce((sum, text) => sum + gzipped(text), 0);
		const total = files.reduce((sum, file) => sum + file.bytes, inlineBytes);
		console.log(
			[
				`${label} (gzip -9):`,
				...files.map((file) => `  ${file.url}: ${file.bytes} B`),
				`  inline (${inline.length} scripts): ${inlineBytes} B`,
				`  total: ${total} B of ${budget} B`,
			].join('\n'),
		);
		expect(files.length).toBeGreaterThan(0);
		return total;
	};
}

test(`the real article page's first load on a phone, while the reader is in the article, is at most ${firstLoadBudget} bytes of gzipped JavaScript`, async ({
	page,
}) => {
	// A phone's screen: the questions follow the article, rather than stand beside it from the first paint.
	await page.setViewportSize({ width: 390, height: 844 });
	const weigh = scriptsOf(page);
	await page.goto(realArticlePath);
	await expect(page.locator('[data-island]:not([data-mounted])')).toHaveCount(0);
	const total = await weigh('JavaScript of the real article page on a phone, read from its top', firstLoadBudget);
	// What was weighed is the first load: the questions wait until the quiz comes near, and none is there yet.
	await expect(page.locator('.question')).toHaveCount(0);
	expect(total).toBeLessThanOrEqual(firstLoadBudget);
});

test("the real article page's markup names every script of its first load, so that none waits for another to arrive", async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') fetched.push(new URL(request.url()).pathname);
	});
	// Read from its top: what loads when the quiz comes near is on demand, and named by no page.
	await page.goto(realArticlePath);
	await expect(page.locator('[data-island]:not([data-mounted])')).toHaveCount(0);
	await page.waitForLoadState('networkidle');
	const named = await page
		.locator('script[src], link[rel="modulepreload"]')
		.evaluateAll((elements) =>
			elements.map((element) => new URL(element.getAttribute('src') ?? element.getAttribute('href')!, location.href).pathname),
		);
	expect(fetched.length).toBeGreaterThan(1);
	expect(fetched.filter((path) => !named.includes(path))).toEqual([]);
});

test(`an article page with every question type, all of them built, loads at most ${quizBudget} bytes of gzipped JavaScript`, async ({
	page,
}) => {
	const weigh = scriptsOf(page);
	await page.goto(typesPath);
	await waitForIslands(page);
	// Anything loaded on scroll or on visibility would show up now.
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
			scrollTo(0, y);
			await new Promise((resolve) => requestAnimationFrame(resolve));
		}
	});
	await waitForIslands(page);
	expect(await weigh('JavaScript of the article page with every question type', quizBudget)).toBeLessThanOrEqual(quizBudget);
});

// Chromium reads every form on a page again for autofill a little after forms are added. With a form per question,
// a 300-question bank built a slice at a time set off one such pass after another, each over all the forms built so
// far: at 4× CPU, 17 passes and 6.6 s of the main thread, the longest 1.3 s. Questions without a form of their own
// are read as one, in milliseconds.
test('the real article page, every question built, holds no form element', async ({ page }) => {
	const { questions } = readRealArticle();
	await openPage(page, realArticlePath);
	await expect(page.getByRole('group', { name: /^Question \d+\. / })).toHaveCount(questions.length);
	expect(await page.evaluate(() => document.forms.length)).toBe(0);
});

test(`the real article page's HTML is at most ${htmlBudget} bytes gzipped, and its inlined CSS at most ${cssBudget}`, async ({ page }) => {
	const html = (await (await page.goto(realArticlePath))!.body()).toString();
	console.log(`HTML of the real article page: ${html.length} B, ${gzipped(html)} B gzip, of ${htmlBudget} B`);
	expect(gzipped(html)).toBeLessThanOrEqual(htmlBudget);
	const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
	console.log(`Inlined CSS of the real article page: ${css.length} B, ${gzipped(css)} B gzip, of ${cssBudget} B`);
	expect(css.length).toBeGreaterThan(0);
	expect(gzipped(css)).toBeLessThanOrEqual(cssBudget);
});

test('the index page loads no quiz code, yet clearing data works', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Clear all my data' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(scripts).toEqual([]);
});

test(`the class page loads at most ${classBudget} bytes of gzipped JavaScript before a CSV is asked for`, async ({ page }) => {
	const scripts = new Map<string, Promise<Buffer>>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.set(response.url(), response.body());
	});
	await page.goto('/class/');
	await expect(page.getByRole('heading', { name: 'Add results' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	const inline = await page.locator('script:not([src])').evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
	let total = inline.reduce((sum, text) => sum + gzipped(text), 0);
	for (const body of scripts.values()) total += gzipped(await body);
	console.log(`JavaScript on the class page: ${total} B gzip in ${scripts.size} files, of ${classBudget} B`);
	expect(scripts.size).toBeGreaterThan(0);
	expect(total).toBeLessThanOrEqual(classBudget);
});

test(`the studio page loads at most ${studioBudget} bytes of gzipped JavaScript, and no article page loads any of it`, async ({ page }) => {
	const scripts = new Map<string, Promise<Buffer>>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.set(new URL(response.url()).pathname, response.body());
	});
	await page.goto('studio/');
	await waitForIslands(page);
	await page.waitForLoadState('networkidle');
	let total = 0;
	for (const body of scripts.values()) total += gzipped(await body);
	console.log(`JavaScript on the studio page: ${total} B gzip in ${scripts.size} files, of ${studioBudget} B`);
	expect(total).toBeLessThanOrEqual(studioBudget);
	const studioFiles = [...scripts.keys()].filter((path) => !path.includes('/quiz.') && !path.includes('/shared.'));
	expect(studioFiles.length).toBeGreaterThan(0);

	const articleScripts: string[] = [];
	page.removeAllListeners('response');
	page.on('request', (request) => request.resourceType() === 'script' && articleScripts.push(new URL(request.url()).pathname));
	await page.goto(realArticlePath);
	await waitForIslands(page);
	await page.waitForLoadState('networkidle');
	expect(articleScripts.length).toBeGreaterThan(0);
	expect(articleScripts.filter((path) => studioFiles.includes(path))).toEqual([]);
});
