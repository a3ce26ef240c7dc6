import { expect, test } from 'vitest';
import { homeProgress, homeStorageKey } from '../../../src/browser/home-progress.ts';
import { storageKey } from '../../../src/browser/stores/quiz.ts';

test('progress counts the questions given an answer, and says when a test was handed in', () => {
	const state = {
		mode: 'practice',
		answers: {
			checked: { value: [1], tries: 1, at: 1 },
			chosen: { value: [0], at: 1 },
			written: { value: [], text: 'My answer', at: 1 },
			emptyRows: { value: [-1, -1], at: 1 },
			blankText: { value: [], text: '  ', at: 1 },
		},
	};
	expect(homeProgress(JSON.stringify(state))).toEqual({ answered: 3, handedIn: false });
	expect(homeProgress(JSON.stringify({ ...state, mode: 'test', submitted: 5 }))).toEqual({ answered: 3, handedIn: true });
});

test('nothing stored, or something unreadable, is no progress', () => {
	expect(homeProgress(null)).toBeUndefined();
	expect(homeProgress('{broken')).toBeUndefined();
	expect(homeProgress('42')).toBeUndefined();
	expect(homeProgress('{}')).toEqual({ answered: 0, handedIn: false });
});

test('the home page reads the key the quiz writes', () => {
	expect(homeStorageKey('an-article')).toBe(storageKey('an-article'));
});
