import type { CheckedArticle } from '../../core/check/check-content';
import { formatProblem, type Problem } from '../../core/check/problem';
import { buildContent } from '../../core/content';
import type { ArticlePage } from '../../core/page-model/article-pages';
import { articleFields, writeArticleFile, type ArticleDraft } from '../../core/text/write-article-file';

/** What the author is writing: the article's file name, the article, and the question bank's YAML. */
export interface StudioDraft {
	id: string;
	article: ArticleDraft;
	bank: string;
	/** When the draft was begun (milliseconds since 1970): its name among the author's drafts, which never changes. */
	created: number;
}

/** A draft's two files, named as they would sit in the project, so problems name them as `npm run validate` does. */
export function draftFiles({ id, article, bank }: StudioDraft) {
	const name = id.trim() || 'untitled';
	return {
		article: { id: name, file: `content/articles/${name}.md`, text: writeArticleFile(article) },
		bank: { id: name, file: `content/questions/${name}.yaml`, text: bank },
	};
}

export interface DraftCheck {
	/** Every problem, then every warning, each in the very words `npm run validate` prints. */
	lines: { text: string; severity: 'error' | 'warning' }[];
	/** The bank's problems and warnings by line, for the editor. */
	bankLines: { line: number; severity: 'error' | 'warning'; message: string }[];
	/** The article's problems by form field. */
	fields: Partial<Record<(typeof articleFields)[number] | 'body', string[]>>;
	errors: number;
	warnings: number;
	/** The article, once its own fields pass: what the article's preview shows. */
	article?: CheckedArticle;
	/** The article's page, once the draft has no problems: what the quiz's preview and the packages are made of. */
	page?: ArticlePage;
}

/**
 * Checks a draft with the build's own rules (`buildContent`), and sorts what it finds for the page: a line each as
 * the command line prints it, the bank's at their lines, the article's at their fields.
 */
export function checkDraft(draft: StudioDraft): DraftCheck {
	const files = draftFiles(draft);
	const { problems, warnings, articles, pages } = buildContent([files.article], [files.bank]);
	const tagged = [...problems.map((problem) => ({ problem, severity: 'error' as const })), ...warnings.map((problem) => ({ problem, severity: 'warning' as const }))];
	const fields: DraftCheck['fields'] = {};
	for (const { problem } of tagged.filter(({ problem }) => problem.file === files.article.file)) {
		const field = fieldOf(problem);
		(fields[field] ??= []).push(problem.message);
	}
	return {
		lines: tagged.map(({ problem, severity }) => ({ text: severity === 'warning' ? `warning: ${formatProblem(problem)}` : formatProblem(problem), severity })),
		bankLines: tagged
			.filter(({ problem }) => problem.file === files.bank.file)
			.map(({ problem, severity }) => ({ line: problem.line ?? 1, severity, message: atLine(problem) })),
		fields,
		errors: problems.length,
		warnings: warnings.length,
		article: articles[0],
		page: pages[0],
	};
}

/** A problem as its line in the editor gives it: what `formatProblem` says after the file and line. */
function atLine({ question, field, message }: Problem): string {
	const place = [question && `question ${question}`, field].filter(Boolean).join(' › ');
	return place ? `${place}: ${message}` : message;
}

/** The form field an article problem belongs to: its own field, or else the text. */
const fieldOf = (problem: Problem) =>
	(articleFields as readonly string[]).includes(problem.field ?? '') ? (problem.field as (typeof articleFields)[number]) : 'body';
