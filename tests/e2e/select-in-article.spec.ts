import { expect, test, type Page } from '@playwright/test';
import { openPage, questionCard, readRealArticle, realArticlePath, sentenceInArticle, typesPath } from './helpers.ts';

// "Select in the article" on the real bank, where several highlight questions offer the same sentences: only the
// question whose toggle was pressed marks the article, and the learner gets back to its Check button in a few keys.

/** The article's sentences offered for selection: its buttons, but for the bar's way back. */
const offeredInArticle = (page: Page) =>
	page
		.locator('article.article')
		.getByRole('button')
		.filter({ hasNotText: /^Done: back to question/ });

const highlightIds = readRealArticle()
	.questions.filter((question) => question.type === 'highlight')
	.map((question) => question.id);

for (const width of [1280, 390]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: width > 800 ? 800 : 844 } });

		for (const id of highlightIds) {
			test(`${id}: its toggle makes exactly its sentences selectable, and Done leads back to Check`, async ({ page }) => {
				// On a phone, where questions come one at a time, the link shows this one.
				await openPage(page, `${realArticlePath}#q-${id}`);
				const form = questionCard(page, id);
				// The sentences the question's own list offers, by the words of each checkbox's label.
				const offered = await form
					.getByRole('checkbox')
					.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).labels![0]!.textContent!.trim()));
				const toggle = form.getByRole('button', { name: 'Select in the article' });
				await toggle.focus();
				await page.keyboard.press('Enter');
				await expect(toggle).toHaveAttribute('aria-pressed', 'true');

				// Every offered sentence, and nothing else, is a toggle button in the article with a tab stop.
				const sentences = offeredInArticle(page);
				await expect(sentences).toHaveCount(offered.length);
				for (const sentence of await sentences.all()) {
					await expect(sentence).toHaveAttribute('tabindex', '0');
					await expect(sentence).toHaveAttribute('aria-pressed', 'false');
				}
				await expect(sentences).toHaveText(offered);
				await expect(sentences.first()).toBeFocused();

				// Select the first by keyboard; the question's own list follows.
				await page.keyboard.press('Space');
				await expect(sentences.first()).toHaveAttribute('aria-pressed', 'true');
				await expect(form.getByRole('checkbox').first()).toBeChecked();

				// Tab goes on through the offered sentences (and their paragraphs' numbers) and straight to Done, which
				// returns focus to the question's Check button, in view.
				const passages = await sentences.evaluateAll((all) => new Set(all.map((sentence) => sentence.closest('p, h1')!.id)).size);
				const done = page.getByRole('button', { name: /^Done/ });
				let presses = 0;
				while (!(await done.evaluate((element) => element === document.activeElement))) {
					expect(++presses, 'Tab presses from the sentence to Done').toBeLessThanOrEqual(offered.length + passages);
					await page.keyboard.press('Tab');
					// The bar, held at the foot of the view, never covers a sentence that has focus.
					const bar = page.getByRole('group', { name: 'Select in the article', exact: true });
					if (await bar.evaluate((element) => element.contains(document.activeElement))) continue;
					const [focused, barBox] = [(await page.locator(':focus').boundingBox())!, (await bar.boundingBox())!];
					expect(focused.y + focused.height <= barBox.y || focused.y >= barBox.y + barBox.height, 'focus under the bar').toBe(true);
				}
				await page.keyboard.press('Enter');
				const check = form.getByRole('button', { name: 'Check answer' });
				await expect(check).toBeFocused();
				await expect(check).toBeInViewport();
				await expect(toggle).toHaveAttribute('aria-pressed', 'false');
				await expect(sentences).toHaveCount(0);
				await page.keyboard.press('Enter');
				await expect(form.locator('.feedback')).toContainText(/Right\.|Not right yet\./);
			});
		}
	});
}

test('a second question’s toggle takes the article over from the first, and Escape hands it back', async ({ page }) => {
	await openPage(page, realArticlePath);
	const [first, second] = highlightIds.map((id) => questionCard(page, id));
	await first!.getByRole('button', { name: 'Select in the article' }).click();
	await second!.getByRole('button', { name: 'Select in the article' }).click();
	await expect(first!.getByRole('button', { name: 'Select in the article' })).toHaveAttribute('aria-pressed', 'false');
	const offered = await second!.getByRole('checkbox').count();
	await expect(offeredInArticle(page)).toHaveCount(offered);
	await page.keyboard.press('Escape');
	await expect(offeredInArticle(page)).toHaveCount(0);
	await expect(second!.getByRole('button', { name: 'Check answer' })).toBeFocused();
});

test('after Try again, the question is in view with focus on its first control, and the article is not selectable', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openPage(page, `${typesPath}#q-unsourced-sentence`);
	const form = questionCard(page, 'unsourced-sentence');
	await form.getByRole('button', { name: 'Select in the article' }).click();
	await sentenceInArticle(page, /^TESTVILLE, May 2/).click();
	await page.getByRole('button', { name: /^Done/ }).click();
	await form.getByRole('button', { name: 'Check answer' }).click();
	await form.getByRole('button', { name: 'Try again' }).click();
	const toggle = form.getByRole('button', { name: 'Select in the article' });
	await expect(toggle).toBeFocused();
	await expect(toggle).toBeInViewport();
	await expect(page.locator('[data-selectable]')).toHaveCount(0);
});

test('the toggle shows pressed only once the article’s sentences can be selected, however slowly their code arrives', async ({ page }) => {
	// The code that makes the article selectable is held back until the test lets it through.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/select-in-article.*.js', async (route) => (await held, route.continue()));
	await openPage(page, typesPath);
	const form = questionCard(page, 'unsourced-sentence');
	const toggle = form.getByRole('button', { name: 'Select in the article' });
	await toggle.click();
	await page.locator('#p1-s1').click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(offeredInArticle(page)).toHaveCount(0);

	release();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	const first = offeredInArticle(page).first();
	await expect(first).toBeFocused();
	await first.click();
	await expect(form.getByRole('checkbox', { name: /^TESTVILLE, May 2/ })).toBeChecked();
});
