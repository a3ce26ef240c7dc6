import { expect, test } from '@playwright/test';
import { readRealArticle, realArticlePath } from './helpers.ts';

// The projector view of the real article, on the screens a classroom projector has: each question fills the screen,
// and its answer, once asked for, is on screen whole.

const { questions } = readRealArticle();
const presentPath = `${realArticlePath}present/`;

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 1920, height: 1080 },
]) {
	test(`at ${viewport.width}×${viewport.height} every answer is on screen whole when shown, with no site frame`, async ({ page }) => {
		test.slow(); // every question of the real bank, one after another
		await page.setViewportSize(viewport);
		await page.goto(presentPath);
		await expect(page.getByRole('status')).toHaveText(`Question 1 of ${questions.length}`);
		// The site's header and footer give their room to the question.
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('contentinfo')).toBeHidden();
		for (let number = 1; number <= questions.length; number++) {
			const slide = page.getByRole('region', { name: new RegExp(`^Question ${number}\\.`) });
			await expect(slide.getByRole('heading', { name: new RegExp(`^Question ${number}\\.`) })).toBeInViewport();
			await page.keyboard.press('a');
			const answer = slide.getByRole('group').filter({ has: page.getByText('Answer', { exact: true }) });
			await expect(answer, `the answer to question ${number}`).toBeInViewport({ ratio: 1 });
			await page.keyboard.press('ArrowRight');
		}
	});
}

test('Home and End go to the first and the last question, and a question left shows its answer hidden again', async ({ page }) => {
	await page.goto(presentPath);
	const position = page.getByRole('status');
	await page.keyboard.press('End');
	await expect(position).toHaveText(`Question ${questions.length} of ${questions.length}`);
	await expect(page.getByRole('heading', { name: new RegExp(`^Question ${questions.length}\\.`) })).toBeFocused();
	await page.keyboard.press('Home');
	await expect(position).toHaveText(`Question 1 of ${questions.length}`);

	const first = page.getByRole('region', { name: /^Question 1\./ });
	const explanation = first.getByRole('group').filter({ has: page.getByText('Explanation', { exact: true }) });
	await page.keyboard.press('e');
	await expect(explanation.getByRole('definition').first()).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowLeft');
	await expect(position).toHaveText(`Question 1 of ${questions.length}`);
	await expect(explanation.getByRole('definition').first()).toBeHidden();
});
