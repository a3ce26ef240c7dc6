import { expect, test, type Page, type Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { extractText, getDocumentProxy } from 'unpdf';
import { en } from '../../src/core/messages/en.ts';
import { ru } from '../../src/core/messages/ru.ts';
import { expectNoAxeViolations, openPage, questionCard, tabTo, typesPath, waitForIslands } from './helpers.ts';

// An article in Russian with a bank of every type: its pages speak Russian, every text carries its language, and only
// the Russian words ship.

const russianPath = '/articles/fixture-russian/';

/**
 * Every text of the page, and every accessible name given in an attribute, that is in the wrong language or not in
 * Russian: Cyrillic must be marked `ru`; Latin letters are allowed only where marked English, in a web address, in
 * code or a key name, and in names that Russian writes in Latin letters too (the site's, JavaScript's, JSON's).
 */
async function languageProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const allowed = (word: string) => /^[\w-]+(\.[\w-]+)+$/.test(word) || ['Underline', 'JavaScript', 'JSON'].includes(word);
		const judge = (text: string, element: Element, where: string) => {
			if (element.closest('script, style, code, kbd')) return;
			const lang = element.closest('[lang]')?.getAttribute('lang');
			if (/\p{Script=Cyrillic}/u.test(text) && lang !== 'ru') found.push(`${where} is Russian, marked ${lang}: ${text}`);
			const latin = (text.match(/\p{Script=Latin}[\p{Script=Latin}\d.-]*/gu) ?? [])
				.map((word) => word.replace(/\.$/, ''))
				.filter((word) => !allowed(word));
			if (latin.length && !lang?.startsWith('en')) found.push(`${where} has English words (${latin.join(' ')}) in ${lang}: ${text}`);
		};
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent!.trim();
			if (text) judge(text, node.parentElement!, 'text');
		}
		for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [data-failed]'))
			for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'data-failed'])
				if (element.getAttribute(name)) judge(element.getAttribute(name)!, element, name);
		judge(document.title, document.documentElement, 'title');
		return found;
	});
}

/** Checks the page's language and accessibility, as it stands. */
async function expectRussianAndAccessible(page: Page) {
	expect(await languageProblems(page)).toEqual([]);
	await expectNoAxeViolations(page);
}

/** Every dialog the page opens must ask in Russian; each is accepted. */
function acceptRussianDialogs(page: Page, asked: string[]) {
	page.on('dialog', (dialog) => {
		asked.push(dialog.message());
		return dialog.accept();
	});
}

const check = (page: Page, id: string) =>
	questionCard(page, id)
		.getByRole('button', { name: /^(Проверить ответ|Сравнить с образцом)$/ })
		.click();

