import type { ClassArticle, ClassData } from '../../island-props.ts';
import { skillInfo } from '../../schema/skill.ts';
import type { ArticlePage } from './article-pages.ts';
import { sentenceWords } from './sentence-words.ts';

/** What the class page needs of every article with questions: enough to count results and word the answers. */
export function classData(pages: ArticlePage[]): ClassData {
	const articles = pages
		.filter((page) => page.questions.length > 0)
		.map(({ id, article, passages, questions, bankVersion }): ClassArticle => {
			const sentences = sentenceWords(passages);
			return {
				id,
				title: article.title,
				bankVersion,
				questions: questions.map((question) => ({
					id: question.id,
					version: question.version,
					skill: question.skill,
					kind: question.kind,
					prompt: question.prompt,
					parts: question.type === 'highlight' ? question.sentenceIds.map((anchor) => sentences.get(anchor)!.text) : question.parts,
					choices: 'choices' in question ? question.choices : undefined,
				})),
			};
		});
	return { articles, skills: skillInfo };
}
