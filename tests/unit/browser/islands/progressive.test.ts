import { afterEach, beforeEach, expect, test, vi } from 'vitest';

// The module keeps one page's count, so each test takes a fresh copy. jsdom has no requestIdleCallback, so the slices
// run on timers here, as in a browser without it.
const fresh = async () => {
	vi.resetModules();
	return import('../../../../src/browser/islands/progressive.ts');
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test("the learner's question is built at once, with every one before it, and asking for an earlier one builds nothing", async () => {
	const { built, buildThrough } = await fresh();
	expect(built()).toBe(0);
	buildThrough(3);
	expect(built()).toBe(4);
	buildThrough(1);
	expect(built()).toBe(4);
});

test('the rest is built later, in slices, up to the last question and no further, however often it is asked for', async () => {
	const { built, buildRest, buildThrough } = await fresh();
	buildThrough(0);
	buildRest(300);
	buildRest(300);
	expect(built()).toBe(1);
	// A clock that moves 1 ms per read: each slice stops after about 8 ms, so a bank of 300 takes many slices.
	let now = 0;
	vi.spyOn(performance, 'now').mockImplementation(() => now++);
	await vi.advanceTimersToNextTimerAsync();
	expect(built()).toBeGreaterThan(1);
	expect(built()).toBeLessThan(300);
	await vi.runAllTimersAsync();
	expect(built()).toBe(300);
});
