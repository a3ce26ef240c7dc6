import { expect, test, type Download, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleFields, readArticleFile, writeArticleFile } from '../../src/core/text/write-article-file.ts';
import { parse, stringify } from 'yaml';
import { acceptNextDialog, answerEveryQuestion, checkAnswer, expectNoAxeViolations, progress, questionCard, readRealArticle, realArticleId, tabTo, waitForIslands } from './helpers.ts';

// The studio checks a draft with the build's own rules, and says what `npm run validate` would print, in its words.

const id = 'fixture-quiz';
const article = readArticleFile(readFileSync(`tests/fixtures/site/articles/${id}.md`, 'utf8'));
const goodBank = readFileSync(`tests/fixtures/site/questions/${id}.yaml`, 'utf8');

const labels: Record<(typeof articleFields)[number], RegExp> = {
	title: /^Headline/,
	standfirst: /^Standfirst/,
	dateline: /^Dateline/,
	publisher: /^Publisher/,
	published: /^Published/,
	language: /^Language/,
	source: /^Address of the original/,
};

/** Fills the studio as an author would: the article's fields and text, then the bank, pasted into the editor. */
async function fillStudio(page: Page, bank: string): Promise<void> {
	await page.goto('studio/');
	await waitForIslands(page);
	await page.getByLabel(/^File name/).fill(id);
	for (const name of articleFields) await page.getByLabel(labels[name]).fill(article.fields[name]);
	await page.getByLabel(/^The article's text/).fill(article.body);
	await page.getByRole('textbox', { name: 'Questions, in YAML' }).click();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.insertText(bank);
}

/**
 * What `npm run validate` prints about an article and its bank, a line per problem or warning, sorted, in a project of
 * their own.
 */
function validateFiles(name: string, articleText: string, bankText: string): string[] {
	const root = mkdtempSync(join(tmpdir(), 'underline-studio-'));
	try {
		mkdirSync(join(root, 'content/articles'), { recursive: true });
		mkdirSync(join(root, 'content/questions'), { recursive: true });
		writeFileSync(join(root, `content/articles/${name}.md`), articleText);
		writeFileSync(join(root, `content/questions/${name}.yaml`), bankText);
		const run = spawnSync(process.execPath, [join(process.cwd(), 'scripts/validate.ts')], { cwd: root, encoding: 'utf8' });
		return `${run.stderr}\n${run.stdout}`
			.split('\n')
			.filter((line) => line.startsWith('content/') || line.startsWith('warning: '))
			.sort();
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/** The same for the fixture article, as the studio writes it from its form (with this very function), and `bank`. */
const validate = (bank: string) => validateFiles(id, writeArticleFile(article), bank);

const problems = (page: Page) => page.getByRole('list', { name: 'What the check finds' }).getByRole('listitem');

/** Each broken bank: the fixture's own bank with one thing wrong. */
const broken: Record<string, string> = {
	'YAML syntax': goodBank.replace('prompt: Who voted to open the library early?', 'prompt: Who voted: the council?'),
	'an unknown field': goodBank.replace('    skill: attribution\n', '    skill: attribution\n    answr: 2\n'),
	'a quote not in the text': goodBank.replace('quote: The council voted to open the new library early', 'quote: The council voted to open the new library late'),
	'a quote that occurs twice': goodBank.replace('quote: A spokesperson called the plan "a bold step".', 'quote: the'),
	'a quote that crosses sentences': `${goodBank.trimEnd()}

  - id: complaint
    type: highlight
    skill: sourcing
    prompt: Select the sentence in paragraphs 2 and 3 that reports a complaint.
    from: [2, 3]
    evidence:
      - passage: 2
        quote: a bold step". Critics said the cost
    wrongFeedback: That sentence reports no complaint.
    explanation: The critics' words are the complaint.
`,
	'a cue: the longest option is the right one': goodBank.replace('      - text: The council\n', '      - text: The council of the town, in its Thursday meeting\n'),
	'a negative stem': goodBank.replace('prompt: Who voted to open the library early?', 'prompt: Who did NOT vote to open the library early?'),
	'a wrong passage': goodBank.replace('      - passage: 3\n', '      - passage: 9\n'),
	'a duplicate id': goodBank.replace('  - id: bold-step', '  - id: who-voted'),
	'a second bank in the file': `${goodBank.trimEnd()}\n---\narticle: ${id}\nquestions: []\n`,
	'an article that does not exist': goodBank.replace(`article: ${id}`, 'article: no-such-article'),
	'a wrong option without feedback': goodBank.replace('        feedback: The mayor reported the vote; the council made it.\n', ''),
};

for (const [name, bank] of Object.entries(broken)) {
	test(`${name}: the studio shows what npm run validate prints, line for line`, async ({ page }) => {
		const printed = validate(bank);
		expect(printed.length).toBeGreaterThan(0);
		await fillStudio(page, bank);
		await expect.poll(async () => (await problems(page).allInnerTexts()).sort()).toEqual(printed);
	});
}

test('a good bank: the studio finds no problems, as the command line finds none, and says so', async ({ page }) => {
	expect(validate(goodBank).filter((line) => !line.startsWith('warning: '))).toEqual([]);
	await fillStudio(page, goodBank);
	await expect(page.getByRole('status').filter({ hasText: /^Problems: 0\. Warnings: \d+\.$/ })).toBeVisible();
	await expect.poll(async () => (await problems(page).allInnerTexts()).sort()).toEqual(validate(goodBank));
});

test("the bank's problems show at their lines, the article's at their fields, and the page passes axe", async ({ page }) => {
	await fillStudio(page, broken['a wrong passage']!);
	const line = broken['a wrong passage']!.split('\n').indexOf('      - passage: 9') + 1;
	await expect(problems(page).filter({ hasText: `content/questions/${id}.yaml:${line} › question "opening-day" › evidence[0].passage:` })).toHaveCount(1);
	await expectNoAxeViolations(page);
	const published = page.getByLabel(labels.published);
	await published.fill('29 February 2024');
	await expect(published).toHaveAttribute('aria-invalid', 'true');
	await expect(published).toHaveAccessibleDescription('must be a date written YYYY-MM-DD');
	// While its article is broken, a bank is told to wait for it, as the command line tells it.
	await expect(problems(page).filter({ hasText: 'has problems of its own' })).toHaveCount(1);
	await expectNoAxeViolations(page);
});

test('a draft survives a reload', async ({ page }) => {
	await fillStudio(page, broken['a duplicate id']!);
	await page.reload();
	await waitForIslands(page);
	await expect(page.getByLabel(labels.title)).toHaveValue(article.fields.title);
	await expect(page.getByRole('textbox', { name: 'Questions, in YAML' })).toContainText('- id: who-voted');
	await expect(problems(page).filter({ hasText: 'is already the id of' })).toHaveCount(1);
});

test('with storage blocked, the studio says the draft is not kept, and checks on', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
	});
	await fillStudio(page, broken['a duplicate id']!);
	await expect(page.getByRole('alert')).toContainText('This browser is not keeping your draft');
	await expect(problems(page).filter({ hasText: 'is already the id of' })).toHaveCount(1);
});

