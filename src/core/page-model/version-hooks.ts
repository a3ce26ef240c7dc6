/**
 * What the pages without islands (worksheet, key, projector) mark each question with, so that a version by seed can
 * put them in its own order in the browser (src/browser/seeded-pages.ts) exactly as the quiz does.
 */
export const versionHooks = ({
	id,
	type,
	key,
	size,
	heldUntil,
}: {
	id: string;
	type: string;
	key: number[];
	size: number;
	heldUntil?: string;
}) => ({
	'data-question-id': id,
	'data-type': type,
	'data-key': JSON.stringify(key),
	'data-size': size,
	'data-held-until': heldUntil,
});
