import { find } from '../shared/hooks';
import type { PageData } from '../../core/contract/page-data';
import { questionOrder } from '../shared/variants';

/** The version the learner was given (`?seed=`), if any: it stays in the address, so a reload shows the same one. */
export const variantSeed = new URL(location.href).searchParams.get('seed')?.trim() || null;

let data: PageData | undefined;

/**
 * The quiz's data, carried once in the page (the quiz section's `quiz` hook), read once for every
 * island, with the questions in the order of the learner's version: every island numbers them as listed.
 */
export function pageData(): PageData {
	if (!data) {
		data = JSON.parse(find(HOOK.quiz)!.getAttribute(HOOK.quiz)!) as PageData;
		data.questions = questionOrder(data.questions, variantSeed).map((index) => data!.questions[index]!);
	}
	return data;
}

/** A language to mark on an element: none where it is the page's own, which the element inherits anyway. */
const marked = (language: string | undefined) => (language === document.documentElement.lang ? undefined : language);

/** The questions' language, for the elements that hold their words (prompts, options, explanations). */
export const questionLanguage = () => marked(pageData().language);

/** The article's language, for its sentences where a question offers them. */
export const articleLanguage = () => marked(document.querySelector('article')?.lang);

/** The words of the article at `anchor` (a passage or a sentence), as the page shows them. */
export function articleText(anchor: string): string {
	const element = document.getElementById(anchor);
	return (element && find(HOOK.passageText, undefined, element))?.textContent ?? element?.textContent ?? '';
}
