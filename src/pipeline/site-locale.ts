import { defaultLocale, isLocale, locales, type Locale } from '../core/messages/locales.ts';

/**
 * The interface's language of the site's own pages (the index, the class page, the studio, the page not found), set
 * for a build by `UNDERLINE_LOCALE` (`en` or `ru`); each article's pages speak the article's language. A name with no
 * catalogue stops the build, rather than quietly building the site in another language.
 */
function readSiteLocale(): Locale {
	const name = process.env.UNDERLINE_LOCALE ?? defaultLocale;
	if (!isLocale(name)) throw new Error(`UNDERLINE_LOCALE is "${name}", which has no catalogue: use one of ${locales.join(', ')}.`);
	return name;
}

export const siteLocale = readSiteLocale();
