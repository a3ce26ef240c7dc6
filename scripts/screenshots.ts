// Takes screenshots of the built site at phone and desktop widths, for looking at a design by eye: `npm run screenshots`.
// Serve the site first (`npm start`, or the test build with `UNDERLINE_FIXTURES=1`); pages and the output folder are arguments.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { findChromium, systemChromiumFlags } from './chromium.ts';

const [base = 'http://127.0.0.1:4321', out = 'reports/screenshots', ...paths] = process.argv.slice(2);
const browserChoice = findChromium();
const browser = await chromium.launch(
	browserChoice?.executablePath ? { executablePath: browserChoice.executablePath, args: systemChromiumFlags } : {},
);
mkdirSync(out, { recursive: true });
for (const path of paths.length ? paths : ['/']) {
	for (const [name, width] of [
		['phone', 390],
		['desktop', 1280],
	] as const) {
		const page = await browser.newPage({ viewport: { width, height: 900 } });
		await page.goto(base + path);
		await page.waitForSelector('[data-island]:not([data-mounted])', { state: 'detached' }).catch(() => {});
		const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index'}-${name}.png`;
		await page.screenshot({ path: file, fullPage: true });
		console.log(file);
		await page.close();
	}
}
await browser.close();
