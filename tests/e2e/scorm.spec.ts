import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { checkContentOnce } from '../../src/pipeline/load/checked-content.ts';
import { scormPackage, type ScormDialect } from '../../src/pipeline/package/scorm-package.ts';

// The quiz as a SCORM package inside an LMS. The LMS is scorm-again, a runtime that hosts the API as an LMS does, in
// a harness page that frames the unpacked package. Both are served by the browser's request routing from memory, at
// an address of their own: no server, and the package is the one `npm run package` writes.

const lms = 'http://lms.test';
const dist = process.env.UNDERLINE_OUT_DIR ?? 'dist-test';
const article = 'fixture-types';

const harness = `<!doctype html>
<html lang="en"><head><title>Course</title><script src="/scorm-again.js"></script></head>
<body><iframe id="sco" title="The quiz" style="width: 100%; height: 95vh"></iframe>
<script>
	const params = new URLSearchParams(location.search);
	const version = params.get('version');
	const api = version === '1.2' ? new Scorm12API({ autocommit: false, logLevel: 5 }) : new Scorm2004API({ autocommit: false, logLevel: 5 });
	if (window.initialCmi) api.loadFromJSON(window.initialCmi);
	window.received = {};
	window.refusing = false;
	api.on(version === '1.2' ? 'LMSSetValue.cmi.*' : 'SetValue.cmi.*', (element, value) => (window.received[element] = value));
	// A test can make the LMS turn every call down, as one whose server is unreachable does.
	for (const name of version === '1.2' ? ['LMSSetValue', 'LMSCommit'] : ['SetValue', 'Commit']) {
		const real = api[name].bind(api);
		api[name] = (...args) => (window.refusing ? 'false' : real(...args));
	}
	window[version === '1.2' ? 'API' : 'API_1484_11'] = api;
	document.getElementById('sco').src = 'package/index.html';
</script></body></html>`;

const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', svg: 'image/svg+xml', xml: 'application/xml' };

/** The package `npm run package` writes for the fixture article. */
const packaged = (dialect: ScormDialect, mode?: 'test') =>
	scormPackage(
		dist,
		checkContentOnce(['content', 'tests/fixtures/site']).pages.find(({ id }) => id === article)!,
		dialect,
		mode,
	);

/** The package the studio makes of the same article and bank, opened from disk, as a teacher downloads it. */
async function studioPackage(page: Page, dialect: ScormDialect): Promise<Uint8Array> {
	await page.goto('studio/');
	await expect(page.locator('[data-island]:not([data-mounted])')).toHaveCount(0);
	await page
		.getByLabel(/^Open an article/)
		.setInputFiles([`tests/fixtures/site/articles/${article}.md`, `tests/fixtures/site/questions/${article}.yaml`]);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: `Download the SCORM ${dialect} package` }).click(),
	]);
	await expect(page.getByRole('status').filter({ hasText: /^Downloaded / })).toContainText(
		`Downloaded ${article}.scorm${dialect.replace('.', '')}.zip`,
	);
	return readFileSync(await download.path());
}

/** Opens the course: the harness, the SCORM runtime and the unpacked package, with `initialCmi` as the LMS kept it. */
async function openCourse(
	page: Page,
	dialect: ScormDialect,
	options: { mode?: 'test'; initialCmi?: object; zip?: Uint8Array } = {},
): Promise<FrameLocator> {
	await routeCourse(page, dialect, options);
	if (options.initialCmi) await page.addInitScript((cmi) => Object.assign(window, { initialCmi: cmi }), options.initialCmi);
	await page.goto(`${lms}/course.html?version=${dialect}`);
	const quiz = page.frameLocator('#sco');
	await expect(quiz.locator('[data-island]:not([data-mounted])')).toHaveCount(0);
	await quiz.locator('section.quiz').scrollIntoViewIfNeeded();
	await expect(quiz.locator('.question').first()).toBeAttached();
	return quiz;
}

/** Serves the harness, the SCORM runtime and the unpacked package at the LMS's address. */
async function routeCourse(page: Page, dialect: ScormDialect, options: { mode?: 'test'; zip?: Uint8Array }): Promise<void> {
	const files = unzipSync(options.zip ?? packaged(dialect, options.mode));
	// The runtime's browser build (beside its module build), which defines Scorm12API or Scorm2004API on the window.
	const runtime = readFileSync(new URL(`../${dialect === '1.2' ? 'scorm12' : 'scorm2004'}.js`, import.meta.resolve('scorm-again')));
	await page.route(`${lms}/**`, (route) => {
		const path = new URL(route.request().url()).pathname.slice(1);
		const body = path === 'course.html' ? harness : path === 'scorm-again.js' ? runtime : files[path.replace(/^package\//, '')];
		return body === undefined
			? route.fulfill({ status: 404 })
			: route.fulfill({ body: typeof body === 'string' ? body : Buffer.from(body), contentType: types[path.split('.').pop()!] });
	});
}

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Record<string, string> }).received);