test('an article and its bank opened from disk, here in Russian, check by Russian rules, and download as files the command line accepts', async ({ page }) => {
	const russian = 'fixture-russian';
	await page.goto('studio/');
	await waitForIslands(page);
	await page
		.getByLabel(/^Open an article/)
		.setInputFiles([`tests/fixtures/site/articles/${russian}.md`, `tests/fixtures/site/questions/${russian}.yaml`]);
	await expect(page.getByRole('status').filter({ hasText: /^Opened / })).toHaveText(`Opened ${russian}.md, ${russian}.yaml.`);
	await expect(page.getByLabel(labels.title)).toHaveValue('Мост откроют в пятницу — мэр');
	// Its highlight and evidence checks split sentences by Russian rules: "А.Г." and "т.е." end none.
	await expect(page.getByRole('status').filter({ hasText: /^No problems: `npm run validate` would accept these two files\.$/ })).toBeVisible();

	const downloads: Record<string, string> = {};
	page.on('download', async (download) => (downloads[download.suggestedFilename()] = readFileSync(await download.path(), 'utf8')));
	await page.getByRole('button', { name: 'Download the two files' }).click();
	await expect.poll(() => Object.keys(downloads).sort()).toEqual([`${russian}.md`, `${russian}.yaml`]);
	const printed = validateFiles(russian, downloads[`${russian}.md`]!, downloads[`${russian}.yaml`]!);
	expect(printed.filter((line) => !line.startsWith('warning: '))).toEqual([]);
	expect((await problems(page).allInnerTexts()).sort()).toEqual(printed);
});

