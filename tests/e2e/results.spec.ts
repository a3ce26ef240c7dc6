import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import {
	acceptNextDialog,
	answerEveryQuestion,
	expectNoAxeViolations,
	fixturePath,
	openPage,
	progress,
	questionCard,
	readRealArticle,
	realArticlePath,
} from './helpers.ts';

// Results a teacher can collect with nothing sent anywhere: a file, a code and a slip from the learner, the class
// page that reads them, and progress carried to another device.

/** Answers the small fixture quiz in test mode, `right` of its three questions right, and hands it in. */
async function handInTest(page: Page, name: string, wrongOn: string[] = []) {
	await openPage(page, `${fixturePath}?mode=test`);
	const picks: Record<string, [string, string]> = {
		'who-voted': ['The council', 'The mayor'],
		'bold-step': ['A spokesperson', 'The critics'],
		'opening-day': ['On March 4', 'On Thursday'],
	};
	for (const [id, [right, wrong]] of Object.entries(picks))
		await questionCard(page, id)
			.getByRole('radio', { name: wrongOn.includes(id) ? wrong : right })
			.check();
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	await page.getByRole('textbox', { name: /^Your name/ }).fill(name);
}

async function downloadResultsFile(page: Page): Promise<{ name: string; text: string }> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download results file' }).click();
	const file = await download;
	return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

async function showCode(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Show results code' }).click();
	return page.getByRole('textbox', { name: /^Results code/ }).inputValue();
}

async function openClassPage(page: Page) {
	await page.goto('/class/');
	await expect(page.getByRole('heading', { name: 'Add results' })).toBeVisible();
}

const addFiles = (page: Page, files: { name: string; text: string }[]) =>
	page
		.getByLabel(/^Results files/)
		.setInputFiles(files.map(({ name, text }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));

async function addCodes(page: Page, codes: string[]) {
	await page.getByRole('textbox', { name: 'Results codes, one per line' }).fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
}

const questionRow = (page: Page, number: number) =>
	page
		.getByRole('table', { name: 'Questions, weakest first' })
		.getByRole('row')
		.filter({ hasText: new RegExp(`^${number}\\. `) });

test('results appear only once the quiz is finished, and load only then', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (request) => loaded.push(request.url()));
	await openPage(page, `${fixturePath}?mode=test`);
	await questionCard(page, 'who-voted').getByRole('radio', { name: 'The council' }).check();
	await expect(page.getByRole('heading', { name: 'Hand your results to your teacher' })).toHaveCount(0);
	expect(loaded.filter((url) => /TakeResults|take-results/.test(url))).toEqual([]);
	acceptNextDialog(page, /Hand in anyway\?/);
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	await expect(page.getByRole('heading', { name: 'Hand your results to your teacher' })).toBeVisible();
});

