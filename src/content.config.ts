// Wiring only: the article pages come from the pipeline's loader, which reads the content the checker has checked.
import { defineCollection } from 'astro:content';
import { articlePagesLoader } from './pipeline/load/content-loader.ts';

export const collections = { articles: defineCollection({ loader: articlePagesLoader() }) };
