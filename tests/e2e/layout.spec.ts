import { expect, test } from '@playwright/test';
import { styleLayers } from '../../src/pipeline/style-layers.ts';
import { checkAnswer, expectNoAxeViolations, openPage, questionCard, realArticlePath, typesPath } from './helpers.ts';

// The reading layout: the article beside the questions on wide screens, and a page that fits any phone.

test.describe('at 1280 px', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('following an evidence link keeps the question in view and highlights the words in the article column', async ({ page }) => {
		await openPage(page, typesPath);
		const form = questionCard(page, 'reopen-day');
		await form.getByRole('radio', { name: 'On Monday' }).check();
		await checkAnswer(page, 'reopen-day');
		const link = form.getByRole('link', { name: /paragraph 1: “The town hall will reopen on Monday”/ });
		await link.click();
		const mark = page.locator('.reading-column mark[data-evidence]');
		await expect(mark).toHaveText('The town hall will reopen on Monday');
		await expect(mark).toBeInViewport();
		await expect(mark).toBeFocused();
		await expect(form.getByRole('heading', { level: 3 }).or(form.locator('legend').first())).toBeInViewport();
		// The two columns sit side by side.
		const [article, questions] = await Promise.all(
			['.reading-column', '.answering-column'].map((selector) => page.locator(selector).boundingBox()),
		);
		expect(questions!.x).toBeGreaterThanOrEqual(article!.x + article!.width - 1);
		await expectNoAxeViolations(page);
	});
});

for (const width of [320, 390]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 } });

		test('nothing scrolls sideways, and option cards are at least 44 px tall', async ({ page }) => {
			await openPage(page, realArticlePath);
			await page.locator('section.quiz').scrollIntoViewIfNeeded();
			await expect(page.locator('.question').first()).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			// Every card, in the whole list.
			await page.getByRole('button', { name: 'Show all questions' }).click();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			const heights = await page
				.locator('label.option')
				.evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
			expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
		});
	});
}

test.describe('at 390 px', () => {
	test.use({ viewport: { width: 390, height: 800 } });

	test('the tallest match or classify question is under 900 px', async ({ page }) => {
		await openPage(page, realArticlePath);
		await page.getByRole('button', { name: 'Show all questions' }).click();
		await expect(page.locator('.question').last()).toBeVisible();
		const heights = await page
			.locator('.question:has(select)')
			.evaluateAll((forms) => forms.map((form) => form.getBoundingClientRect().height));
		expect(heights.length).toBeGreaterThan(0);
		expect(Math.max(...heights)).toBeLessThan(900);
	});
});

test.describe('at 390 px, once answered', () => {
	test.use({ viewport: { width: 390, height: 800 } });

	test('"Show the passage" opens the cited paragraph under its question, with the evidence marked', async ({ page }) => {
		await openPage(page, typesPath);
		const form = questionCard(page, 'reopen-day');
		await form.getByRole('radio', { name: 'On Monday' }).check();
		await checkAnswer(page, 'reopen-day');
		await form.getByText('Show the passage').click();
		const passage = form.getByRole('figure', { name: 'Paragraph 1' });
		await expect(passage).toBeVisible();
		await expect(passage).toContainText('TESTVILLE, May 2. /Test Desk/. The town hall will reopen on Monday');
		await expect(passage.locator('mark')).toHaveText('The town hall will reopen on Monday');
		expect((await passage.boundingBox())!.y).toBeGreaterThan((await form.locator('.feedback').boundingBox())!.y);
		await expectNoAxeViolations(page);
	});
});

test.describe('at 320 px, order questions', () => {
	test.use({ viewport: { width: 320, height: 800 } });

	test('number each item and keep its move buttons beside it', async ({ page }) => {
		await openPage(page, `${typesPath}#q-repair-timeline`);
		const items = questionCard(page, 'repair-timeline').locator('.order li');
		await expect(items.locator('.position')).toHaveText(['1', '2', '3']);
		for (const item of await items.all()) {
			const words = (await item.locator('.item').boundingBox())!;
			const down = (await item.getByRole('button', { name: /^Move down/ }).boundingBox())!;
			expect(down.x).toBeGreaterThan(words.x + words.width - 1);
			expect(down.y).toBeLessThan(words.y + words.height);
		}
	});
});

test.describe('at 390 px, match and classify', () => {
	test.use({ viewport: { width: 390, height: 800 } });

	test('each row is a select beside its words, usable by keyboard', async ({ page }) => {
		await openPage(page, `${typesPath}#q-fact-or-opinion`);
		const form = questionCard(page, 'fact-or-opinion');
		await expect(form.getByRole('radiogroup')).toHaveCount(0);
		const first = form.getByRole('combobox', { name: 'Workers replaced the roof in April.' });
		await first.focus();
		await page.keyboard.press('ArrowDown');
		await expect(first).toHaveValue('Fact');
		await form.getByRole('combobox', { name: 'The repairs were a triumph of teamwork.' }).selectOption('Opinion');
		await checkAnswer(page, 'fact-or-opinion');
		await expect(form.locator('.feedback')).toContainText('✓ Right.');
	});

	test('Check with a row left takes focus to that row\'s select, and a locked row says what was chosen', async ({ page }) => {
		await openPage(page, `${typesPath}#q-fact-or-opinion`);
		const form = questionCard(page, 'fact-or-opinion');
		await form.getByRole('combobox', { name: 'Workers replaced the roof in April.' }).selectOption('Fact');
		await checkAnswer(page, 'fact-or-opinion');
		await expect(form.locator('.feedback')).toHaveText('1 row still needs a choice.');
		await expect(form.getByRole('combobox', { name: 'The repairs were a triumph of teamwork.' })).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await checkAnswer(page, 'fact-or-opinion');
		await expect(form.getByText('Your answer: Fact')).toHaveCount(2);
	});

	test('a row answered in the wide grid of radio buttons shows its answer in the select once the card narrows', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await openPage(page, `${typesPath}#q-fact-or-opinion`);
		const form = questionCard(page, 'fact-or-opinion');
		await expect(form.getByRole('combobox')).toHaveCount(0);
		await form.getByRole('radiogroup', { name: 'Workers replaced the roof in April.' }).getByRole('radio', { name: 'Fact' }).check();
		await page.setViewportSize({ width: 390, height: 800 });
		await expect(form.getByRole('radiogroup')).toHaveCount(0);
		await expect(form.getByRole('combobox', { name: 'Workers replaced the roof in April.' })).toHaveValue('Fact');
	});
});

// The style layers win in the order the first stylesheet on a page names them, so every kind of page must name them
// in the one order, whichever stylesheet comes first (src/pipeline/style-layers.ts).
for (const path of ['', realArticlePath, `${realArticlePath}present/`, `${realArticlePath}key/`, 'class/']) {
	test(`the page at /${path} layers its styles as ${styleLayers.join(', ')}`, async ({ page }) => {
		await page.goto(path);
		const order = await page.evaluate(() => {
			const names: string[] = [];
			const visit = (rules: CSSRuleList) => {
				for (const rule of rules) {
					if (rule instanceof CSSLayerStatementRule) names.push(...rule.nameList);
					else if (rule instanceof CSSLayerBlockRule) names.push(rule.name);
					if ('cssRules' in rule && !(rule instanceof CSSLayerBlockRule)) visit((rule as CSSGroupingRule).cssRules);
				}
			};
			for (const sheet of document.styleSheets) visit(sheet.cssRules);
			return [...new Set(names)];
		});
		expect(order).toEqual(styleLayers);
	});
}
