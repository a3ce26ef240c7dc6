import type { Browser } from '@playwright/test';
import { loadUntilInteractive } from './measure.ts';

/** What one load of the studio gives, in milliseconds. */
export interface StudioRun {
	interactive: number;
	/** From a keystroke in the bank's editor to the paint that shows the problems checked again (median of 5). */
	keystroke?: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Loads the studio at `url` with `draft` as the draft it keeps, at `cpu` times slowed CPU. At 1× it also types into the
 * bank's editor and times each keystroke to the paint after it: every keystroke checks the whole draft again.
 */
export async function measureStudio(browser: Browser, url: string, draft: object, cpu: number): Promise<StudioRun> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.addInitScript((text) => localStorage.setItem('underline:studio:draft', text), JSON.stringify(draft));
	if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
	const run: StudioRun = { interactive: await loadUntilInteractive(page, url) };
	if (cpu === 1) {
		const editor = page.getByRole('textbox', { name: 'Questions, in YAML' });
		await editor.click();
		await page.keyboard.press('ControlOrMeta+Home');
		await page.keyboard.press('End');
		const times: number[] = [];
		for (let index = 0; index < 5; index++) {
			// The listener is in place before the key is pressed; the time is read once the paint after it is done.
			await page.evaluate(() => {
				const timing = window as unknown as { pending: Promise<number> };
				timing.pending = new Promise((resolve) =>
					addEventListener(
						'keydown',
						(event) =>
							requestAnimationFrame(() => {
								const channel = new MessageChannel();
								channel.port1.onmessage = () => resolve(performance.now() - event.timeStamp);
								channel.port2.postMessage(0);
							}),
						{ once: true, capture: true },
					),
				);
			});
			await page.keyboard.type(index % 2 ? 'x' : ' ');
			times.push(await page.evaluate(() => (window as unknown as { pending: Promise<number> }).pending));
		}
		run.keystroke = median(times);
	}
	await context.close();
	return run;
}
