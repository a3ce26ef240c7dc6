import { getCollection } from 'astro:content';
import type { ArticlePage } from '../core/page-model/article-pages.ts';

/** Every article's page model, newest first, as the content loader stored them. */
export async function loadPages(): Promise<ArticlePage[]> {
	const entries = await getCollection('articles');
	// The loader stored whole page models, checked and built from the content; the collection has no schema to type them.
	return entries
		.map((entry) => entry.data as unknown as ArticlePage)
		.sort((a, b) => b.article.published.localeCompare(a.article.published) || a.id.localeCompare(b.id));
}

/** The static paths of a page every article with questions has (worksheet, key, teacher's page, projector view). */
export async function pathsWithQuestions() {
	return (await loadPages()).filter((page) => page.questions.length > 0).map((page) => ({ params: { id: page.id }, props: { page } }));
}
