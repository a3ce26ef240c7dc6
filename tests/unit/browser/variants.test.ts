import { describe, expect, test } from 'vitest';
import { skills } from '../../../src/core/schema/skill.ts';
import { checkContentOnce } from '../../../src/pipeline/load/checked-content.ts';
import { questionOrder, skillStage as stage } from '../../../src/browser/shared/variants.ts';

const pages = checkContentOnce(['content', 'tests/fixtures/site']).pages.filter((page) => page.questions.length > 1);
const real = pages.find((page) => page.id === 'tass-2023-06-27-putin-lukashenko')!;
const seeds = Array.from({ length: 50 }, (_, index) => `seed-${index}`);

describe('versions by seed', () => {
	test('every skill has its stage on the path', () => {
		expect(skills.map(stage)).toEqual([0, 0, 1, 1, 1, 1, 2, 2, 2]);
	});

	for (const page of [real, ...pages.filter((other) => other !== real)])
		test(`over 50 seeds, ${page.id}: every question once, never a written one first, the path kept, parts A before B`, () => {
			const orders = seeds.map((seed) => questionOrder(page.questions, seed));
			for (const order of orders) {
				expect([...order].sort((a, b) => a - b)).toEqual(page.questions.map((_, index) => index));
				const shown = order.map((index) => page.questions[index]!);
				if (page.questions.some((question) => question.kind !== 'none')) expect(shown[0]!.kind).not.toBe('none');
				// After the first question (which may come forward from a later stage), the stages never go back.
				const stages = shown.slice(1).map((question, index) => (question.heldUntil || !shown[index]?.heldUntil ? stage(question.skill) : -1));
				const kept = stages.filter((value) => value >= 0);
				expect(kept).toEqual([...kept].sort((a, b) => a - b));
				shown.forEach((question, index) => question.heldUntil && expect(shown[index + 1]!.id).toBe(question.heldUntil));
			}
			if (page === real) expect(new Set(orders.map((order) => order.join())).size).toBeGreaterThan(40);
		});
});
