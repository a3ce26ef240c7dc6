// Screenshots for judging the design by eye: `npm run screenshots`. Builds the site, serves it on loopback, and writes
// PNGs of the first article's page to screenshots/ at five widths, in the light and dark themes, in four states:
// before answering, mid-quiz with evidence shown, after a revealed answer, and the results. Extra page paths given as
// arguments are captured too, whole, at each width and theme.
import { chromium, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { serve } from './bench/serve.ts';
import { findChromium, systemChromiumFlags } from './chromium.ts';

const widths = [320, 390, 768, 1280, 1600];
const themes = ['light', 'dark'] as const;
const out = 'screenshots';
const extraPaths = process.argv.slice(2);

if (spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error('the build failed');
const article = readdirSync('dist/articles')[0]!;
const site = await serve('dist');
const choice = findChromium();
const browser = await chromium.launch(choice?.executablePath ? { executablePath: choice.executablePath, args: systemChromiumFlags } : {});
mkdirSync(out, { recursive: true });

const ready = (page: Page) => page.waitForSelector('[data-island]:not([data-mounted])', { state: 'detached' });

/** Answers question `n` (1-based) with its first option, checks it, and shows the answer if the first try was wrong. */
async function answer(page: Page, n: number): Promise<void> {
	const card = page.locator('.question').nth(n - 1);
	// Built once the quiz is near: not there yet is not the same as hidden.
	await card.waitFor({ state: 'attached' });
	// On a phone the questions come one at a time, and the next is a press of the bar's Next away.
	if (!(await card.isVisible())) await page.getByRole('navigation', { name: 'Question by question' }).getByRole('button', { name: 'Next ›' }).click();
	await card.scrollIntoViewIfNeeded();
	// A row question on a narrow card has a select per row where a wide one has radios.
	const selects = await card.getByRole('combobox').all();
	if (selects.length) for (const select of selects) await select.selectOption({ index: 1 });
	else await card.locator('input').first().check();
	await card.getByRole('button', { name: 'Check answer' }).click();
	const reveal = card.getByRole('button', { name: 'Show the answer' });
	if (await reveal.isVisible()) await reveal.click();
}

for (const width of widths) {
	for (const theme of themes) {
		const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
		const shot = async (state: string) => {
			const file = `${out}/${article}-${width}-${theme}-${state}.png`;
			await page.screenshot({ path: file });
			console.log(file);
		};
		await page.goto(`${site.url}/articles/${article}/`);
		await ready(page);
		await shot('1-before');
		await page.locator('section.quiz').scrollIntoViewIfNeeded();
		await answer(page, 1);
		await page.locator('.question').first().locator('.evidence a').first().click();
		await page.waitForTimeout(300);
		await shot('2-evidence');
		await answer(page, 2);
		await page.locator('.question').nth(1).scrollIntoViewIfNeeded();
		await shot('3-revealed');
		await page.locator('#results-heading').scrollIntoViewIfNeeded();
		await shot('4-results');
		for (const path of extraPaths) {
			await page.goto(site.url + path);
			await page.waitForTimeout(300);
			const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index'}-${width}-${theme}.png`;
			await page.screenshot({ path: file, fullPage: true });
			console.log(file);
		}
		await page.close();
	}
}
await browser.close();
site.close();
