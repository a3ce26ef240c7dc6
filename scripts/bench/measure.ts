import { chromium, type Browser, type Page } from '@playwright/test';
import { checkButton } from '../../src/core/contract/hooks.ts';
import { findChromium, systemChromiumFlags } from '../chromium.ts';

/** What one load of a page gives: bytes and requests, and times in milliseconds. */
export interface PageRun {
	html: number;
	js: number;
	css: number;
	requests: number;
	interactive: number;
	longTasks?: number;
	/**
	 * Main-thread time spent in tasks, from the start of the load to a second after interactive. The long-task sum counts
	 * only tasks over 50 ms, so a page whose tasks end just under that counts nothing; this counts them all.
	 */
	busy?: number;
	/** The layout shift of the load (CLS), until the quiz can take answers. */
	layoutShift?: number;
	/** Elements in the questions' list, per question, once rendered. */
	elementsPerQuestion?: number;
	check?: number;
	keystroke?: number;
}

export async function launch(): Promise<Browser> {
	const choice = findChromium();
	return chromium.launch(choice?.executablePath ? { executablePath: choice.executablePath, args: systemChromiumFlags } : {});
}

/**
 * How the page tells the bench that something happened, and when: a console message, which the bench hears without
 * touching the page. Waiting with Playwright's own calls would run its code in the page while the page loads: on a
 * slow phone its first evaluation alone is a task of about 50 ms, at the moment the quiz is getting ready.
 */
const signalPrefix = 'underline-bench:';

/** The time the page gives with the signal `name`, once it does: the 1,000-question page at 4× CPU takes longer than 30 s. */
function signalled(page: Page, name: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const timeout = setTimeout(() => reject(new Error(`the page never signalled "${name}"`)), 300_000);
		page.on('console', (message) => {
			const [label, time] = message.text().split(' ');
			if (label !== signalPrefix + name) return;
			clearTimeout(timeout);
			resolve(Number(time));
		});
	});
}

/** Loads `url`, and gives the time at which the page marked itself interactive (`underline:interactive`). */
export async function loadUntilInteractive(page: Page, url: string): Promise<number> {
	await page.addInitScript((prefix) => {
		new PerformanceObserver((list) => {
			const mark = list.getEntriesByName('underline:interactive')[0];
			if (mark) console.debug(`${prefix}interactive ${mark.startTime}`);
		}).observe({ type: 'mark', buffered: true });
	}, signalPrefix);
	const interactive = signalled(page, 'interactive');
	await page.goto(url, { waitUntil: 'load' });
	return interactive;
}

// Runs in the page before anything else: collects long tasks and layout shifts, and times from an event to the paint after it.
function instrument() {
	const bench = { longTasks: [] as number[], layoutShift: 0 };
	Object.assign(window, { bench });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) bench.layoutShift += (entry as unknown as { value: number }).value;
	}).observe({ type: 'layout-shift', buffered: true });
	// The next frame, then one task after it: by then the browser has painted what the event changed.
	Object.assign(window, {
		paintAfter: (start: number) =>
			new Promise<number>((resolve) =>
				requestAnimationFrame(() => {
					const channel = new MessageChannel();
					channel.port1.onmessage = () => resolve(performance.now() - start);
					channel.port2.postMessage(0);
				}),
			),
	});
}

type Bench = Window & {
	bench: { longTasks: number[]; layoutShift: number };
	paintAfter: (start: number) => Promise<number>;
	pending: Promise<number>;
};

/**
 * Loads `url` in a fresh context. With `cpu` above 1, the CPU is slowed that many times and only the load is measured
 * (long tasks, and the main thread's busy time); otherwise it also times Check on the first three choice questions and
 * keystrokes in a written answer.
 */
export async function measurePage(browser: Browser, url: string, cpu: number): Promise<PageRun> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const devtools = await context.newCDPSession(page);
	if (cpu > 1) await devtools.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	await devtools.send('Performance.enable');
	const run: PageRun = { html: 0, js: 0, css: 0, requests: 0, interactive: 0 };
	page.on('response', (response) => {
		const bytes = Number(response.headers()['content-length'] ?? 0);
		const type = response.request().resourceType();
		run.requests++;
		if (type === 'document') run.html += bytes;
		if (type === 'script') run.js += bytes;
		if (type === 'stylesheet') run.css += bytes;
	});
	await page.addInitScript(instrument);
	run.interactive = await loadUntilInteractive(page, url);
	// Bytes and requests of the load itself: what the learner's actions fetch later (the teaching) is not counted.
	page.removeAllListeners('response');
	if (cpu > 1) {
		await page.waitForTimeout(1000);
		const { metrics } = await devtools.send('Performance.getMetrics');
		run.busy = metrics.find((metric) => metric.name === 'TaskDuration')!.value * 1000;
		run.longTasks = await page.evaluate(() => (window as unknown as Bench).bench.longTasks.reduce((sum, duration) => sum + duration, 0));
	} else {
		run.layoutShift = await page.evaluate(() => (window as unknown as Bench).bench.layoutShift);
		run.elementsPerQuestion = await countElements(page);
		run.check = await timeCheck(page);
		run.keystroke = await timeKeystrokes(page);
	}
	await context.close();
	return run;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** What a learner who goes straight to the questions waits for: from the start of the load to a question's first control on screen. */
