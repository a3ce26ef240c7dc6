import { beforeEach, describe, expect, test, vi } from 'vitest';

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
}

let storage: FakeStorage;

/** Loads the store modules afresh, as a page load does, over the given storage. */
async function loadPage(options: { blocked?: boolean } = {}) {
	vi.resetModules();
	vi.stubGlobal('window', {
		get localStorage() {
			if (options.blocked) throw new DOMException('Access is denied.', 'SecurityError');
			return storage;
		},
		addEventListener() {},
		removeEventListener() {},
	});
	const answers = await import('../../src/stores/answers.ts');
	const { $storageProblem } = await import('../../src/stores/storage.ts');
	return { ...answers, $storageProblem };
}

const key = { first: 0, second: 1 };

beforeEach(() => {
	storage = new FakeStorage();
});

describe('answers store', () => {
	test('an answer is saved under a versioned key per article, and the score follows', async () => {
		const page = await loadPage();
		const $score = page.scoreFor('article-a', key);
		page.saveAnswer('article-a', 'first', { option: 0 });
		expect(JSON.parse(storage.getItem('underline:v1:answers:article-a')!)).toEqual({ first: { option: 0 } });
		expect($score.get()).toEqual({ total: 2, answered: 1, correct: 1 });
	});

	test('answers and score come back after a reload', async () => {
		(await loadPage()).saveAnswer('article-a', 'second', { option: 0 });
		const reloaded = await loadPage();
		expect(reloaded.answersFor('article-a').get()).toEqual({ second: { option: 0 } });
		expect(reloaded.scoreFor('article-a', key).get()).toEqual({ total: 2, answered: 1, correct: 0 });
	});

	test('starting over clears one article and keeps the others', async () => {
		const page = await loadPage();
		page.saveAnswer('article-a', 'first', { option: 0 });
		page.saveAnswer('article-b', 'first', { option: 1 });
		page.clearAnswers('article-a');
		expect(page.answersFor('article-a').get()).toEqual({});
		expect(JSON.parse(storage.getItem('underline:v1:answers:article-b')!)).toEqual({ first: { option: 1 } });
	});

	test('unreadable saved data starts that article fresh, keeps a copy and says so', async () => {
		storage.setItem('underline:v1:answers:article-a', '{not json');
		storage.setItem('underline:v1:answers:article-b', JSON.stringify({ first: { option: 1 } }));
		const page = await loadPage();
		expect(page.answersFor('article-a').get()).toEqual({});
		expect(page.$storageProblem.get()).toBe('reset');
		expect(storage.getItem('underline:v1:answers:article-a:unreadable')).toBe('{not json');
		expect(page.answersFor('article-b').get()).toEqual({ first: { option: 1 } });
	});

	test('saved data of the wrong shape is treated as unreadable', async () => {
		storage.setItem('underline:v1:answers:article-a', JSON.stringify({ first: { option: 'A' } }));
		const page = await loadPage();
		expect(page.answersFor('article-a').get()).toEqual({});
		expect(page.$storageProblem.get()).toBe('reset');
	});

	test('a full quota keeps the answer in memory and reports that it was not saved', async () => {
		const page = await loadPage();
		storage.full = true;
		page.saveAnswer('article-a', 'first', { option: 0 });
		expect(page.answersFor('article-a').get()).toEqual({ first: { option: 0 } });
		expect(page.$storageProblem.get()).toBe('not-saved');
	});

	test('blocked storage works in memory and reports it', async () => {
		const page = await loadPage({ blocked: true });
		expect(page.answersFor('article-a').get()).toEqual({});
		page.saveAnswer('article-a', 'first', { option: 0 });
		expect(page.scoreFor('article-a', key).get()).toEqual({ total: 2, answered: 1, correct: 1 });
		expect(page.$storageProblem.get()).toBe('blocked');
	});
});
