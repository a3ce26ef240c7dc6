import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { articleFields, type ArticleFields } from '../../core/text/write-article-file';
import '../stores/storage';
import type { StudioDraft } from './check-draft';

const emptyFields = Object.fromEntries(articleFields.map((name) => [name, ''])) as ArticleFields;

/** A new draft: an empty article, and a bank that names it and has no questions yet. */
const newDraft = (): StudioDraft => ({ id: '', article: { fields: emptyFields, rest: {}, body: '' }, bank: 'article: \nquestions:\n' });

function decode(text: string): StudioDraft {
	try {
		const draft = JSON.parse(text) as StudioDraft;
		return { ...newDraft(), ...draft, article: { ...newDraft().article, ...draft.article, fields: { ...emptyFields, ...draft.article?.fields } } };
	} catch {
		return newDraft();
	}
}

const key = 'underline:studio:draft';

/**
 * The draft being written, kept in this browser's storage at every change, so a reload or a crash loses nothing.
 * Storage that is blocked or full is reported by the storage engine (../stores/storage.ts), and the page says so.
 * Another tab's changes are not taken in silently (`listen: false`): the page warns instead (see `$otherTab`).
 */
export const $draft = persistentAtom<StudioDraft>(key, newDraft(), { encode: JSON.stringify, decode, listen: false });

/** Whether another tab has changed the draft since this one opened it: the last tab to change it would win. */
export const $otherTab = atom(false);
addEventListener('storage', (event) => event.key === key && $otherTab.set(true));
