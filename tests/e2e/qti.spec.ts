import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkContent } from '../../src/core/check/check-content.ts';
import { qtiZip, toQti } from '../../src/pipeline/export/qti.ts';
import { readContentFiles } from '../../src/pipeline/load/content-files.ts';
import { articlePages } from '../../src/core/page-model/article-pages.ts';

// The QTI 3.0 export, played by a QTI 3 player from the registry (@citolab/qti-components, its browser bundle) in a
// page of its own, served from memory: each item is loaded as the player loads items, answered, and scored by the
// item's own response processing.

const roots = ['content', 'tests/fixtures/site'];
const page = articlePages(checkContent(readContentFiles(roots, 'articles', '.md'), readContentFiles(roots, 'questions', '.yaml'))).find(
	(candidate) => candidate.id === 'fixture-types',
)!;
const files = unzipSync(qtiZip(toQti(page).files, ''));
/** A question as the bank's YAML has it, for the fields this test answers with. */
interface BankQuestion {
	id: string;
	prompt: string;
	options?: { text: string; correct?: boolean }[];
	items?: string[];
	pairs?: { item: string; match: string }[];
	statements?: { text: string; category: string }[];
}
const bank = parse(readFileSync('tests/fixtures/site/questions/fixture-types.yaml', 'utf8')) as { questions: BankQuestion[] };
const source = (id: string) => bank.questions.find((question) => question.id === id)!;
const player = readFileSync(new URL('../cdn/index.js', import.meta.resolve('@citolab/qti-components')));

const harness = `<!doctype html><html lang="en"><head><title>QTI player</title>
<script type="module">
	import { qtiTransformItem } from '/player.js';
	window.loadItem = async (href) => {
		const item = await qtiTransformItem().load(href);
		document.getElementById('item').replaceChildren(item.htmlDoc());
		await customElements.whenDefined('qti-assessment-item');
		await document.querySelector('qti-assessment-item').updateComplete;
	};
	// The learner's answer, given by the words they pick, as the identifiers the item declares for those words.
	window.answer = (words) => {
		const id = (selector, text) => [...document.querySelectorAll(selector)].find((element) => element.textContent.trim() === text).getAttribute('identifier');
		const value = words.map((word) => Array.isArray(word)
			? id('qti-simple-match-set:first-of-type qti-simple-associable-choice', word[0]) + ' ' + id('qti-simple-match-set:last-of-type qti-simple-associable-choice', word[1])
			: id('qti-simple-choice, qti-hottext', word));
		const item = document.querySelector('qti-assessment-item');
		const cardinality = document.querySelector('qti-response-declaration').getAttribute('cardinality');
		item.updateResponseVariable('RESPONSE', cardinality === 'single' ? value[0] : value);
		item.processResponse();
		return Number(item.getOutcome('SCORE').value);
	};
	window.score = () => Number(document.querySelector('qti-assessment-item').getOutcome('SCORE').value);
</script></head><body><main id="item"></main></body></html>`;

const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', xml: 'application/xml' };

async function openPlayer(browserPage: Page) {
	await browserPage.route('http://qti.test/**', (route) => {
		const path = new URL(route.request().url()).pathname.slice(1);
		const body = path === 'player.html' ? harness : path === 'player.js' ? player : files[path.replace(/^package\//, '')];
		return body === undefined
			? route.fulfill({ status: 404 })
			: route.fulfill({ body: typeof body === 'string' ? body : Buffer.from(body), contentType: types[path.split('.').pop()!] });
	});
	await browserPage.goto('http://qti.test/player.html');
	await browserPage.waitForFunction(() => 'loadItem' in window);
}

const load = (browserPage: Page, id: string) =>
	browserPage.evaluate(
		(href) => (window as unknown as { loadItem: (href: string) => Promise<void> }).loadItem(href),
		`package/items/${id}.xml`,
	);
const answer = (browserPage: Page, words: (string | [string, string])[]) =>
	browserPage.evaluate((given) => (window as unknown as { answer: (words: unknown) => number }).answer(given), words);

test('every scored item of the QTI export scores 1 when answered as the bank says, and 0 when not', async ({ page: browserPage }) => {
	test.slow(); // a player of 600 KB and seven items: heavy on two shared cores
	await openPlayer(browserPage);
	const options = (id: string) => source(id).options!;
	const cases: [string, (string | [string, string])[], (string | [string, string])[]][] = [
		[
			'reopen-day',
			options('reopen-day')
				.filter((option) => option.correct)
				.map((option) => option.text),
			['On Thursday'],
		],
		[
			'who-spoke',
			options('who-spoke')
				.filter((option) => option.correct)
				.map((option) => option.text),
			['The mayor'],
		],
		[
			'unsourced-sentence',
			['Repairs cost more than planned.'],
			['TESTVILLE, May 2. /Test Desk/. The town hall will reopen on Monday, the council said on Thursday.'],
		],
		['repair-timeline', source('repair-timeline').items!, [...source('repair-timeline').items!].reverse()],
		[
			'who-said-what',
			source('who-said-what').pairs!.map((pair) => [pair.item, pair.match]),
			[
				['"a triumph of teamwork"', 'The inspectors'],
				['the work was rushed', 'A local builder'],
			],
		],
		[
			'fact-or-opinion',
			source('fact-or-opinion').statements!.map((row) => [row.text, row.category]),
			[
				['Workers replaced the roof in April.', 'Opinion'],
				['The repairs were a triumph of teamwork.', 'Opinion'],
			],
		],
	];
	for (const [id, right, wrong] of cases) {
		await load(browserPage, id);
		await expect(browserPage.locator('qti-prompt')).toHaveText(source(id).prompt);
		expect(await answer(browserPage, wrong), `${id} answered wrong`).toBe(0);
		expect(await answer(browserPage, right), `${id} answered right`).toBe(1);
	}
});

test('in the QTI player a learner answers by clicking, sees the article beside the item, and a written answer is left to a marker', async ({
	page: browserPage,
}) => {
	await openPlayer(browserPage);
	await load(browserPage, 'reopen-day');
	await expect(browserPage.getByText('The town hall will reopen on Monday, the council said on Thursday.', { exact: false })).toBeVisible();
	await browserPage.locator('qti-simple-choice').filter({ hasText: 'On Monday' }).click();
	expect(
		await browserPage.evaluate(() => {
			const item = document.querySelector('qti-assessment-item') as unknown as {
				processResponse(): void;
				getOutcome(id: string): { value: string };
			};
			item.processResponse();
			return Number(item.getOutcome('SCORE').value);
		}),
	).toBe(1);

	await load(browserPage, 'neutral-headline');
	await expect(browserPage.locator('qti-extended-text-interaction')).toBeAttached();
	await expect(browserPage.locator('qti-response-processing')).toHaveCount(0);
});
