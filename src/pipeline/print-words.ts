import type { Plugin } from 'vite';
import { pieces } from '../core/messages/format.ts';
import { locales, messagesFor } from '../core/messages/locales.ts';

/** Print styles that carry words: a page imports `virtual:print-words/<part>.css`. */
const modules: Record<string, () => string> = {
	/** Every printed sheet: its page number at the foot, and letters for lettered lists. */
	pages: () =>
		locales
			.map((locale) => {
				const t = messagesFor(locale);
				const pageOf = pieces(t.sheet.pageOf)
					.map((piece) => (typeof piece === 'string' ? JSON.stringify(piece) : `counter(${piece.place})`))
					.join(' ');
				const letters = [...t.sheets.letters].map((letter) => JSON.stringify(letter)).join(' ');
				return [
					`:root:lang(${locale}) body { page: ${locale}; }`,
					`@page ${locale} { @bottom-right { content: ${pageOf}; } }`,
					`@counter-style letters-${locale} { system: alphabetic; symbols: ${letters}; suffix: ". "; }`,
					`:root:lang(${locale}) .lettered { list-style-type: letters-${locale}; }`,
				].join('\n');
			})
			.join('\n'),
	/** A worksheet's sheets: a line for the learner's name at the top. */
	'name-line': () =>
		locales.map((locale) => `@page ${locale} { @top-left { content: ${JSON.stringify(messagesFor(locale).sheet.nameLine)}; } }`).join('\n'),
};

/**
 * The words of printed sheets that only CSS can place (the margins of every sheet, list letters), written from the
 * catalogues as a named page per locale, so those words live in the catalogues with all the others. A page prints in
 * the locale of its `<html lang>`.
 */
export function printWords(): Plugin {
	const prefix = 'virtual:print-words/';
	return {
		name: 'underline:print-words',
		resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : undefined),
		load: (id) => (id.startsWith(`\0${prefix}`) ? modules[id.slice(prefix.length + 1, -'.css'.length)]?.() : undefined),
	};
}