test('a results file and a results code each round-trip into the class page, with the right shares', async ({ page }) => {
	await handInTest(page, 'Ada', ['bold-step']);
	const file = await downloadResultsFile(page);
	expect(file.name).toBe('underline-results-fixture-quiz-ada.json');
	const record = JSON.parse(file.text);
	expect(record).toMatchObject({
		kind: 'underline-results',
		article: 'fixture-quiz',
		mode: 'test',
		name: 'Ada',
		score: { right: 2, total: 3 },
	});
	expect(record.questions.map((question: { right: boolean }) => question.right)).toEqual([true, false, true]);
	const adaCode = await showCode(page);
	expect(adaCode).toMatch(/^UL1-\S+$/);
	await expectNoAxeViolations(page);

	await page.evaluate(() => localStorage.clear());
	await handInTest(page, 'Grace', ['bold-step', 'opening-day']);
	const graceCode = await showCode(page);
	await expect(page.getByText('Print results slip')).toBeVisible();
	await page.evaluate(() => localStorage.clear());
	await handInTest(page, 'Lin', []);
	const linCode = await showCode(page);

	await openClassPage(page);
	await addFiles(page, [file]);
	await expect(page.getByRole('status')).toHaveText('Added 1 of 1. 1 results in all.');
	await addCodes(page, [graceCode, linCode]);
	await expect(page.getByText('3 learners counted.')).toBeVisible();
	// The grid: a row per learner, a column per question.
	const grid = page.getByRole('table', { name: 'Each learner, question by question' });
	await expect(grid.getByRole('row')).toHaveText([/^Name\s*1\s*2\s*3$/, /^Ada\s*✓\s*✗\s*✓$/, /^Grace\s*✓\s*✗\s*✗$/, /^Lin\s*✓\s*✓\s*✓$/]);
	// Question 2 (bold-step) was wrong for two, so it comes first; question 1 right for all, last.
	await expect(questionRow(page, 2)).toContainText('1 of 3 (33%)');
	await expect(questionRow(page, 2)).toContainText('The critics (2)');
	await expect(questionRow(page, 3)).toContainText('2 of 3 (67%)');
	await expect(questionRow(page, 3)).toContainText('On Thursday (1)');
	await expect(questionRow(page, 1)).toContainText('3 of 3 (100%)');
	const rows = page.getByRole('table', { name: 'Questions, weakest first' }).getByRole('row');
	await expect(rows.nth(1)).toContainText('2. Who called');
	await expect(page.getByRole('table', { name: 'Learners' })).toContainText('Ada');
	await expect(page.getByRole('table', { name: 'Learners' })).toContainText('2 of 3');
	await expect(page.getByRole('table', { name: 'Scores' }).getByRole('row', { name: '60–79% 1' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Scores' }).getByRole('row', { name: '80–100% 1' })).toBeVisible();
	await expect(page.getByRole('img', { name: 'Scores: 0–19% 0, 20–39% 1, 40–59% 0, 60–79% 1, 80–100% 1' })).toBeVisible();
	await expectNoAxeViolations(page);

	const csvDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV for a gradebook' }).click();
	const csv = readFileSync((await (await csvDownload).path())!, 'utf8')
		.trim()
		.split(/\r?\n/);
	expect(csv[0]).toBe('name,article,from,mode,version,started,finished,right,scored,percent,note,Q1 who-voted,Q2 bold-step,Q3 opening-day');
	expect(csv[1]).toMatch(/^Ada,fixture-quiz,underline-results-fixture-quiz-ada\.json,test,,.*,2,3,67,,1,0,1$/);
	expect(csv[2]).toMatch(/^Grace,fixture-quiz,The code on line 1,test,.*,1,3,33,,1,0,0$/);
});

test('learner-made text that starts like a spreadsheet formula reaches the CSV as text', async ({ page }) => {
	const formula = '=HYPERLINK("http://example.invalid","grade")';
	await handInTest(page, formula);
	const file = await downloadResultsFile(page);
	await page.evaluate(() => localStorage.clear());
	await handInTest(page, '@SUM(1+1)', ['bold-step']);
	const code = await showCode(page);

	await openClassPage(page);
	await addFiles(page, [{ name: '-2+3.json', text: file.text }]);
	await addCodes(page, [code]);
	await expect(page.getByText('2 learners counted.')).toBeVisible();
	// On the page the names are plain text, as given.
	await expect(page.getByRole('table', { name: 'Learners' })).toContainText(formula);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV for a gradebook' }).click();
	const rows = Papa.parse<Record<string, string>>(readFileSync((await (await download).path())!, 'utf8'), { header: true }).data;
	// A spreadsheet reads a cell that starts with a quote mark as text, and shows the rest as it is.
	expect(rows.map((row) => [row.name, row.from])).toEqual([
		[`'${formula}`, "'-2+3.json"],
		["'@SUM(1+1)", 'The code on line 1'],
	]);
});

test('the class page shows every written answer of the real bank, who wrote it, and both numberings; the CSV has them', async ({
	page,
}) => {
	test.slow(); // the real bank, handed in and read back
	const { questions } = readRealArticle();
	await openPage(page, `${realArticlePath}?mode=test&seed=b`);
	// Each written answer, with the number version b gives its question and the number the bank gives it.
	const written: { bankNumber: number; shownNumber: number; text: string }[] = [];
	for (const form of await page
		.locator('.question')
		.filter({ has: page.getByRole('textbox', { name: 'Your answer' }) })
		.all()) {
		const shownNumber = Number(/^Question (\d+)\./.exec((await form.getByRole('group').first().textContent())!)![1]);
		const id = (await form.getAttribute('id'))!.replace(/^q-/, '');
		const bankNumber = questions.findIndex((question) => question.id === id) + 1;
		// One starts like a formula and runs over two lines: it must reach the CSV as text, whole.
		const text = written.length === 0 ? '=1+1, then\na second line' : `Ada wrote this for question ${bankNumber}.`;
		await form.getByRole('textbox', { name: 'Your answer' }).fill(text);
		written.push({ bankNumber, shownNumber, text });
	}
	expect(written.length).toBe(questions.filter((question) => question.type === 'open').length);
	expect(written.some(({ bankNumber, shownNumber }) => bankNumber !== shownNumber)).toBe(true);
	acceptNextDialog(page, /Hand in anyway\?/);
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	await page.getByRole('textbox', { name: /^Your name/ }).fill('Ada');
	const file = await downloadResultsFile(page);

	await openClassPage(page);
	await addFiles(page, [file]);
	const answers = page.getByRole('region', { name: 'Written answers' });
	for (const { bankNumber, shownNumber, text } of written) {
		await expect(answers.getByRole('heading', { name: `${bankNumber}. ${questions[bankNumber - 1]!.prompt}` })).toBeVisible();
		await expect(answers.getByRole('listitem').filter({ hasText: text.split('\n')[1] ?? text })).toHaveText(
			`Ada (question ${shownNumber} in version “b”): ${text}`,
		);
	}
	await expectNoAxeViolations(page);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV for a gradebook' }).click();
	const [row] = Papa.parse<Record<string, string>>(readFileSync((await (await download).path())!, 'utf8'), { header: true }).data;
	for (const { bankNumber, text } of written)
		expect(row![`Q${bankNumber} ${questions[bankNumber - 1]!.id}`]).toBe(text.startsWith('=') ? `'${text}` : text);
});

test('bad files, mangled codes, other versions and duplicates each get their message, and the rest still count', async ({ page }) => {
	await handInTest(page, 'Ada');
	const file = await downloadResultsFile(page);
	const code = await showCode(page);
	const record = JSON.parse(file.text);
	// An older version of the bank, in which question 3 was different.
	const older = {
		...record,
		name: 'Lin',
		bank: 'older',
		started: '2026-01-05T09:00:00.000Z',
		finished: '2026-01-05T09:20:00.000Z',
		questions: record.questions.map((question: { id: string }) =>
			question.id === 'opening-day' ? { ...question, version: 'older' } : question,
		),
	};
	const mangled = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);

	await openClassPage(page);
	await addFiles(page, [
		file,
		{ name: 'notes.json', text: '{"some": "thing"}' },
		{ name: 'broken.json', text: '{"kind": "underline-results", ' },
		{ name: 'lin.json', text: JSON.stringify(older) },
		{ name: 'ada-again.json', text: file.text },
	]);
	await addCodes(page, ['', mangled, 'hello']);
	const problems = page.getByRole('alert');
	await expect(problems).toContainText('notes.json was not counted: it is not an Underline results file.');
	await expect(problems).toContainText('broken.json was not counted: it is not a results file (it does not read as JSON).');
	await expect(problems).toContainText('The code on line 2 was not counted: it was changed or cut off in copying');
	await expect(problems).toContainText('The code on line 3 was not counted: it is not an Underline results code');
	const learners = page.getByRole('table', { name: 'Learners' });
	await expect(learners.getByRole('row').filter({ hasText: 'lin.json' })).toContainText(
		'From another version of the questions: counted for the 2 of 3 that are unchanged',
	);
	await expect(learners.getByRole('row').filter({ hasText: 'ada-again.json' })).toContainText(
		'Duplicate of underline-results-fixture-quiz-ada.json: not counted again',
	);
	await expect(page.getByText('2 learners counted.')).toBeVisible();
	// Question 3 counts Ada only; Lin's version of it differs.
	await expect(questionRow(page, 3)).toContainText('1 of 1 (100%)');
	await expect(questionRow(page, 1)).toContainText('2 of 2 (100%)');
	await expectNoAxeViolations(page);
});

test('the results slip prints alone, with the name and score', async ({ page }) => {
	await page.addInitScript(() => (window.print = () => {}));
	await handInTest(page, 'Ada', ['bold-step']);
	await page.getByRole('button', { name: 'Print results slip' }).click();
	const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
	const { totalPages, text } = await extractText(pdf, { mergePages: true });
	expect(totalPages).toBe(1);
	expect(text).toContain('Results slip');
	expect(text).toContain('Name: Ada');
	expect(text).toContain('Score: 2 of 3 scored questions.');
	expect(text).toContain('Who called the plan "a bold step"? — ✗ Not right');
	expect(text).not.toContain('The council voted');
	expect(text).not.toContain('Hand in');
});

test('the results slip of the real bank prints on one A4 page, under the name alone, in the words of the screen, with the written answers', async ({
	page,
}) => {
	test.slow(); // every question of the real bank answered
	await page.addInitScript(() => (window.print = () => {}));
	await openPage(page, realArticlePath);
	// The first single-choice question wrong, then right on the second try: its options as the bank has them.
	const { questions } = readRealArticle();
	const single = questions.find((question) => question.type === 'single')!;
	const options = single.options!;
	const first = questionCard(page, single.id);
	await first.getByRole('radio', { name: options.find((option) => !option.correct)!.text, exact: true }).check();
	await first.getByRole('button', { name: 'Check answer' }).click();
	await first.getByRole('button', { name: 'Try again' }).click();
	await first.getByRole('radio', { name: options.find((option) => option.correct)!.text, exact: true }).check();
	await first.getByRole('button', { name: 'Check answer' }).click();
	await expect(first.getByText('✓ Right on the second try (not scored).')).toBeVisible();
	await answerEveryQuestion(page, 'My answer, in my own words.');
	await page.getByRole('textbox', { name: /^Your name/ }).fill('Ada');
	await page.getByRole('button', { name: 'Print results slip' }).click();
	const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
	const { totalPages, text } = await extractText(pdf, { mergePages: true });
	expect(totalPages).toBe(1);
	expect(text).not.toContain('Date:');
	expect(text).toMatch(/^Results slip\s+Name: Ada/);
	// Lines wrap on paper: the words are compared with the breaks as spaces.
	expect(text.replace(/\s+/g, ' ')).toContain('— ✓ Right on the second try (not scored)');
	expect(text.split('My answer, in my own words.').length - 1).toBe(questions.filter((question) => question.type === 'open').length);
});

test('progress saved to a file loads on another device, and a bad file is refused with nothing lost', async ({ page, browser }) => {
	await openPage(page, fixturePath);
	await questionCard(page, 'who-voted').getByRole('radio', { name: 'The council' }).check();
	await questionCard(page, 'who-voted').getByRole('button', { name: 'Check answer' }).click();
	await questionCard(page, 'bold-step').getByRole('radio', { name: 'The critics' }).check();
	await questionCard(page, 'bold-step').getByRole('button', { name: 'Check answer' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save progress to a file' }).click();
	const saved = readFileSync((await (await download).path())!, 'utf8');

	// Another device: a fresh browser context, with one answer of its own.
	const other = await (await browser.newContext()).newPage();
	await openPage(other, fixturePath);
	await questionCard(other, 'opening-day').getByRole('radio', { name: 'On March 4' }).check();
	await questionCard(other, 'opening-day').getByRole('button', { name: 'Check answer' }).click();
	const load = (name: string, text: string) =>
		other.getByLabel('Progress file to load').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

	for (const [name, text, reason] of [
		['notes.txt', 'not json', 'it is not a progress file (it does not read as JSON)'],
		['results.json', '{"kind":"underline-results"}', 'it is not an Underline progress file'],
		[
			'other.json',
			saved.replace('"article": "fixture-quiz"', '"article": "fixture-types"'),
			'it holds progress on another article ("fixture-types")',
		],
		['damaged.json', saved.replace('"mode": "practice"', '"mode": "exam"'), 'its answers are damaged'],
	]) {
		await load(name!, text!);
		await expect(other.getByRole('status').filter({ hasText: name! })).toContainText(`${name} was not loaded: ${reason}`);
		await expect(progress(other)).toHaveText('1 of 3 answered, 1 correct');
	}
	await expectNoAxeViolations(other);

	acceptNextDialog(other, 'Replace your 1 answers on this device with the 2 in progress.json?');
	await load('progress.json', saved);
	await expect(other.getByRole('status').filter({ hasText: 'Loaded' })).toHaveText('Loaded your progress from progress.json.');
	await expect(progress(other)).toHaveText('2 of 3 answered, 1 correct');
	await expect(questionCard(other, 'bold-step').getByRole('radio', { name: /The critics/ })).toBeChecked();
	await other.reload();
	await expect(progress(other)).toHaveText('2 of 3 answered, 1 correct');
});
