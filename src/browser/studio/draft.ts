import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { articleFields, type ArticleFields } from '../../core/text/write-article-file';
import '../stores/storage';
import type { StudioDraft } from './check-draft';

const emptyFields = Object.fromEntries(articleFields.map((name) => [name, ''])) as ArticleFields;

/** A new draft: an empty article, and a bank that names it and has no questions yet. */
export const newDraft = (): StudioDraft => ({ id: '', article: { fields: emptyFields, rest: {}, body: '' }, bank: 'article: \nquestions:\n', created: Date.now() });

/** A draft as read from storage or a file, with anything missing filled in; nothing when it is not a draft at all. */
export function asDraft(value: unknown): StudioDraft | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const draft = value as Partial<StudioDraft>;
	if (typeof draft.bank !== 'string' || typeof draft.article !== 'object' || !draft.article) return undefined;
	const empty = newDraft();
	return {
		...empty,
		...draft,
		id: typeof draft.id === 'string' ? draft.id : '',
		created: typeof draft.created === 'number' ? draft.created : empty.created,
		article: { ...empty.article, ...draft.article, fields: { ...emptyFields, ...draft.article.fields } },
	};
}

function decode(text: string): StudioDraft {
	try {
		return asDraft(JSON.parse(text)) ?? newDraft();
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

/** The author's other drafts, kept in this browser, each by when it was begun. */
export const $shelf = persistentAtom<Record<string, StudioDraft>>('underline:studio:drafts', {}, {
	encode: JSON.stringify,
	decode: (text) => {
		try {
			const stored = JSON.parse(text) as Record<string, unknown>;
			return Object.fromEntries(Object.entries(stored).flatMap(([begun, value]) => (asDraft(value) ? [[begun, asDraft(value)!]] : [])));
		} catch {
			return {};
		}
	},
	listen: false,
});

/** Whether a draft holds nothing the author wrote: such a draft is not kept on the shelf. */
export const isBlank = (draft: StudioDraft) => {
	const blank = newDraft();
	return draft.id === blank.id && draft.bank === blank.bank && draft.article.body === '' && articleFields.every((name) => !draft.article.fields[name]);
};

/** Makes `next` the draft being written; the one that was is put on the shelf, unless it is blank. */
export function switchDraft(next: StudioDraft): void {
	const current = $draft.get();
	const { [next.created]: _taken, ...shelf } = $shelf.get();
	$shelf.set(isBlank(current) || current.created === next.created ? shelf : { ...shelf, [current.created]: current });
	$draft.set(next);
}

/** Removes a draft from the shelf for good. */
export function deleteDraft(begun: number): void {
	const { [begun]: _removed, ...shelf } = $shelf.get();
	$shelf.set(shelf);
}
