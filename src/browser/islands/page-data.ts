import type { PageData } from '../../island-props';

let data: PageData | undefined;

/** The quiz's data, carried once in the page (the `data-quiz` attribute of the quiz section), read once for every island. */
export function pageData(): PageData {
	return (data ??= JSON.parse(document.querySelector<HTMLElement>('[data-quiz]')!.dataset.quiz!) as PageData);
}

/** The words of the article at `anchor` (a passage or a sentence), as the page shows them. */
export function articleText(anchor: string): string {
	const element = document.getElementById(anchor);
	return (element?.querySelector('[data-passage-text]') ?? element)?.textContent ?? '';
}
