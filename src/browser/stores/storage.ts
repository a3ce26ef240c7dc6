import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom } from 'nanostores';

/**
 * Why saving may not be working, for the notice the page shows:
 * - `blocked`: the browser refuses access to storage (privacy settings, sandboxed frames);
 * - `not-saved`: a write failed, usually a full quota; answers are kept in memory only;
 * - `reset`: saved answers could not be read, so that article started fresh (the unreadable copy is kept aside).
 */
export type StorageProblem = 'blocked' | 'not-saved' | 'reset';

export const $storageProblem = atom<StorageProblem | undefined>(undefined);

// One notice shows at a time: the one that matters most to the learner right now.
const urgency: (StorageProblem | undefined)[] = [undefined, 'reset', 'not-saved', 'blocked'];

export function reportStorageProblem(problem: StorageProblem): void {
	if (urgency.indexOf(problem) > urgency.indexOf($storageProblem.get())) $storageProblem.set(problem);
}

/** Values whose write failed. They are newer than what storage holds, so reads prefer them. */
const unsaved: Record<string, string> = {};

function withStorage<T>(action: (storage: Storage) => T, fallback: () => T, problem: StorageProblem): T {
	try {
		return action(window.localStorage);
	} catch {
		reportStorageProblem(problem);
		return fallback();
	}
}

/**
 * `@nanostores/persistent` reads and writes storage as plain properties and lets exceptions escape
 * (a full quota throws out of `set`, blocked storage throws on access). This engine catches both,
 * keeps the learner's answers in memory, and reports the problem instead of losing anything silently.
 */
export const safeStorage = new Proxy(unsaved, {
	get: (memory, key: string) =>
		key in memory
			? memory[key]
			: withStorage(
					(storage) => storage.getItem(key) ?? undefined,
					() => undefined,
					'blocked',
				),
	has: (memory, key: string) =>
		key in memory ||
		withStorage(
			(storage) => storage.getItem(key) !== null,
			() => false,
			'blocked',
		),
	set: (memory, key: string, value: string) => {
		withStorage(
			(storage) => {
				storage.setItem(key, value);
				delete memory[key];
			},
			() => {
				memory[key] = value;
			},
			'not-saved',
		);
		return true;
	},
	deleteProperty: (memory, key: string) => {
		delete memory[key];
		withStorage(
			(storage) => storage.removeItem(key),
			() => undefined,
			'not-saved',
		);
		return true;
	},
});

if (typeof window !== 'undefined') setPersistentEngine(safeStorage, windowPersistentEvents);
