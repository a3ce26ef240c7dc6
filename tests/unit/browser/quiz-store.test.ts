import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { ScoredQuestion } from '../../../src/core/contract/page-data.ts';

/** A Map-backed stand-in for localStorage that can be told to fail like a real browser does. */
class FakeStorage {
	items = new Map<string, string>();
	full = false;
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}
	get length() {
		return this.items.size;
	}
}

let storage: FakeStorage;

/** Loads the store modules afresh over the given storage, as a page load (or a second tab) does. */
async function loadPage(options: { blocked?: boolean } = {}) {
	vi.resetModules();
	const window = {
		get localStorage() {
			if (options.blocked) throw new DOMException('Access is denied.', 'SecurityError');
			return storage;
		},
		addEventListener() {},
		removeEventListener() {},
	};
	vi.stubGlobal('window', window);
	vi.stubGlobal('localStorage', storage);
	const quiz = await import('../../../src/browser/stores/quiz.ts');
	const { $storageProblem } = await import('../../../src/browser/stores/storage.ts');
	const { clearAllData } = await import('../../../src/browser/clear-data.ts');
	return { ...quiz, $storageProblem, clearAllData };
}

const questions: ScoredQuestion[] = [
	{ id: 'first', skill: 'literal', kind: 'set', key: [0], size: 3 },
	{ id: 'second', skill: 'attribution', kind: 'set', key: [1], size: 3 },
];
const stored = (articleId: string) => JSON.parse(storage.getItem(`underline:v2:quiz:${articleId}`)!);

beforeEach(() => {
	storage = new FakeStorage();
});

describe('quiz store', () => {
	test('a checked answer is saved under a versioned key per article, and the score follows', async () => {
		const page = await loadPage();
		const $summary = page.summaryFor('article-a', questions);
		page.checkAnswer('article-a', 'first', [0]);
		expect(stored('article-a').answers.first).toMatchObject({ value: [0], first: [0], tries: 1 });
		expect($summary.get()).toMatchObject({ total: 2, answered: 1, correct: 1 });
	});

	test('the retry does not change the first attempt, which is what counts', async () => {
		const page = await loadPage();
		page.checkAnswer('article-a', 'second', [0]);
		page.checkAnswer('article-a', 'second', [1]);
		expect(stored('article-a').answers.second).toMatchObject({ value: [1], first: [0], tries: 2 });
		expect(page.summaryFor('article-a', questions).get()).toMatchObject({ answered: 1, correct: 0 });
		expect(page.modeFor('article-a').get()).toBe('practice');
	});

	test('answers and score come back after a reload', async () => {
		(await loadPage()).checkAnswer('article-a', 'second', [0]);
		const reloaded = await loadPage();
		expect(reloaded.quizFor('article-a').get().answers.second).toMatchObject({ value: [0] });
		expect(reloaded.summaryFor('article-a', questions).get()).toMatchObject({ answered: 1, correct: 0 });
	});

	test('version 1 answers are migrated and the old key removed', async () => {
		storage.setItem('underline:v1:answers:article-a', JSON.stringify({ first: { option: 0 } }));
		const page = await loadPage();
		expect(page.quizFor('article-a').get()).toMatchObject({ mode: 'practice', answers: { first: { value: [0], first: [0], tries: 1 } } });
		expect(storage.getItem('underline:v1:answers:article-a')).toBeNull();
		expect(page.$storageProblem.get()).toBeUndefined();
	});

	test('starting over clears one article and keeps the others', async () => {
		const page = await loadPage();
		page.checkAnswer('article-a', 'first', [0]);
		page.checkAnswer('article-b', 'first', [1]);
		page.startOver('article-a');
		expect(page.quizFor('article-a').get().answers).toEqual({});
		expect(stored('article-b').answers.first).toMatchObject({ value: [1] });
	});

	test('two tabs answering different questions keep both answers', async () => {
		const tabA = await loadPage();
		tabA.quizFor('article-a');
		const tabB = await loadPage();
		tabB.quizFor('article-a');
		tabA.checkAnswer('article-a', 'first', [0]);
		tabB.checkAnswer('article-a', 'second', [1]);
		expect(Object.keys(stored('article-a').answers).sort()).toEqual(['first', 'second']);
		const reloaded = await loadPage();
		expect(reloaded.summaryFor('article-a', questions).get()).toMatchObject({ answered: 2, correct: 2 });
	});

	test('handing in twice records one submission, and answers are frozen after it', async () => {
		const page = await loadPage();
		page.startOver('article-a', 'test');
		page.keepAnswer('article-a', 'first', { value: [2] });
		page.submitQuiz('article-a');
		const submitted = stored('article-a').submitted;
		page.submitQuiz('article-a');
		page.keepAnswer('article-a', 'first', { value: [0] });
		expect(stored('article-a')).toMatchObject({ mode: 'test', submitted, answers: { first: { value: [2] } } });
	});

	test('clearing all data removes every article and nothing else', async () => {
		storage.setItem('other-app', 'kept');
		const page = await loadPage();
		page.checkAnswer('article-a', 'first', [0]);
		page.checkAnswer('article-b', 'first', [0]);
		page.clearAllData();
		expect([...storage.items.keys()]).toEqual(['other-app']);
		expect((await loadPage()).quizFor('article-a').get().answers).toEqual({});
	});

	test('unreadable saved data starts that article fresh, keeps a copy and says so', async () => {
		storage.setItem('underline:v2:quiz:article-a', '{not json');
		storage.setItem('underline:v2:quiz:article-b', JSON.stringify({ mode: 'practice', answers: { first: { value: [1], at: 1 } } }));
		const page = await loadPage();
		expect(page.quizFor('article-a').get().answers).toEqual({});
		expect(page.$storageProblem.get()).toBe('reset');
		expect(storage.getItem('underline:v2:quiz:article-a:unreadable')).toBe('{not json');
		expect(page.quizFor('article-b').get().answers.first).toMatchObject({ value: [1] });
	});

	test('saved data of the wrong shape is treated as unreadable', async () => {
		storage.setItem('underline:v2:quiz:article-a', JSON.stringify({ mode: 'exam', answers: [] }));
		const page = await loadPage();
		expect(page.quizFor('article-a').get().answers).toEqual({});
		expect(page.$storageProblem.get()).toBe('reset');
	});

	test('a full quota keeps the answer in memory and reports that it was not saved', async () => {
		const page = await loadPage();
		storage.full = true;
		page.checkAnswer('article-a', 'first', [0]);
		expect(page.quizFor('article-a').get().answers.first).toMatchObject({ value: [0] });
		expect(page.$storageProblem.get()).toBe('not-saved');
	});

	test('blocked storage works in memory and reports it', async () => {
		const page = await loadPage({ blocked: true });
		page.checkAnswer('article-a', 'first', [0]);
		expect(page.summaryFor('article-a', questions).get()).toMatchObject({ answered: 1, correct: 1 });
		expect(page.$storageProblem.get()).toBe('blocked');
	});
});
