// Wiring only: the article pages come from the build wing's loader, which reads the content the checker has checked.
import { defineCollection } from 'astro:content';
import { articlePagesLoader } from './build/load/content-loader.ts';

export const collections = { articles: defineCollection({ loader: articlePagesLoader() }) };
