/**
 * The language the interface is written in, set in one place. Everything the site says in its own words (source
 * lines, labels, controls) carries it, so that inside an article in another language the reader's software still
 * reads the interface's words as what they are.
 */
export const interfaceLanguage = 'en';
