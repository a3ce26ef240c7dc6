import type { Catalogue } from './catalogue.ts';
import { en } from './en.ts';
import { ru } from './ru.ts';

const catalogues = { en, ru } satisfies Record<string, Catalogue>;

export type Locale = keyof typeof catalogues;

/** Every locale with a catalogue. */
export const locales = Object.keys(catalogues) as Locale[];

/** The interface's language wherever no article decides it, and for an article in a language with no catalogue. */
export const siteLocale: Locale = 'en';

/** The interface locale for questions in `language` (a BCP 47 tag such as `ru` or `en-GB`): its own where a catalogue exists. */
export function interfaceLocale(language: string): Locale {
	const base = language.toLowerCase().split('-')[0]!;
	return base in catalogues ? (base as Locale) : siteLocale;
}

export const messagesFor = (locale: Locale): Catalogue => catalogues[locale];
