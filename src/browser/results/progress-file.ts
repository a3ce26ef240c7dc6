/**
 * Saving progress to a file and loading it on another device or browser: the code behind the page's "Carry on
 * elsewhere" buttons, loaded at the first click.
 */
import { find, select } from '../shared/hooks.ts';
import { isQuizState } from '../quiz/state.ts';
import { loadProgress, quizFor } from '../stores/quiz.ts';
import { downloadFile } from '../dom.ts';
import { fill, t as messages } from '../shared/messages.ts';

const t = messages.progressFile;

/** What a progress file holds: one article's stored state, as on the device that saved it. */
interface ProgressFile {
	kind: 'underline-progress';
	version: 2;
	article: string;
	saved: string;
	state: unknown;
}

function saveProgress(articleId: string): void {
	const file: ProgressFile = {
		kind: 'underline-progress',
		version: 2,
		article: articleId,
		saved: new Date().toISOString(),
		state: quizFor(articleId).get(),
	};
	downloadFile(`underline-progress-${articleId}-${file.saved.slice(0, 10)}.json`, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
}

/**
 * Loads a progress file into this article, or says why not. A file that cannot be used changes nothing; one that can
 * replaces the answers here, after the learner agrees if there are any.
 */
async function loadProgressFile(articleId: string, file: File): Promise<string> {
	let content: Partial<ProgressFile>;
	try {
		content = JSON.parse(await file.text()) as Partial<ProgressFile>;
	} catch {
		return fill(t.notJson, { file: file.name });
	}
	if (content?.kind !== 'underline-progress') return fill(t.notProgress, { file: file.name });
	if (content.article !== articleId) return fill(t.otherArticle, { file: file.name, article: String(content.article) });
	if (content.version !== 2 || !isQuizState(content.state)) return fill(t.damaged, { file: file.name });
	const here = Object.keys(quizFor(articleId).get().answers).length;
	if (here && !confirm(fill(t.replace, { here, there: Object.keys(content.state.answers).length, file: file.name }))) return t.unchanged;
	loadProgress(articleId, content.state);
	return fill(t.loaded, { file: file.name });
}

/** What a click or a chosen file in the "Carry on elsewhere" section asks for. */
export async function onProgressAction(control: HTMLElement, articleId: string): Promise<void> {
	const section = control.closest(select(HOOK.progressFile))!;
	const input = find<HTMLInputElement>(HOOK.progressAction, 'load', section)!;
	const action = control.getAttribute(HOOK.progressAction);
	if (action === 'save') saveProgress(articleId);
	else if (action === 'choose') input.click();
	else if (action === 'load' && input.files?.[0]) {
		const file = input.files[0];
		input.value = '';
		find(HOOK.progressStatus, undefined, section)!.textContent = await loadProgressFile(articleId, file);
	}
}
