import { slideAnchor } from '../core/contract/hooks.ts';
import { find, findAll, select } from './shared/hooks';
import { fill, sheets } from './shared/messages';
import { letter } from '../core/messages/format';
import { optionOrder, questionOrder, startArrangement } from './shared/variants';

/**
 * Versions by seed on the pages without islands (the worksheet, the answer key and the projector view) and on the
 * article page's printed worksheet. With `?seed=`,
 * their questions, options and order items take the order the quiz gives the same seed, and letters and numbers
 * follow, so version B's key marks version B's sheet. Without a seed the page stays as built.
 */
export function applyVariant(): void {
	// Read here as the quiz's page data reads it; shared, the few bytes would cost the article page more in a chunk.
	const seed = new URL(location.href).searchParams.get('seed')?.trim();
	const lists = findAll(HOOK.versioned);
	if (!seed || !lists.length) return;
	// The key has two lists in step, its grid and its entries; the other pages have one.
	for (const list of lists) reorder(list, seed);
	// The version is named above the questions, and links between the worksheet, key and projector view keep it.
	lists[0]!.before(Object.assign(document.createElement('p'), { className: 'variant-note', textContent: fill(sheets.variant, { seed }) }));
	for (const link of findAll<HTMLAnchorElement>(HOOK.keepVariant)) link.search = `?seed=${encodeURIComponent(seed)}`;
}

/** Puts a list's questions, and each one's options or items, in the version's order, numbered and lettered to match. */
function reorder(list: HTMLElement, seed: string): void {
	const items = [...list.querySelectorAll<HTMLElement>(`:scope > ${select(HOOK.questionId)}`)];
	const ordered = questionOrder(
		items.map((item) => ({
			heldUntil: item.getAttribute(HOOK.heldUntil) ?? undefined,
			skill: item.getAttribute(HOOK.questionSkill)!,
			kind: item.getAttribute(HOOK.questionType) === 'open' ? 'none' : 'scored',
		})),
		seed,
	).map((index) => items[index]!);
	list.append(...ordered);
	ordered.forEach((item, position) => {
		find(HOOK.sheetNumber, undefined, item)!.textContent = fill(sheets.questionNumber, { n: position + 1 });
		if (item.hasAttribute(HOOK.slide)) renumberSlide(item, position + 1);
		const [id, type, size] = [HOOK.questionId, HOOK.questionType, HOOK.partCount].map((name) => item.getAttribute(name));
		const key = JSON.parse(item.getAttribute(HOOK.key)!) as number[];
		const shown =
			type === 'single' || type === 'multiple'
				? optionOrder(seed, id!, Number(size))
				: type === 'order'
					? startArrangement(seed, id!, key)
					: undefined;
		if (!shown) return;
		for (const options of findAll(HOOK.shuffle, undefined, item))
			options.append(...shown.map((part) => options.querySelector(`:scope > ${select(HOOK.part, part)}`)!));
		const partOf = (line: Element) => Number(line.getAttribute(HOOK.part));
		for (const answer of findAll(HOOK.answer, undefined, item)) {
			const lines = [...answer.querySelectorAll<HTMLElement>(`:scope > ${select(HOOK.part)}`)];
			for (const line of lines) find(HOOK.letter, undefined, line)!.textContent = letter(sheets.letters, shown.indexOf(partOf(line)));
			// A choice question's right options are listed by letter; an order question's items stay first to last.
			if (type !== 'order') answer.append(...lines.sort((a, b) => shown.indexOf(partOf(a)) - shown.indexOf(partOf(b))));
		}
	});
}

/** A projector slide is addressed by its position (`#slide-3`), so its ids follow the new order. */
function renumberSlide(slide: HTMLElement, number: number): void {
	slide.id = slideAnchor(number);
	const heading = find(HOOK.slideHeading, undefined, slide)!;
	heading.id = `${slide.id}-heading`;
	slide.setAttribute('aria-labelledby', heading.id);
}
