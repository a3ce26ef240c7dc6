import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from './helpers.ts';

// The site built with Russian as its interface language (UNDERLINE_LOCALE=ru): its own pages, the studio among them,
// speak Russian, while each article's checks follow the article's own language.

test('the studio speaks Russian, and checks and quotes a Russian article by Russian rules', async ({ page }) => {
	await page.goto('studio/');
	await waitForIslands(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Студия');
	await page.getByLabel(/^Открыть статью/).setInputFiles(['tests/fixtures/site/articles/fixture-russian.md', 'tests/fixtures/site/questions/fixture-russian.yaml']);
	await expect(page.getByRole('status').filter({ hasText: /^Открыто/ })).toContainText('fixture-russian.md');
	const preview = page.getByRole('region', { name: 'Статья такой, какой её увидят ученики' });
	await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Мост откроют в пятницу — мэр');
	// "А.Г." ends no sentence, by Russian rules: the first sentence runs on to the bridge's opening day.
	await expect(preview.locator('#p1-s1')).toHaveText('ЗАРЕЧНЫЙ, 15 января. /ТА/. Мэр А.Г. Иванов заявил, что мост в г. Заречном откроют в пятницу.');
	await page.getByRole('textbox', { name: 'Вопросы в формате YAML' }).press('ControlOrMeta+End');
	await preview.locator('#p2-s1').selectText();
	await page.getByRole('button', { name: 'Использовать как подтверждение' }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Добавлено/ })).toHaveText('Добавлено в вопрос под курсором: фрагмент 2, цитата «Критики назвали мост небезопасным».');
	await expectNoAxeViolations(page);
});

test("the site's index speaks Russian", async ({ page }) => {
	await page.goto('');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Читайте внимательно, отвечайте по тексту');
	await page.getByRole('link', { name: 'студии' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Студия');
});