const form = (quiz: FrameLocator | Page, id: string) => quiz.locator(`#q-${id}`);
const check = (quiz: FrameLocator, id: string) =>
	form(quiz, id)
		.getByRole('button', { name: /^(Check answer|Compare with the model answer)$/ })
		.click();

/** Answers every question of the fixture right, as a learner would, and compares the open one with the model. */
async function answerAll(quiz: FrameLocator, check: (id: string) => Promise<void>) {
	await form(quiz, 'reopen-day').getByRole('radio', { name: 'On Monday' }).check();
	await check('reopen-day');
	for (const name of ['The mayor', 'A local builder']) await form(quiz, 'who-spoke').getByRole('checkbox', { name }).check();
	await check('who-spoke');
	await form(quiz, 'unsourced-sentence').getByRole('checkbox', { name: 'Repairs cost more than planned.' }).check();
	await check('unsourced-sentence');
	const order = form(quiz, 'repair-timeline');
	for (const [target, text] of ['The storm damages the roof', 'Workers replace the roof'].entries())
		while ((await order.locator('.order .item').allTextContents()).indexOf(text) > target)
			await order.getByRole('button', { name: `Move up: ${text}` }).click();
	await check('repair-timeline');
	for (const [id, rows] of [
		[
			'who-said-what',
			[
				['"a triumph of teamwork"', 'The mayor'],
				['the work was rushed', 'A local builder'],
			],
		],
		[
			'fact-or-opinion',
			[
				['Workers replaced the roof in April.', 'Fact'],
				['The repairs were a triumph of teamwork.', 'Opinion'],
			],
		],
	] as const) {
		for (const [row, choice] of rows)
			await form(quiz, id).getByRole('radiogroup', { name: row, exact: true }).getByRole('radio', { name: choice, exact: true }).check();
		await check(id);
	}
	await form(quiz, 'neutral-headline').getByRole('textbox', { name: 'Your answer' }).fill('Council says the town hall reopens on Monday');
	await form(quiz, 'neutral-headline').getByRole('checkbox').first().check();
	await check('neutral-headline');
}

// The same run for the package `npm run package` writes and for the one the studio makes in the browser.
for (const maker of ['npm run package', 'the studio'] as const)
	test(`in a SCORM 2004 course, a full run sends the score, the statuses and an interaction per question: package from ${maker}`, async ({
		page,
	}) => {
		test.slow(); // a whole quiz in a frame: heavy on two shared cores
		const quiz = await openCourse(page, '2004', { zip: maker === 'the studio' ? await studioPackage(page, '2004') : undefined });
		await expect(quiz.getByText('Your results go to your course.')).toBeVisible();
		// The open site's promise that nothing is sent anywhere is not made here, where results go to the course.
		await expect(quiz.getByText('Nothing you do here is sent anywhere.', { exact: false })).toHaveCount(0);
		await answerAll(quiz, (id) => check(quiz, id));
		// The code loaded on demand is in the package too: the ways to hand in results appear once the quiz is finished.
		await expect(quiz.getByRole('heading', { name: 'Hand your results to your teacher' })).toBeVisible();
		// Changes reach the course after a short pause, and the last one (the written answer) may come after the course is
		// told it is complete: the test waits for the whole of what a full run sends, not for one of its parts.
		await expect
			.poll(() => received(page))
			.toMatchObject({
				'cmi.score.min': '0',
				'cmi.score.max': '100',
				'cmi.score.raw': '100',
				'cmi.score.scaled': '1',
				'cmi.completion_status': 'completed',
				'cmi.success_status': 'passed',
				'cmi.interactions.0.id': 'reopen-day',
				'cmi.interactions.0.type': 'choice',
				'cmi.interactions.0.objectives.0.id': 'literal',
				'cmi.interactions.0.learner_response': 'a',
				'cmi.interactions.0.result': 'correct',
				'cmi.interactions.1.learner_response': 'a[,]b',
				'cmi.interactions.3.type': 'sequencing',
				'cmi.interactions.4.type': 'matching',
				'cmi.interactions.4.learner_response': 'a[.]c[,]b[.]a',
				'cmi.interactions.6.type': 'long-fill-in',
				'cmi.interactions.6.learner_response': 'Council says the town hall reopens on Monday',
				'cmi.interactions.6.result': 'neutral',
			});
		const cmi = await received(page);
		if (maker === 'npm run package') console.log(`What the SCORM 2004 runtime received for one full run:\n${JSON.stringify(cmi, null, 1)}`);
		expect(cmi['cmi.suspend_data']!.length).toBeGreaterThan(0);

		// Leaving the page ends the session: the place is kept for a return, and the runtime is terminated.
		await page.evaluate(() => document.getElementById('sco')!.remove());
		await expect.poll(async () => (await received(page))['cmi.exit']).toBe('suspend');
		expect(await page.evaluate(() => (window as unknown as { API_1484_11: { isTerminated(): boolean } }).API_1484_11.isTerminated())).toBe(
			true,
		);
	});

