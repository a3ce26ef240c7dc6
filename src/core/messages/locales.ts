import type { Catalogue } from './catalogue.ts';
import { en } from './en.ts';
import { ru } from './ru.ts';

const catalogues = { en, ru } satisfies Record<string, Catalogue>;

export type Locale = keyof typeof catalogues;

/** Every locale with a catalogue. */
export const locales = Object.keys(catalogues) as Locale[];

/**
 * The interface's language for an article in a language with no catalogue, and the site's unless its build names
 * another (`UNDERLINE_LOCALE`, see src/pipeline/site-locale.ts).
 */
export const defaultLocale: Locale = 'en';

/** Whether `name` is a locale with a catalogue. */
export const isLocale = (name: string): name is Locale => name in catalogues;

/** The interface locale for questions in `language` (a BCP 47 tag such as `ru` or `en-GB`): its own where a catalogue exists. */
export function interfaceLocale(language: string): Locale {
	const base = language.toLowerCase().split('-')[0]!;
	return isLocale(base) ? base : defaultLocale;
}

export const messagesFor = (locale: Locale): Catalogue => catalogues[locale];
