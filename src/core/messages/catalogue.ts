import type { en } from './en.ts';
import type { Plural } from './format.ts';

/** Every entry of English's shape, with any words, and plurals with the forms their own language needs. */
type Shape<T> = T extends Plural
	? Plural
	: T extends string
		? string
		: T extends readonly string[]
			? string[]
			: { [K in keyof T]: Shape<T[K]> };

/** What a catalogue holds. A locale that misses an entry, or has one English lacks, fails the type check (`astro check`). */
export type Catalogue = Shape<typeof en>;

/**
 * What a page's script reads from the page: its own locale's words, the quiz's on the article page only, and the locale
 * `Intl` formats by.
 */
export interface BrowserMessages {
	locale: string;
	quiz?: Catalogue['quiz'];
	sheets?: Catalogue['sheets'];
	/** The class page's. */
	classPage?: Catalogue['classPage']['script'];
	/** The studio's. */
	studio?: Catalogue['studio']['script'];
}
