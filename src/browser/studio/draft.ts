import { persistentAtom } from '@nanostores/persistent';
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

/**
 * The draft being written, kept in this browser's storage at every change, so a reload or a crash loses nothing.
 * Storage that is blocked or full is reported by the storage engine (../stores/storage.ts), and the page says so.
 */
export const $draft = persistentAtom<StudioDraft>('underline:studio:draft', newDraft(), { encode: JSON.stringify, decode });