test('in a SCORM 1.2 course, a wrong answer is sent as wrong, and a relaunch on another device resumes from the suspend data', async ({
	page,
	browser,
}) => {
	const quiz = await openCourse(page, '1.2');
	await form(quiz, 'reopen-day').getByRole('radio', { name: 'On Thursday' }).check();
	await check(quiz, 'reopen-day');
	await expect.poll(async () => (await received(page))['cmi.interactions.0.result']).toBe('wrong');
	const cmi = await received(page);
	expect(cmi).toMatchObject({
		'cmi.core.score.raw': '0',
		'cmi.core.score.max': '100',
		'cmi.core.lesson_status': 'incomplete',
		'cmi.interactions.0.student_response': 'b',
	});

	// Another device: a fresh browser, whose storage holds nothing, and the LMS launches the attempt again.
	const other = await (await browser.newContext()).newPage();
	const resumed = await openCourse(other, '1.2', { initialCmi: { suspend_data: cmi['cmi.suspend_data'], core: { entry: 'resume' } } });
	await expect(form(resumed, 'reopen-day').getByRole('radio', { name: 'On Thursday' })).toBeChecked();
	await expect(form(resumed, 'reopen-day').locator('.feedback')).toContainText('Not right yet.');
	await other.context().close();
});

test('when the LMS refuses its calls the quiz goes on from this browser and says so, and sends everything once it accepts again', async ({
	page,
}) => {
	const quiz = await openCourse(page, '2004');
	await page.evaluate(() => Object.assign(window, { refusing: true }));
	await form(quiz, 'reopen-day').getByRole('radio', { name: 'On Monday' }).check();
	await check(quiz, 'reopen-day');
	await expect(quiz.getByRole('alert').filter({ hasText: 'Your course did not take your latest results' })).toBeVisible();
	expect((await received(page))['cmi.interactions.0.result']).toBeUndefined();
	// Nothing is lost: the answer is on screen and in this browser's storage.
	await expect(form(quiz, 'reopen-day').locator('.feedback')).toContainText('✓ Right.');
	expect(await quiz.locator('body').evaluate(() => JSON.stringify(localStorage))).toContain('reopen-day');

	await page.evaluate(() => Object.assign(window, { refusing: false }));
	for (const name of ['The mayor', 'A local builder']) await form(quiz, 'who-spoke').getByRole('checkbox', { name }).check();
	await check(quiz, 'who-spoke');
	await expect(quiz.getByText('Your results go to your course.')).toBeVisible();
	// Sent after the course's short pause: waited for, not assumed.
	await expect
		.poll(() => received(page))
		.toMatchObject({
			'cmi.interactions.0.result': 'correct',
			'cmi.interactions.1.result': 'correct',
			'cmi.score.raw': '33',
		});
});

test('under SCORM 1.2, answers longer than its 4,096 characters of suspend data stay in this browser, and the score still goes', async ({
	page,
}) => {
	const quiz = await openCourse(page, '1.2');
	// Text that no compression can shrink much: 6,000 characters of pseudo-random letters.
	let seed = 7;
	const noise = Array.from({ length: 6000 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
	await form(quiz, 'neutral-headline').getByRole('textbox', { name: 'Your answer' }).fill(noise);
	await expect(quiz.getByRole('alert').filter({ hasText: 'Your answers are more than your course can keep' })).toBeVisible();
	await form(quiz, 'reopen-day').getByRole('radio', { name: 'On Monday' }).check();
	await check(quiz, 'reopen-day');
	await expect.poll(async () => (await received(page))['cmi.core.score.raw']).toBe('17');
	const kept = (await received(page))['cmi.suspend_data'] ?? '';
	expect(kept.length).toBeLessThanOrEqual(4096);
	expect(await quiz.locator('body').evaluate(() => JSON.stringify(localStorage))).toContain(noise.slice(0, 100));
});

test('a package made with --mode test runs the quiz as a test, with no mode switch', async ({ page }) => {
	const quiz = await openCourse(page, '2004', { mode: 'test' });
	page.on('dialog', (dialog) => dialog.accept()); // "Hand in anyway?"
	await expect(quiz.getByText('Mode: test, chosen by your teacher.')).toBeVisible();
	await expect(quiz.getByRole('radio', { name: /^Practice/ })).toHaveCount(0);
	await form(quiz, 'reopen-day').getByRole('radio', { name: 'On Monday' }).check();
	await quiz.getByRole('button', { name: 'Hand in the test' }).click();
	await expect.poll(async () => (await received(page))['cmi.success_status']).toBe('failed');
	expect(await received(page)).toMatchObject({
		'cmi.score.raw': '17',
		'cmi.completion_status': 'completed',
		'cmi.interactions.0.result': 'correct',
	});
});

test('a test package opened with no LMS around it, as a teacher tries it first, runs as a test too', async ({ page }) => {
	await routeCourse(page, '2004', { mode: 'test' });
	await page.goto(`${lms}/package/index.html`);
	await expect(page.locator('[data-island]:not([data-mounted])')).toHaveCount(0);
	await expect(page.getByText('Mode: test, chosen by your teacher.')).toBeVisible();
	await form(page, 'reopen-day').getByRole('radio', { name: 'On Monday' }).check();
	await expect(page.getByRole('button', { name: 'Hand in the test' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
});
