import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { typesPath, waitForIslands } from './helpers.ts';

/**
 * The article page's JavaScript budget, measured on the fixture page that uses all seven question types, inline scripts
 * included: 18 KB gzip for the seven types, plus 1 KB for trustworthy verdicts (locked answers, whole answers only,
 * focus after every action, the way back from evidence, statuses shared by card and results).
 */
const budget = 19 * 1024;

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

test(`an article page with every question type loads at most ${budget} bytes of gzipped JavaScript`, async ({ page }) => {
	const scripts = new Map<string, Promise<Buffer>>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.set(response.url(), response.body());
	});
	const documentResponse = await page.goto(typesPath);
	await waitForIslands(page);
	// Anything loaded on scroll or on visibility would show up now.
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
			scrollTo(0, y);
			await new Promise((resolve) => requestAnimationFrame(resolve));
		}
	});
	await page.waitForLoadState('networkidle');
	await waitForIslands(page);

	const files = await Promise.all([...scripts].map(async ([url, body]) => ({ url: new URL(url).pathname, bytes: gzipped(await body) })));
	const inline = await page.locator('script:not([src])').evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
	const inlineBytes = inline.reduce((sum, text) => sum + gzipped(text), 0);
	const total = files.reduce((sum, file) => sum + file.bytes, inlineBytes);
	const html = await documentResponse!.body();

	console.log(
		[
			'JavaScript on the article page (gzip -9):',
			...files.map((file) => `  ${file.url}: ${file.bytes} B`),
			`  inline (${inline.length} scripts): ${inlineBytes} B`,
			`  total: ${total} B of ${budget} B`,
			`HTML of the article page: ${html.length} B, ${gzipped(html)} B gzip`,
		].join('\n'),
	);
	expect(files.length).toBeGreaterThan(0);
	expect(total).toBeLessThanOrEqual(budget);
});
