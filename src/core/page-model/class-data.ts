import type { ClassArticle, ClassData } from '../contract/page-data.ts';
import { messagesFor, type Locale } from '../messages/locales.ts';
import type { ArticlePage } from './article-pages.ts';
import { sentenceWords } from './sentence-words.ts';

/** What the class page needs of every article with questions: enough to count results and word the answers. */
export function classData(pages: ArticlePage[], locale: Locale): ClassData {
	// The class page is the site's, so it speaks the site's language (`locale`) whatever the articles' languages.
	const t = messagesFor(locale);
	const articles = pages
		.filter((page) => page.questions.length > 0)
		.map(({ id, article, passages, questions, bankRevision }): ClassArticle => {
			const sentences = sentenceWords(passages, t);
			return {
				id,
				title: article.title,
				bankRevision,
				questions: questions.map((question) => ({
					id: question.id,
					revision: question.revision,
					skill: question.skill,
					kind: question.kind,
					prompt: question.prompt,
					parts: question.type === 'highlight' ? question.sentenceIds.map((anchor) => sentences.get(anchor)!.text) : question.parts,
					choices: 'choices' in question ? question.choices : undefined,
					key: question.kind === 'rows' ? question.key : undefined,
					heldUntil: question.heldUntil,
				})),
			};
		});
	return { articles, skills: t.skills };
}