export async function measureFirstControl(browser: Browser, url: string, cpu: number): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
	await page.addInitScript(
		(prefix) =>
			document.addEventListener('DOMContentLoaded', () => {
				document.querySelector('section.quiz')?.scrollIntoView({ behavior: 'instant' });
				const look = () => {
					const control = document.querySelector('.question :is(input, select, textarea)');
					if (control?.getClientRects().length) console.debug(`${prefix}first-control ${performance.now()}`);
					else requestAnimationFrame(look);
				};
				look();
			}),
		signalPrefix,
	);
	const time = signalled(page, 'first-control');
	await page.goto(url, { waitUntil: 'load' });
	await time;
	await context.close();
	return time;
}

/** The elements of the rendered questions, per question: what the browser lays out and styles for each. */
async function countElements(page: Page): Promise<number> {
	await page.locator('.quiz').scrollIntoViewIfNeeded();
	await page.locator('.question').first().waitFor({ state: 'attached' });
	// The questions after the learner's are built while the browser is idle; the list is busy until all are.
	await page.locator('.questions[aria-busy="true"]').waitFor({ state: 'detached', timeout: 180_000 });
	return page
		.locator('.questions > li')
		.evaluateAll((items) => items.reduce((sum, item) => sum + item.querySelectorAll('*').length + 1, 0) / items.length);
}

/** Shows a question that one question at a time may hide, as a link to it does (the baseline's questions have no ids). */
async function reach(page: Page, card: ReturnType<Page['locator']>): Promise<void> {
	const id = await card.getAttribute('id');
	if (id) await page.evaluate((anchor) => (location.hash = anchor), id);
}

/**
 * Check on each of the first `count` choice questions, as the median of them: a single Check is one sample of a time
 * that lands either side of a frame, and a median of 7 such samples swung from 0.8 to 1.9 times another page's.
 * Article and generated banks open with the same questions, so each page's Checks are on the same ones.
 */
async function timeCheck(page: Page, count = 3): Promise<number> {
	await page.locator('.quiz').scrollIntoViewIfNeeded();
	const choiceCards = page.locator('.question', { has: page.locator('.option input') });
	const times: number[] = [];
	for (let index = 0; index < count; index++) {
		const card = choiceCards.nth(index);
		await reach(page, card);
		await card.locator('.option input').first().check();
		// The first answer given loads the results, once, and a Check may load the code of the results' chart: that is
		// not the next Check's doing, so it is over before timing, as it is for a learner who reads the feedback first.
		if (await page.locator('[data-island="results"]').count()) await page.locator('.results').waitFor();
		await page.waitForTimeout(300);
		times.push(
			await card.evaluate(
				(element, checkButton) =>
					new Promise<number>((resolve) => {
						const button = element.querySelector<HTMLButtonElement>(`[${checkButton}]`)!;
						button.addEventListener('click', (event) => void (window as unknown as Bench).paintAfter(event.timeStamp).then(resolve), {
							once: true,
						});
						button.click();
					}),
				checkButton,
			),
		);
	}
	return median(times);
}

async function timeKeystrokes(page: Page, count = 5): Promise<number> {
	await reach(page, page.locator('.question', { has: page.locator('textarea') }).first());
	const textarea = page.locator('.question textarea').first();
	await textarea.scrollIntoViewIfNeeded();
	await textarea.focus();
	const times: number[] = [];
	for (let index = 0; index < count; index++) {
		await page.evaluate(() => {
			const bench = window as unknown as Bench;
			bench.pending = new Promise((resolve) =>
				addEventListener('input', (event) => void bench.paintAfter(event.timeStamp).then(resolve), { once: true, capture: true }),
			);
		});
		await page.keyboard.type('a');
		times.push(await page.evaluate(() => (window as unknown as Bench).pending));
	}
	return median(times);
}
