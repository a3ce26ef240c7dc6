import * as hook from '../contract/hooks.ts';
import { mark } from '../contract/hooks.ts';

/**
 * What the pages without islands (worksheet, key, projector) mark each question with, so that a version by seed can
 * put them in its own order in the browser (src/browser/seeded-pages.ts) exactly as the quiz does.
 */
export const variantHooks = ({
	id,
	type,
	skill,
	key,
	size,
	heldUntil,
}: {
	id: string;
	type: string;
	skill: string;
	key: number[];
	size: number;
	heldUntil?: string;
}) => ({
	...mark(hook.questionId, id),
	...mark(hook.questionType, type),
	...mark(hook.questionSkill, skill),
	...mark(hook.key, JSON.stringify(key)),
	...mark(hook.partCount, size),
	...mark(hook.heldUntil, heldUntil),
});
