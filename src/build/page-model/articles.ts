import { getCollection } from 'astro:content';
import { passagesOf } from '../text/passages.ts';

/** Every article with its passages and its questions (none when it has no bank yet), ordered newest first. */
export async function loadArticles() {
	const [articles, banks] = await Promise.all([getCollection('articles'), getCollection('banks')]);
	return articles
		.map((entry) => ({
			id: entry.id,
			article: entry.data,
			passages: passagesOf(entry.data, entry.body ?? ''),
			questions: banks.find((bank) => bank.data.article === entry.id)?.data.questions ?? [],
		}))
		.sort((a, b) => b.article.published.localeCompare(a.article.published) || a.id.localeCompare(b.id));
}

export type LoadedArticle = Awaited<ReturnType<typeof loadArticles>>[number];
