import type { BrowserMessages } from '../../core/messages/catalogue';
import { fill, plural, type Plural } from '../../core/messages/format';

/**
 * The interface's words in the page's own locale, which the layout writes into the page (the `messages` hook): no
 * catalogue is in the code, so a page ships one locale's words and no other's. This module travels in the chunk that
 * pages without words of their own share too (astro.config.mjs); there it reads nothing.
 */
const messages = JSON.parse(document.body.getAttribute(HOOK.messages) ?? '{}') as BrowserMessages;

/** The quiz's words: on the article page, the only page whose script uses them. */
export const t = messages.quiz!;
/** The words of versions by seed and the projector view: on an article's pages. */
export const sheets = messages.sheets!;
/** The class page's words. */
export const classWords = messages.classPage!;
/** The studio's words. */
export const studioWords = messages.studio!;
/** The locale `Intl` formats by. */
export const locale = messages.locale;
export { fill };

/** The form of a plural message for `n`, by the page's locale's rules. */
export const count = (message: Plural, n: number, values?: Record<string, string | number>) => plural(locale, message, n, values);

/**
 * "3 of 10 questions", or "3 of 10 scored questions" where written answers are counted apart, as the page's count
 * says; `bare`, "3 of 10" where they are not.
 */
export const questionsOf = (done: number, total: number, written: number, bare = false) =>
	written ? count(t.ofScored, total, { done }) : bare ? fill(t.ofTotal, { done, n: total }) : count(t.ofQuestions, total, { done });
