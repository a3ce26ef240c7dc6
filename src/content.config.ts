import type { Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { splitParagraphs } from './build/text/passages.ts';
import { parseArticleFile } from './build/load/article-file.ts';
import { contentRoots, readContentFiles, type ContentFile } from './build/load/content-files.ts';
import { parseYaml } from './build/load/yaml-source.ts';
import { articleSchema } from './schema/article.ts';
import { bankSchema } from './schema/bank.ts';

/**
 * Reads one kind of content file from the top-level `content/` folder (and, in the test build, the tests'
 * fixture site) with the same code the checker uses, so the site and `npm run validate` never disagree.
 */
function contentLoader(
	folder: 'articles' | 'questions',
	extension: string,
	read: (file: ContentFile) => { data: unknown; body?: string },
): Loader {
	return {
		name: `underline-${folder}`,
		load: async ({ store, parseData }) => {
			store.clear();
			for (const file of readContentFiles(contentRoots(), folder, extension)) {
				const { data, body } = read(file);
				const parsed = await parseData({ id: file.id, data: data as Record<string, unknown>, filePath: file.file });
				store.set({ id: file.id, data: parsed, body, filePath: file.file });
			}
		},
	};
}

const articles = defineCollection({
	loader: contentLoader('articles', '.md', ({ text, file }) => {
		const { frontmatter, body } = parseArticleFile(text, file);
		return { data: frontmatter.data, body: splitParagraphs(body).join('\n\n') };
	}),
	schema: articleSchema,
});

const banks = defineCollection({
	loader: contentLoader('questions', '.yaml', ({ text, file }) => ({ data: parseYaml(text, file).data })),
	schema: bankSchema,
});

export const collections = { articles, banks };