test('a file the studio cannot open is named, and the draft is left as it was', async ({ page }) => {
	await fillStudio(page, goodBank);
	await page.getByLabel(/^Open an article/).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
	await expect(page.getByRole('status').filter({ hasText: /^Not opened/ })).toHaveText(
		'Not opened: notes.txt. The studio opens an article (.md), its questions (.yaml) and a draft it saved (.json).',
	);
	await expect(page.getByLabel(labels.title)).toHaveValue(article.fields.title);
});

test('"Add a question" puts a question of each type, with a note on every field, where the check names what to fill in', async ({ page }) => {
	await fillStudio(page, `article: ${id}\nquestions:\n`);
	const editor = page.getByRole('textbox', { name: 'Questions, in YAML' });
	const types = ['single', 'multiple', 'highlight', 'order', 'match', 'classify', 'open'];
	// The cursor where a new draft leaves it, on the article's line; then on each new question, as "Add" leaves it.
	await editor.press('ControlOrMeta+Home');
	for (const type of types) {
		// By keyboard: the type's list, then the button.
		await page.getByLabel('Type of question').focus();
		await page.getByLabel('Type of question').selectOption(type);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Add a question' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(editor).toBeFocused();
		// Checked while it is in view: the editor draws only the lines near the screen.
		await expect(editor).toContainText(`type: ${type} # single, multiple`);
		await expect(editor).toContainText('quote: "" # words copied exactly from that passage');
	}
	// Valid YAML throughout: what is left is what the author writes, each named at its question.
	const lines = await problems(page).allInnerTexts();
	expect(lines.filter((line) => line.includes('YAML syntax'))).toEqual([]);
	for (const number of [1, 7]) expect(lines.some((line) => line.includes(`question #${number} › prompt:`))).toBe(true);
});

test.describe('at 320 px', () => {
	test.use({ viewport: { width: 320, height: 700 } });

	test('nothing scrolls sideways, long lines of the bank included', async ({ page }) => {
		await fillStudio(page, goodBank.replace('prompt: Who voted to open the library early?', `prompt: ${'A long prompt that goes on '.repeat(8)}?`));
		await expect(problems(page).first()).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	});
});

test('a second tab that changes the same draft is warned of in the first, which keeps its own text', async ({ page, context }) => {
	await fillStudio(page, goodBank);
	const other = await context.newPage();
	await other.goto('studio/');
	await waitForIslands(other);
	await expect(other.getByLabel(labels.title)).toHaveValue(article.fields.title);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await other.getByLabel(labels.title).fill('Changed in the other tab');
	await expect(page.getByRole('alert')).toContainText('This draft is open in another tab too');
	await expect(page.getByLabel(labels.title)).toHaveValue(article.fields.title);
});

