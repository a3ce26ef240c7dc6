import { defineCollection } from 'astro:content';
import { articleSchema } from './schema/article.ts';
import { bankSchema } from './schema/bank.ts';
import { contentRoots, readContentFiles } from './content-check/content-files.ts';
import { splitParagraphs } from './article/passages.ts';
import { parseArticleFile } from './content-check/article-file.ts';
import { parseYaml } from './content-check/yaml-source.ts';

// Content comes from the top-level `content/` folder (and, in the test build, the tests' fixture site),
// read by the same code the checker uses, so the site and `npm run validate` never disagree about a file.
const articles = defineCollection({
	loader: {
		name: 'underline-articles',
		load: async ({ store, parseData }) => {
			store.clear();
			for (const { id, file, text } of readContentFiles(contentRoots(), 'articles', '.md')) {
				const { frontmatter, body } = parseArticleFile(text, file);
				const data = await parseData({ id, data: frontmatter.data as Record<string, unknown>, filePath: file });
				store.set({ id, data, body: splitParagraphs(body).join('\n\n'), filePath: file });
			}
		},
	},
	schema: articleSchema,
});

const banks = defineCollection({
	loader: {
		name: 'underline-banks',
		load: async ({ store, parseData }) => {
			store.clear();
			for (const { id, file, text } of readContentFiles(contentRoots(), 'questions', '.yaml')) {
				const data = await parseData({ id, data: parseYaml(text, file).data as Record<string, unknown>, filePath: file });
				store.set({ id, data, filePath: file });
			}
		},
	},
	schema: bankSchema,
});

export const collections = { articles, banks };
