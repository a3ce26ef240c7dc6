import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticlePage } from '../../../core/page-model/article-pages';
import { loadPages } from '../../../pipeline/articles';
import { teachingModule } from '../../../core/package/scorm';
import { teachingFile } from '../../../core/page-model/teaching-file';

// What each question teaches once answered (explanations, feedback, hints, model answers), as a module of its own:
// shown only after checking or handing in, so the page's first load carries the article and the questions, not this.
// A module, because the content security policy lets scripts from this site in but forbids fetching anything.
export const getStaticPaths = (async () =>
	(await loadPages())
		.filter((page) => page.questions.length > 0)
		.map((page) => ({ params: { id: page.id, teaching: teachingFile(page) }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(teachingModule((props as { page: ArticlePage }).page.teaching), {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