test('a Russian article page runs in Russian: every type answered, every text in its language, and axe clean in every state', async ({
	page,
}) => {
	test.slow(); // many steps and four axe runs: heavy on two shared cores
	const asked: string[] = [];
	acceptRussianDialogs(page, asked);
	await openPage(page, russianPath);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.getByRole('heading', { name: 'Вопросы', level: 2 })).toBeVisible();
	await expect(page.locator('.source-line')).toHaveText(
		/^Опубликовано: Тестовое агентство, 15 января 2024 г\. Оригинал на сайте example\.org$/,
	);
	await expectRussianAndAccessible(page);

	// A wrong first try: the verdict, the hint, and the way to a second try, in Russian.
	const single = questionCard(page, 'open-day');
	await single.getByRole('radio', { name: 'В понедельник' }).check();
	await check(page, 'open-day');
	await expect(single.locator('.feedback')).toContainText('✗ Пока неверно. Найдите слово «откроют».');
	await expect(single.getByRole('button', { name: 'Попробовать ещё раз' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Отвечено' })).toHaveText('Отвечено: 1 из 6 оцениваемых вопросов, верно: 0');
	await expectRussianAndAccessible(page);

	const multiple = questionCard(page, 'who-spoke');
	await multiple.getByRole('checkbox', { name: 'Мэра Иванова' }).check();
	await multiple.getByRole('checkbox', { name: 'Критиков моста' }).check();
	await multiple.getByRole('checkbox', { name: 'Пресс-службы мэрии' }).check();
	await check(page, 'who-spoke');
	await expect(multiple.locator('.feedback')).toContainText('✓ Верно.');

	// The highlight question offers the sentences of paragraphs 1 and 2: the dateline stays inside the first.
	const highlight = questionCard(page, 'unsourced-sentence');
	await expect(highlight.locator('label.option')).toHaveText([
		'ЗАРЕЧНЫЙ, 15 января. /ТА/. Мэр А.Г. Иванов заявил, что мост в г. Заречном откроют в пятницу.',
		'Работы «почти завершены», т.е. осталось немного.',
		'Критики назвали мост небезопасным.',
		'Мэрия — в лице пресс-службы — ответила, что мост безопасен.',
	]);
	await highlight.getByRole('checkbox', { name: 'Работы «почти завершены», т.е. осталось немного.' }).check();
	await check(page, 'unsourced-sentence');
	await expect(highlight.locator('.feedback')).toContainText('✓ Верно.');

	const order = questionCard(page, 'repair-order');
	const wanted = ['Рабочие укрепили опоры', 'Инженеры проверили мост', 'Глава комиссии дала заключение'];
	for (const [target, text] of wanted.entries())
		while ((await order.locator('.order .item').allTextContents()).indexOf(text) > target)
			await order.getByRole('button', { name: `Переместить выше: ${text}` }).click();
	await check(page, 'repair-order');
	await expect(order.locator('.feedback')).toContainText('✓ Верно.');

	// One row left empty is named, in the plural form its number takes.
	const match = questionCard(page, 'who-said-what');
	await match.getByRole('radiogroup', { name: 'мост небезопасен' }).getByRole('radio', { name: 'Критики' }).check();
	await check(page, 'who-said-what');
	await expect(match.locator('.feedback')).toContainText('Остались 2 строки без ответа.');
	await match.getByRole('radiogroup', { name: 'мост безопасен', exact: true }).getByRole('radio', { name: 'Пресс-служба мэрии' }).check();
	await match
		.getByRole('radiogroup', { name: 'проверка прошла без замечаний' })
		.getByRole('radio', { name: 'Глава комиссии Е.В. Смирнова' })
		.check();
	await check(page, 'who-said-what');
	await expect(match.locator('.feedback')).toContainText('✓ Верно.');

	const classify = questionCard(page, 'fact-or-opinion');
	for (const [row, choice] of [
		['Рабочие укрепили опоры.', 'Факт'],
		['Инженеры ещё раз проверили мост.', 'Факт'],
		['Мост небезопасен.', 'Мнение'],
	])
		await classify.getByRole('radiogroup', { name: row }).getByRole('radio', { name: choice }).check();
	await check(page, 'fact-or-opinion');
	await expect(classify.locator('.feedback')).toContainText('✓ Верно.');

	const open = questionCard(page, 'missing-view');
	await open.getByRole('textbox', { name: 'Ваш ответ' }).fill('Заголовок не говорит, что критики считают мост небезопасным.');
	await open.getByRole('group', { name: 'Фрагменты, на которые вы ссылаетесь (хотя бы один)' }).getByRole('checkbox').nth(1).check();
	await check(page, 'missing-view');
	await open.getByRole('checkbox', { name: 'Мнение критиков' }).check();

	// Finished: the score, the skills, the ways to hand results in, all in Russian.
	await expect(page.getByRole('status').filter({ hasText: 'Отвечено' })).toHaveText('Отвечено: 6 из 6 оцениваемых вопросов, верно: 5');
	await expect(page.locator('.score-figure')).toHaveText('Результат: 5 из 6 оцениваемых вопросов.');
	await expect(page.getByRole('heading', { name: 'Передайте результаты учителю' })).toBeVisible();
	await page.getByRole('button', { name: 'Показать код результатов' }).click();
	await expect(page.getByRole('textbox', { name: /^Код результатов/ })).toHaveValue(/^UL1-/);
	await expectRussianAndAccessible(page);

	// Test mode: switching asks in Russian; handing in early asks with the count in its plural form.
	await page.getByRole('radio', { name: 'Проверка: разбор после сдачи' }).check();
	await questionCard(page, 'open-day').getByRole('radio', { name: 'В пятницу' }).check();
	await page.getByRole('button', { name: 'Сдать тест' }).click();
	await expect(page.locator('.score-figure')).toHaveText('Результат: 1 из 6 оцениваемых вопросов.');
	await expectRussianAndAccessible(page);
	expect(asked).toEqual([
		'Перейти в режим «проверка»? Ваши ответы к этой статье будут удалены.',
		'Вы ответили на 1 из 6 оцениваемых вопросов. Всё равно сдать?',
	]);
});

test("an article's other pages (worksheet, answer key, teacher's notes, projector view) speak its interface language too", async ({
	page,
}) => {
	for (const path of ['worksheet/', 'key/', 'teach/', 'present/']) {
		await page.goto(`${russianPath}${path}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		expect(await languageProblems(page), path).toEqual([]);
	}
	await expect(page.getByRole('status')).toHaveText('Вопрос 1 из 7');
	await page.goto(`${russianPath}key/`);
	await expect(page.locator('.source-line')).toHaveText('Тестовое агентство, 15 января 2024 г.');
	await expect(page.locator('.public-notice')).toContainText('Эти ответы открыты всем. Статический сайт');
});

/** The page's HTML and every script it loads, as text. */
async function shipped(page: Page, path: string): Promise<string> {
	const bodies: Promise<Buffer>[] = [];
	const collect = (response: Response) =>
		response.request().resourceType() === 'script' && response.status() < 300 && bodies.push(response.body());
	page.on('response', collect);
	const html = await (await page.goto(path))!.text();
	await waitForIslands(page);
	await page.waitForLoadState('networkidle');
	page.off('response', collect);
	return [html, ...(await Promise.all(bodies)).map(String)].join('\n');
}

/** Every message of a catalogue's browser part, as the phrases it ships (places and plural forms apart; one word may be code). */
const browserWords = (catalogue: typeof en) =>
	JSON.stringify([catalogue.quiz, catalogue.sheets])
		.match(/"(?:[^"\\]|\\.)*"/g)!
		.map((text) => JSON.parse(text) as string)
		.flatMap((text) => text.split(/\{\w+\}/))
		.filter((text) => /\S\s+\S/.test(text));

test('a page ships its own locale only: the Russian page none of the English words, the English page none of the Russian', async ({
	page,
}) => {
	const russianPage = await shipped(page, russianPath);
	const englishPage = await shipped(page, typesPath);
	const englishWords = browserWords(en).filter((text) => !browserWords(ru).includes(text));
	expect(englishWords.length).toBeGreaterThan(70);
	expect(englishWords.filter((text) => russianPage.includes(text))).toEqual([]);
	expect(browserWords(ru).filter((text) => englishPage.includes(text))).toEqual([]);
	// And each does carry its own: the words are in the page, gzipped with it.
	expect(russianPage).toContain('Проверить ответ');
	console.log(`The Russian page's words for its script: ${gzipSync(JSON.stringify({ quiz: ru.quiz, sheets: ru.sheets })).length} B gzip`);
});

test('a Russian worksheet prints in Russian: a name line and page numbers on every sheet, options lettered А, Б, В', async ({ page }) => {
	await page.goto(`${russianPath}worksheet/`);
	const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
	const sheets = (await extractText(pdf, { mergePages: false })).text as string[];
	sheets.forEach((sheet, index) => {
		expect(sheet).toContain('Имя:');
		expect(sheet).toContain(`Страница ${index + 1} из ${sheets.length}`);
	});
	const text = sheets.join('\n');
	expect(text).toMatch(/А\.\s*В пятницу\s+Б\.\s*В понедельник\s+В\.\s*В субботу/);
	// Lines break wherever the sheet's width puts them.
	expect(text).toMatch(/Варианты:\s+А\.\s+Глава комиссии Е\.В\. Смирнова\s+Б\.\s+Критики\s+В\.\s+Рабочие\s+Г\.\s+Пресс-служба мэрии/);
	expect(text).not.toMatch(/Name|Page|Question|[ABC]\. /);
});

test("the quiz marks the questions' words with the bank's language (here en-GB), and its own words with the interface's", async ({
	page,
}) => {
	await openPage(page, '/articles/fixture-notes/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const form = page.locator('.question').first();
	await expect(form.locator('legend [lang]')).toHaveAttribute('lang', 'en-GB');
	await expect(form.locator('legend [lang]')).toHaveText('Part A. Who repaired the pier?');
	await expect(form.locator('label.option')).toHaveCount(3);
	for (const option of await form.locator('label.option').all()) await expect(option).toHaveAttribute('lang', 'en-GB');
	await expect(form.getByRole('button', { name: 'Check answer' })).not.toHaveAttribute('lang');
});

test('on the Russian page every type can be answered with the keyboard alone', async ({ page }) => {
	test.slow(); // many key presses: heavy on two shared cores
	await openPage(page, russianPath);
	const press = async (id: string) => {
		await tabTo(page, questionCard(page, id).getByRole('button', { name: /^(Проверить ответ|Сравнить с образцом)$/ }));
		await page.keyboard.press('Enter');
		await expect(questionCard(page, id).locator('.feedback')).toBeFocused();
	};

	await tabTo(page, questionCard(page, 'open-day').getByRole('radio', { name: 'В пятницу' }));
	await page.keyboard.press('Space');
	await press('open-day');
	await expect(questionCard(page, 'open-day').locator('.feedback')).toContainText('✓ Верно.');

	for (const name of ['Мэра Иванова', 'Критиков моста', 'Пресс-службы мэрии']) {
		await tabTo(page, questionCard(page, 'who-spoke').getByRole('checkbox', { name }));
		await page.keyboard.press('Space');
	}
	await press('who-spoke');

	// The sentence is picked in the article itself: the toggle, then Tab to the sentence, then Space.
	await tabTo(page, questionCard(page, 'unsourced-sentence').getByRole('button', { name: 'Выбрать в статье' }));
	await page.keyboard.press('Enter');
	// Focus moves to the first sentence offered, in the article.
	await expect(page.locator('article [role="button"]').first()).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Работы «почти завершены», т.е. осталось немного.' })).toBeFocused();
	await page.keyboard.press('Space');
	await press('unsourced-sentence');

	const order = questionCard(page, 'repair-order');
	for (const [target, text] of ['Рабочие укрепили опоры', 'Инженеры проверили мост'].entries()) {
		const moveUp = order.getByRole('button', { name: `Переместить выше: ${text}` });
		if ((await order.locator('.order .item').allTextContents()).indexOf(text) > target) await tabTo(page, moveUp);
		while ((await order.locator('.order .item').allTextContents()).indexOf(text) > target) await page.keyboard.press('Enter');
	}
	await press('repair-order');

	for (const [id, rows] of [
		[
			'who-said-what',
			[
				['мост небезопасен', 1],
				['мост безопасен', 3],
				['проверка прошла без замечаний', 0],
			],
		],
		[
			'fact-or-opinion',
			[
				['Рабочие укрепили опоры.', 0],
				['Инженеры ещё раз проверили мост.', 0],
				['Мост небезопасен.', 1],
			],
		],
	] as const) {
		for (const [row, choice] of rows) {
			await tabTo(page, questionCard(page, id).getByRole('radiogroup', { name: row, exact: true }).getByRole('radio').first());
			await page.keyboard.press('Space');
			for (let step = 0; step < choice; step++) await page.keyboard.press('ArrowRight');
		}
		await press(id);
	}

	await tabTo(page, questionCard(page, 'missing-view').getByRole('textbox', { name: 'Ваш ответ' }));
	await page.keyboard.type('Заголовок молчит о том, что критики считают мост небезопасным.');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await press('missing-view');

	await expect(page.getByRole('status').filter({ hasText: 'Отвечено' })).toHaveText('Отвечено: 6 из 6 оцениваемых вопросов, верно: 6');
});
