import { fill, sheets } from './shared/messages';
import { letter } from '../core/messages/format';
import { optionOrder, questionOrder, startArrangement } from './shared/variants';

/**
 * Versions by seed on the pages without islands (the worksheet, the answer key and the projector view) and on the
 * article page's printed worksheet. With `?seed=`,
 * their questions, options and order items take the order the quiz gives the same seed, and letters and numbers
 * follow, so version B's key marks version B's sheet. Without a seed the page stays as built.
 */
export function applyVersion(): void {
	// Read here as the quiz's page data reads it; shared, the few bytes would cost the article page more in a chunk.
	const seed = new URL(location.href).searchParams.get('seed')?.trim();
	const list = document.querySelector<HTMLElement>('[data-versioned]');
	if (!seed || !list) return;
	const items = [...list.querySelectorAll<HTMLElement>(':scope > [data-question-id]')];
	const ordered = questionOrder(
		items.map((item) => ({ heldUntil: item.dataset.heldUntil })),
		seed,
	).map((index) => items[index]!);
	list.append(...ordered);
	ordered.forEach((item, position) => {
		item.querySelector('.sheet-number')!.textContent = fill(sheets.questionNumber, { n: position + 1 });
		if (item.classList.contains('slide')) renumberSlide(item, position + 1);
		const { questionId: id, type, size } = item.dataset;
		const key = JSON.parse(item.dataset.key!) as number[];
		const shown =
			type === 'single' || type === 'multiple'
				? optionOrder(seed, id!, Number(size))
				: type === 'order'
					? startArrangement(seed, id!, key)
					: undefined;
		if (!shown) return;
		for (const options of item.querySelectorAll<HTMLElement>('[data-shuffle]'))
			options.append(...shown.map((part) => options.querySelector(`:scope > [data-part="${part}"]`)!));
		for (const answer of item.querySelectorAll<HTMLElement>('[data-answer]')) {
			const lines = [...answer.querySelectorAll<HTMLElement>(':scope > [data-part]')];
			for (const line of lines)
				line.querySelector('[data-letter]')!.textContent = letter(sheets.letters, shown.indexOf(Number(line.dataset.part)));
			// A choice question's right options are listed by letter; an order question's items stay first to last.
			if (type !== 'order')
				answer.append(...lines.sort((a, b) => shown.indexOf(Number(a.dataset.part)) - shown.indexOf(Number(b.dataset.part))));
		}
	});
	// The version is named above the questions, and links between the worksheet, key and projector view keep it.
	list.before(Object.assign(document.createElement('p'), { className: 'version-note', textContent: fill(sheets.version, { seed }) }));
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-version]'))
		link.search = `?seed=${encodeURIComponent(seed)}`;
}

/** A projector slide is addressed by its position (`#slide-3`), so its ids follow the new order. */
function renumberSlide(slide: HTMLElement, number: number): void {
	slide.id = `slide-${number}`;
	const heading = slide.querySelector<HTMLElement>('.slide-question')!;
	heading.id = `slide-${number}-heading`;
	slide.setAttribute('aria-labelledby', heading.id);
}
