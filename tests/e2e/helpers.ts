import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitParagraphs } from '../../src/article/passages.ts';

export const realArticleId = 'tass-2023-06-27-putin-lukashenko';
export const realArticlePath = `/articles/${realArticleId}/`;
export const fixturePath = '/articles/fixture-quiz/';

/** Waits until every island on the page has rendered in the browser. */
export async function waitForIslands(page: Page): Promise<void> {
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Runs axe with every rule up to WCAG 2.2 AA, excluding nothing, and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
	expect(summary).toEqual([]);
}

/** The real article as its content file has it, for comparing with what the page shows. */
export function readRealArticle() {
	const text = readFileSync(`content/articles/${realArticleId}.md`, 'utf8');
	const [, frontmatter = '', body = ''] = text.split(/^---$/m);
	const bank = parse(readFileSync(`content/questions/${realArticleId}.yaml`, 'utf8')) as { questions: { prompt: string }[] };
	return { meta: parse(frontmatter) as { title: string; standfirst: string; source: string }, paragraphs: splitParagraphs(body), questions: bank.questions };
}
