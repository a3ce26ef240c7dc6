import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPages } from '../../../pipeline/articles';
import { checkedRoots } from '../../../pipeline/load/checked-content';
import { readContentFiles } from '../../../pipeline/load/content-files';

// An article's two content files as the project holds them, for the studio to open (src/browser/studio/): a module,
// as the pages' policy lets the site's scripts in but forbids fetching anything. JSON.stringify escapes every quote
// and backslash, so no content can break out of it.
export const getStaticPaths = (async () => (await loadPages()).map(({ id }) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const find = (folder: 'articles' | 'questions', extension: string) =>
		readContentFiles(checkedRoots(), folder, extension).find((file) => file.id === params.id)?.text;
	return new Response(`export default ${JSON.stringify({ article: find('articles', '.md'), bank: find('questions', '.yaml') })};\n`, {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
};