test.describe('evidence by selection', () => {
	const status = (page: Page) => page.getByRole('status').filter({ hasText: /^(Added|Select|Put)/ });
	const editor = (page: Page) => page.getByRole('textbox', { name: 'Questions, in YAML' });
	const preview = (page: Page) => page.getByRole('region', { name: 'The article as learners will see it' });

	test.beforeEach(async ({ page }) => {
		await fillStudio(page, `article: ${id}\nquestions:\n`);
		await page.getByLabel('Type of question').selectOption('highlight');
		await page.getByRole('button', { name: 'Add a question' }).click();
	});

	test('words selected in the preview fill in the evidence of the question at the cursor', async ({ page }) => {
		// The preview shows the article as its page does: markup in a field is text.
		await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText('Council votes to open library <b>early</b> — mayor');
		await preview(page).getByText('The library will open on March 4.').selectText();
		await page.getByRole('button', { name: 'Use as evidence' }).click();
		await expect(status(page)).toHaveText('Added to the question at the cursor: passage 3, quote "The library will open on March 4".');
		await expect(editor(page)).toContainText('- passage: 3 # headline, standfirst, or a paragraph number');
		await expect(editor(page)).toContainText('quote: "The library will open on March 4" # words copied exactly');
		await expect(problems(page).filter({ hasText: 'quote' })).toHaveCount(0);
	});

	test('by keyboard, in the text field: part words grow to whole ones, and words found twice or across sentences are named', async ({ page }) => {
		const body = page.getByLabel(/^The article's text/);
		const selectFrom = async (words: string, extend: number) => {
			await body.evaluate((field: HTMLTextAreaElement, at) => field.setSelectionRange(at, at), article.body.indexOf(words) + 2);
			for (let count = 0; count < extend; count++) await page.keyboard.press('Shift+ControlOrMeta+ArrowRight');
			await page.getByRole('button', { name: 'Use as evidence' }).focus();
			await page.keyboard.press('Enter');
		};
		await body.focus();
		// From inside "spokesperson" to the end of "called": the whole of both.
		await selectFrom('spokesperson called', 2);
		await expect(status(page)).toHaveText('Added to the question at the cursor: passage 2, quote "spokesperson called".');
		await body.focus();
		await selectFrom('the plan', 1);
		await expect(status(page)).toHaveText(
			'Added to the question at the cursor: passage 2, quote "the". These words occur more than once in the passage, so the quote would not say which: select more of them.',
		);
		await body.focus();
		await selectFrom('step". Critics', 3);
		await expect(status(page)).toContainText("These words run across a sentence end: a highlight question's evidence must stay within one sentence.");
		await expect(editor(page)).toContainText('quote: "spokesperson called"');
		await expect(editor(page)).toContainText('quote: "the"');
	});

	test('with nothing selected, or the cursor outside every question, the studio says what to do', async ({ page }) => {
		await page.getByRole('button', { name: 'Use as evidence' }).click();
		await expect(status(page)).toHaveText('Select some words of the article first: here, or in the headline, standfirst or text field.');
		await editor(page).click();
		await page.keyboard.press('ControlOrMeta+Home');
		await preview(page).getByRole('heading', { level: 1 }).selectText();
		await page.getByRole('button', { name: 'Use as evidence' }).click();
		await expect(status(page)).toHaveText("Put the editor's cursor inside a question first, so the studio knows where the evidence goes.");
	});
});

test.describe('previews', () => {
	const types = 'fixture-types';
	test.beforeEach(async ({ page }) => {
		await page.goto('studio/');
		await waitForIslands(page);
		await page.getByLabel(/^Open an article/).setInputFiles([`tests/fixtures/site/articles/${types}.md`, `tests/fixtures/site/questions/${types}.yaml`]);
		await expect(page.getByRole('status').filter({ hasText: /^Problems: 0\./ })).toBeVisible();
	});

	test('the quiz preview is the article page learners use, with feedback, modes and the worksheet', async ({ page, context }) => {
		const [preview] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Preview the quiz, as learners will use it' }).click()]);
		await waitForIslands(preview);
		await expect(preview).toHaveTitle('Town hall reopens after repairs, council says · Underline');
		await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Town hall reopens after repairs, council says');
		await expect(progress(preview)).toHaveText('0 of 6 scored questions answered, 0 correct');
		await questionCard(preview, 'reopen-day').getByRole('radio', { name: 'On Monday' }).check();
		await checkAnswer(preview, 'reopen-day');
		// What a question teaches comes with the preview, as no module of it is built.
		await expect(questionCard(preview, 'reopen-day').locator('.feedback')).toContainText('✓ Right.The reopening day is in the first sentence.');
		await expect(preview.getByRole('radio', { name: /^Test/ })).toBeVisible();
		await expect(preview.locator('.worksheet').getByText('Tick the sentences that answer it.')).toBeAttached();
		await expectNoAxeViolations(preview);
	});

	test('the buttons below the editor stay where they are as the page scrolls to them, so a click lands on them', async ({ page }) => {
		for (const control of [
			page.getByRole('link', { name: 'Preview the quiz, as learners will use it' }),
			page.getByRole('button', { name: 'Download the SCORM 2004 package' }),
			page.getByRole('button', { name: 'Download the quiz as one web page (.html)' }),
		]) {
			await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
			// Where the control is in each of the frames after it is scrolled to, with no smooth scrolling to wait for.
			const tops = await control.evaluate(async (element) => {
				element.scrollIntoView({ block: 'end', behavior: 'instant' });
				const seen: number[] = [];
				for (let frame = 0; frame < 10; frame++) {
					seen.push(Math.round(element.getBoundingClientRect().top));
					await new Promise(requestAnimationFrame);
				}
				return seen;
			});
			expect(new Set(tops).size, `${control}: its top in each frame, ${tops.join(', ')}`).toBe(1);
		}
	});

	test('the blind view lists every prompt with its options shuffled, and neither the article nor ids', async ({ page }) => {
		await page.getByText('Blind view').click();
		const blind = page.locator('.studio-blind > li');
		await expect(blind).toHaveCount(7);
		const prompts = await blind.locator('> p:first-child').allTextContents();
		expect(prompts.sort()).toEqual(
			(readFileSync(`tests/fixtures/site/questions/${types}.yaml`, 'utf8').match(/^ {4}prompt: .*$/gm) ?? []).map((line) => line.replace(/^ {4}prompt: /, '')).sort(),
		);
		await expect(page.locator('.studio-blind')).not.toContainText('reopen-day');
		const order = await blind.locator('> p:first-child').allTextContents();
		await page.getByRole('button', { name: 'Shuffle again' }).click();
		await expect.poll(() => blind.locator('> p:first-child').allTextContents()).not.toEqual(order);
		await expectNoAxeViolations(page);
	});

	test('the quiz as one web page works from a disk with the network off, and keeps its answers over a reload', async ({ page, browser }) => {
		const downloads: Download[] = [];
		page.on('download', (download) => downloads.push(download));
		await page.getByRole('button', { name: 'Download the quiz as one web page (.html)' }).click();
		await expect(page.getByRole('status').filter({ hasText: /^Downloaded / })).toContainText(`Downloaded ${types}.html`);
		await expect.poll(() => downloads.length).toBe(1);
		const download = downloads[0]!;
		const folder = mkdtempSync(join(tmpdir(), 'underline-html-'));
		const file = join(folder, `${types}.html`);
		await download.saveAs(file);
		const offline = await browser.newContext();
		await offline.setOffline(true);
		const local = await offline.newPage();
		const refused: string[] = [];
		local.on('console', (message) => message.type() === 'error' && refused.push(message.text()));
		local.on('pageerror', (error) => refused.push(error.message));
		try {
			await local.goto(pathToFileURL(file).href);
			await waitForIslands(local);
			await expect(local.getByRole('heading', { level: 1 })).toHaveText('Town hall reopens after repairs, council says');
			await questionCard(local, 'reopen-day').getByRole('radio', { name: 'On Monday' }).check();
			await checkAnswer(local, 'reopen-day');
			await expect(questionCard(local, 'reopen-day').locator('.feedback')).toContainText('✓ Right.The reopening day is in the first sentence.');
			// A reload straight after the answer once lost it for good, in 1 CI run of 5 and never alone: 15 s of reloads
			// did not bring it back. The likely race: the page's process hands its storage writes to the browser after the
			// fact, and a reload of a file:// page may replace that process first. So a second page of the same origin
			// stays open across the reload, and the reload waits until that page sees the answer.
			const witness = await offline.newPage();
			writeFileSync(join(folder, 'blank.html'), '<!DOCTYPE html><title>blank</title>');
			await witness.goto(pathToFileURL(join(folder, 'blank.html')).href);
			await expect.poll(() => witness.evaluate(() => Object.values(localStorage).some((value) => value.includes('"reopen-day"')))).toBe(true);
			await local.reload();
			await waitForIslands(local);
			await expect(progress(local)).toHaveText('1 of 6 scored questions answered, 1 correct');
			await expect(questionCard(local, 'reopen-day').getByRole('radio', { name: 'On Monday' })).toBeChecked();
			// The worksheet prints from it; the teacher's key is not in it.
			await expect(local.locator('.worksheet .sheet-question')).toHaveCount(7);
			expect(refused).toEqual([]);
		} finally {
			await offline.close();
			rmSync(folder, { recursive: true, force: true });
		}
	});
});

test('drafts: a new one keeps the last among the drafts, each opens again after a reload, and one saved as a file opens as a copy', async ({ page }) => {
	await fillStudio(page, goodBank);
	const drafts = page.getByRole('region', { name: 'Your drafts' });
	await drafts.getByRole('button', { name: 'Begin a new draft' }).click();
	await expect(page.getByLabel(labels.title)).toHaveValue('');
	await expect(page.getByRole('textbox', { name: 'Questions, in YAML' })).not.toContainText('who-voted');
	await page.getByLabel(/^Open an article/).setInputFiles(['tests/fixtures/site/articles/fixture-types.md', 'tests/fixtures/site/questions/fixture-types.yaml']);
	await expect(drafts.getByText('Writing: fixture-types.')).toBeVisible();
	await page.reload();
	await waitForIslands(page);
	await drafts.getByRole('button', { name: `Open ${id}` }).click();
	await expect(page.getByLabel(labels.title)).toHaveValue(article.fields.title);
	await expect(page.getByRole('textbox', { name: 'Questions, in YAML' })).toContainText('- id: who-voted');
	await expect(drafts.getByRole('button', { name: 'Open fixture-types' })).toBeVisible();

	const [download] = await Promise.all([page.waitForEvent('download'), drafts.getByRole('button', { name: 'Download this draft as a file (.json)' }).click()]);
	expect(download.suggestedFilename()).toBe(`${id}.draft.json`);
	const saved = readFileSync(await download.path(), 'utf8');
	acceptNextDialog(page, 'Delete the draft "fixture-types" from this browser for good?');
	await drafts.getByRole('button', { name: 'Delete fixture-types' }).click();
	await expect(drafts.getByText('No other drafts in this browser.')).toBeVisible();
	await page.getByLabel(/^Open an article/).setInputFiles({ name: `${id}.draft.json`, mimeType: 'application/json', buffer: Buffer.from(saved) });
	await expect(page.getByLabel(labels.title)).toHaveValue(article.fields.title);
	// The copy from the file is a draft of its own: the one it was saved from is kept beside it.
	await expect(drafts.getByRole('button', { name: `Open ${id}` })).toBeVisible();
	await expectNoAxeViolations(page);
});

test("completion offers the fields the schema allows where the cursor is, a question's by its type, and their values", async ({ page }) => {
	await fillStudio(page, `article: ${id}\nquestions:\n  - id: first\n    type: single\n    `);
	const editor = page.getByRole('textbox', { name: 'Questions, in YAML' });
	await editor.press('ControlOrMeta+End');
	await page.keyboard.type('sk');
	const offered = page.getByRole('listbox');
	await expect(offered.getByRole('option')).toHaveText(['skill']);
	await page.keyboard.press('Enter');
	await page.keyboard.type('hed');
	await expect(offered.getByRole('option')).toHaveText(['hedging']);
	await page.keyboard.press('Enter');
	await expect(editor).toContainText('skill: hedging');
	// A single-choice question has options, and no items: those are an order question's.
	await page.keyboard.press('Enter');
	await page.keyboard.press('ControlOrMeta+Space');
	await expect(offered.getByRole('option', { name: 'options', exact: true })).toBeVisible();
	await expect(offered.getByRole('option', { name: 'items', exact: true })).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test("an article of this site opens from the source files the site ships, here the real one, and checks as the build's own content", async ({ page }) => {
	await fillStudio(page, goodBank);
	const real = readRealArticle().meta;
	await page.getByLabel('An article of this site').selectOption({ label: real.title });
	await page.getByRole('button', { name: 'Open it as a new draft' }).click();
	await expect(page.getByLabel(labels.title)).toHaveValue(real.title);
	await expect(page.getByLabel(/^File name/)).toHaveValue(realArticleId);
	await expect(page.getByRole('textbox', { name: 'Questions, in YAML' })).toContainText(`article: ${realArticleId}`);
	await expect(page.getByRole('status').filter({ hasText: /^No problems: `npm run validate` would accept these two files\.$/ })).toBeVisible();
	// The draft it replaced is kept among the drafts.
	await expect(page.getByRole('region', { name: 'Your drafts' }).getByRole('button', { name: `Open ${id}` })).toBeVisible();
	// Evidence by selection on the real article, whose passages several highlight questions cite.
	const preview = page.getByRole('region', { name: 'The article as learners will see it' });
	await expect(preview.getByRole('heading', { level: 1 })).toHaveText(real.title);
	await page.getByRole('textbox', { name: 'Questions, in YAML' }).press('ControlOrMeta+End');
	await preview.locator('#p2-s1').selectText();
	await page.getByRole('button', { name: 'Use as evidence' }).click();
	// Whole words only: the quotation mark that opens the sentence, and its full stop, stay out.
	const quote = 'Alexander Lukashenko is the head of brotherly and allied Belarus, he is a very experienced, wise official, hardened by various battles';
	await expect(page.getByRole('status').filter({ hasText: /^Added/ })).toHaveText(`Added to the question at the cursor: passage 2, quote "${quote}".`);
	await expect(page.getByRole('textbox', { name: 'Questions, in YAML' })).toContainText(`quote: "${quote}"`);
});

test('by keyboard alone: paste an article, write a question of each of the seven types with evidence chosen by selecting its words, answer them in the preview, and leave with files the command line accepts', async ({ page, context }) => {
	test.slow(); // seven questions, each quote selected a key at a time, on two shared cores
	const name = 'fixture-types';
	const source = readArticleFile(readFileSync(`tests/fixtures/site/articles/${name}.md`, 'utf8'));
	const { questions } = parse(readFileSync(`tests/fixtures/site/questions/${name}.yaml`, 'utf8')) as { questions: ({ evidence: { passage: number | string; quote: string }[] } & Record<string, unknown>)[] };
	await page.goto('studio/');
	await waitForIslands(page);
	// Pasting: each field takes its text at once, as from the clipboard.
	const paste = async (label: RegExp, text: string) => {
		await page.getByLabel(label).focus();
		await page.keyboard.insertText(text);
	};
	await paste(/^File name/, name);
	for (const field of articleFields) if (source.fields[field]) await paste(labels[field], source.fields[field]);
	await paste(/^The article's text/, source.body);
	const editor = page.getByRole('textbox', { name: 'Questions, in YAML' });
	await editor.focus();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.insertText(`article: ${name}\nquestions:\n`);
	const useEvidence = page.getByRole('button', { name: 'Use as evidence' });
	const status = page.getByRole('status').filter({ hasText: /^Added/ });

	for (const { evidence, ...question } of questions) {
		// The question without its evidence, typed at the end of the bank, where the cursor stays.
		await editor.focus();
		await page.keyboard.press('ControlOrMeta+End');
		await page.keyboard.insertText(`${stringify([question]).replace(/^/gm, '  ').trimEnd()}\n`);
		for (const { passage, quote } of evidence) {
			// The quote's words, selected in the field that holds them: from the caret at its first letter, Shift and the arrows.
			const field = page.getByLabel(passage === 'headline' ? labels.title : /^The article's text/);
			const text = passage === 'headline' ? source.fields.title : source.body;
			await field.evaluate((element: HTMLInputElement | HTMLTextAreaElement, at) => {
				element.focus();
				element.setSelectionRange(at, at);
			}, text.indexOf(quote));
			for (let count = 0; count < quote.length; count++) await page.keyboard.press('Shift+ArrowRight');
			await tabTo(page, useEvidence);
			await page.keyboard.press('Enter');
			await expect(status).toContainText(`passage ${passage}, quote "${quote.replace(/[.".]+$/, '')}`);
		}
	}
	await expect(page.getByRole('status').filter({ hasText: /^Problems: 0\./ })).toBeVisible();

	// The preview, opened from its link by keyboard, where every question is answered.
	const previewLink = page.getByRole('link', { name: 'Preview the quiz, as learners will use it' });
	await tabTo(page, previewLink);
	const [preview] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
	await waitForIslands(preview);
	expect(await answerEveryQuestion(preview)).toBe(6);
	await expect(progress(preview)).toContainText('6 of 6 scored questions answered');
	await preview.close();

	const downloads: Record<string, string> = {};
	page.on('download', async (download) => (downloads[download.suggestedFilename()] = readFileSync(await download.path(), 'utf8')));
	await tabTo(page, page.getByRole('button', { name: 'Download the two files' }));
	await page.keyboard.press('Enter');
	await expect.poll(() => Object.keys(downloads).sort()).toEqual([`${name}.md`, `${name}.yaml`]);
	expect(validateFiles(name, downloads[`${name}.md`]!, downloads[`${name}.yaml`]!).filter((line) => !line.startsWith('warning: '))).toEqual([]);
});
