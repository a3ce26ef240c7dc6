import type { z } from 'zod';

/** Adds an issue for every entry whose text (case aside) repeats an earlier one of `list`. `path` leads from the list to an entry's text. */
export function reportRepeats(texts: string[], context: z.RefinementCtx, list: string, path: (index: number) => PropertyKey[]): void {
	const seen = new Map<string, number>();
	texts.forEach((text, index) => {
		const first = seen.get(text.toLowerCase());
		if (first === undefined) seen.set(text.toLowerCase(), index);
		else context.addIssue({ code: 'custom', path: path(index), message: `repeats ${list}[${first}]` });
	});
}
