import { expect, test } from '@playwright/test';
import { readRealArticle, realArticlePath, typesPath } from './helpers.ts';

const article = readRealArticle();

test('the index lists the article with its publisher, date and number of questions', async ({ page }) => {
	await page.goto('./');
	const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: article.meta.title }) });
	await expect(item).toContainText('TASS');
	await expect(item).toContainText('27 June 2023');
	await expect(item).toContainText(`${article.questions.length} questions`);
	await item.getByRole('link', { name: article.meta.title }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.meta.title);
});

test('every paragraph is shown verbatim, numbered and anchored', async ({ page }) => {
	await page.goto(realArticlePath);
	await expect(page.locator('#headline')).toHaveText(article.meta.title);
	await expect(page.locator('#standfirst [data-passage-text]')).toHaveText(article.meta.standfirst);
	expect(article.paragraphs).toHaveLength(8);
	for (const [index, text] of article.paragraphs.entries()) {
		const number = index + 1;
		const paragraph = page.locator(`#p${number}`);
		await expect(paragraph.locator('[data-passage-text]')).toHaveText(text);
		await expect(paragraph.getByRole('link', { name: `Paragraph ${number}` })).toHaveAttribute('href', `#p${number}`);
	}
	await expect(page.locator('#p1')).toContainText('1 MOSCOW, June 27. /TASS/. Presidents of Russia');
});

test('the source line names the publisher and date, and links to the original', async ({ page }) => {
	await page.goto(realArticlePath);
	await expect(page.getByText('Published by TASS on 27 June 2023.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Read the original at tass.com' })).toHaveAttribute('href', article.meta.source);
});

test('the page forbids the browser from sending anything anywhere', async ({ page }) => {
	await page.goto(realArticlePath);
	const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(policy).toContain("connect-src 'none'");
	expect(policy).toContain("default-src 'none'");
});

test('a link to a paragraph jumps to it', async ({ page }) => {
	await page.goto(`${realArticlePath}#p5`);
	await expect(page.locator('#p5')).toBeInViewport();
});

test.describe('the article is readable without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('text, source and questions are all there', async ({ page }) => {
		await page.goto(realArticlePath);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.meta.title);
		for (const text of article.paragraphs) await expect(page.getByRole('article').getByText(text)).toBeVisible();
		await expect(page.getByText('These questions become interactive when JavaScript is on.')).toBeVisible();
		for (const question of article.questions) await expect(page.getByText(question.prompt)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
	});
});

for (const timezoneId of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
	test.describe(`a reader in ${timezoneId}`, () => {
		test.use({ timezoneId });

		test('sees the publication day as published', async ({ page }) => {
			await page.goto(realArticlePath);
			await expect(page.locator('time')).toHaveText('27 June 2023');
			await expect(page.locator('time')).toHaveAttribute('datetime', '2023-06-27');
		});
	});
}

test('the article and the worksheet questions carry their language and direction', async ({ page }) => {
	await page.goto(`${realArticlePath}worksheet/`);
	await expect(page.getByRole('article')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('article')).toHaveAttribute('dir', 'ltr');
	const prompt = page.locator('.sheet-prompt [lang]').first();
	await expect(prompt).toHaveAttribute('lang', 'en');
	await expect(prompt).toHaveText(article.questions[0]!.prompt);
});

test('English abbreviations do not end a sentence: "U.S." and "St." stay inside theirs', async ({ page }) => {
	await page.goto(typesPath);
	await expect(page.locator('#p4-s1')).toHaveText('A U.S. engineer from St. Albans checked the roof for the council.');
	await expect(page.locator('#p4-s2')).toHaveText('She found no fault.');
});
