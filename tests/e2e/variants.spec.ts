import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openPage, questionCard, typesPath } from './helpers.ts';

// Versions by seed: ?seed=<word> shuffles the questions and their options, the same way every time, and the
// worksheet, the key and the projector view follow the quiz.

/** The questions' prompts in the order a page shows them, numbers cut off. */
const promptsIn = (page: Page, selector: string) =>
	page
		.locator(selector)
		.evaluateAll((elements) => elements.map((element) => element.textContent!.replace(/^\s*Question \d+\.\s*/, '').trim()));

const quizPrompts = (page: Page) => promptsIn(page, '.question > fieldset > legend');
/** The options of the multiple-choice question, as the quiz lists them. */
const quizOptions = (page: Page) => questionCard(page, 'who-spoke').locator('label.option').allTextContents();

test('two seeds give two different orders, each the same on every visit, and scoring is unchanged', async ({ page }) => {
	await openPage(page, `${typesPath}?seed=a`);
	await expect(page.getByText('Version “a”: the questions and their options in an order of their own.')).toBeVisible();
	const [promptsA, optionsA] = [await quizPrompts(page), await quizOptions(page)];
	await openPage(page, `${typesPath}?seed=b`);
	const [promptsB, optionsB] = [await quizPrompts(page), await quizOptions(page)];
	await openPage(page, typesPath);
	const standard = await quizPrompts(page);

	expect([promptsA, promptsB, standard].map((prompts) => [...prompts].sort())).toEqual(
		[standard, standard, standard].map((prompts) => [...prompts].sort()),
	);
	expect(promptsA).not.toEqual(promptsB);
	expect(promptsA.join() + optionsA.join()).not.toEqual(
		standard.join() + ['The mayor', 'A local builder', 'The inspectors', 'The residents'].join(),
	);
	expect(optionsA).not.toEqual(optionsB);

	await openPage(page, `${typesPath}?seed=a`);
	expect(await quizPrompts(page)).toEqual(promptsA);
	expect(await quizOptions(page)).toEqual(optionsA);
	// The numbers follow the version, and an answer is scored as in the bank.
	await expect(page.locator('.question > fieldset > legend').first()).toHaveText(/^Question 1\. /);
	const form = questionCard(page, 'reopen-day');
	await form.getByRole('radio', { name: 'On Monday' }).check();
	await form.getByRole('button', { name: 'Check answer' }).click();
	await expect(form.locator('.feedback')).toContainText('✓ Right.');
});

test('the worksheet, the key and the projector view are in step with the quiz for the same seed', async ({ page }) => {
	await openPage(page, `${typesPath}?seed=a`);
	const prompts = await quizPrompts(page);
	const options = await quizOptions(page);
	const startOrder = await questionCard(page, 'repair-timeline').locator('ol.order .item').allTextContents();

	await page.goto(`${typesPath}worksheet/?seed=a`);
	await expect(page.getByText('Version “a”')).toBeVisible();
	expect(await promptsIn(page, '.sheet-question .sheet-prompt')).toEqual(prompts);
	const sheetQuestion = (prompt: string) => page.locator('.sheet-question').filter({ hasText: prompt });
	expect(await sheetQuestion('Who is reported').locator('li').allTextContents()).toEqual(options);
	const sheetItems = await sheetQuestion('Put the events').locator('li').allTextContents();
	expect(sheetItems.map((text) => text.trim())).toEqual(startOrder);
	await expectNoAxeViolations(page);

	await page.goto(`${typesPath}key/?seed=a`);
	expect(await promptsIn(page, '.key-entry h2')).toEqual(prompts);
	// The key letters the right options as this version's sheet does.
	const letterOf = (option: string) => String.fromCharCode(65 + options.indexOf(option));
	await expect(page.locator('#key-who-spoke dt:text-is("Answer") + dd li')).toHaveText(
		['The mayor', 'A local builder'].map((option) => `${letterOf(option)}. ${option}`).sort(),
	);
	await expect(page.getByRole('link', { name: 'Open the worksheet' })).toHaveAttribute('href', /worksheet\/\?seed=a$/);
	await expectNoAxeViolations(page);

	await page.goto(`${typesPath}present/?seed=a`);
	const slides: string[] = [];
	for (let number = 1; number <= prompts.length; number++) {
		await expect(page.getByRole('status')).toHaveText(`Question ${number} of ${prompts.length}`);
		slides.push((await page.locator('.slide:visible .sheet-prompt').textContent())!.replace(/^\s*Question \d+\.\s*/, '').trim());
		await page.keyboard.press('ArrowRight');
	}
	expect(slides).toEqual(prompts);
	await expectNoAxeViolations(page);
});

test('a part A and its part B stay together, A first, in every version', async ({ page }) => {
	for (const seed of ['a', 'b', 'c', 'd', 'e']) {
		await openPage(page, `articles/fixture-notes/?seed=${seed}`);
		const ids = await page.locator('.question').evaluateAll((forms) => forms.map((form) => form.id));
		expect(ids.indexOf('q-who-repaired-evidence') - ids.indexOf('q-who-repaired')).toBe(1);
	}
});

test('the version is in the results file', async ({ page }) => {
	await openPage(page, `${typesPath}?seed=b&mode=test`);
	await questionCard(page, 'reopen-day').getByRole('radio', { name: 'On Monday' }).check();
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Hand in the test' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download results file' }).click();
	const { readFileSync } = await import('node:fs');
	const record = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
	expect(record.seed).toBe('b');
	expect(record.questions.find((question: { id: string }) => question.id === 'reopen-day')).toMatchObject({ right: true, tries: 1 });
});

for (const address of [typesPath, `${typesPath}?seed=a`]) {
	test(`${address}: once a test is handed in, the article's links to the questions give each the number it has in the quiz`, async ({
		page,
	}) => {
		await openPage(page, `${address}${address.includes('?') ? '&' : '?'}mode=test`);
		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'Hand in the test' }).click();
		// A passage that several questions cite folds their links into one control: open each.
		for (const fold of await page.getByRole('article').getByText('The questions on this passage').all()) await fold.click();
		const links = page.getByRole('article').getByRole('link', { name: /^Question \d+$/ });
		await expect(links.first()).toBeVisible();
		expect(await links.count()).toBeGreaterThan(3);
		for (const link of await links.all()) {
			const target = page.locator((await link.getAttribute('href'))!);
			await expect(target.locator('legend').first()).toHaveText(new RegExp(`^${await link.textContent()}\\. `));
		}
	});
}
