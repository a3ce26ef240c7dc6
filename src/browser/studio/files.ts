import { readArticleFile } from '../../core/text/write-article-file';
import { downloadFile } from '../dom';
import { draftFiles, type StudioDraft } from './check-draft';
import { asDraft, isBlank, newDraft } from './draft';

/** Offers the draft's two files, named as they go into the project's content/articles/ and content/questions/. */
export function downloadDraft(draft: StudioDraft): void {
	const { article, bank } = draftFiles(draft);
	downloadFile(`${article.id}.md`, article.text, 'text/markdown');
	downloadFile(`${bank.id}.yaml`, bank.text, 'application/yaml');
}

/** What marks a file as a studio draft, and which form of one it is. */
const draftFormat = { format: 'underline-studio-draft', version: 1 };

/** Offers the whole draft as one file, to keep or to carry to another browser, where the studio opens it. */
export function downloadDraftFile(draft: StudioDraft): void {
	downloadFile(`${draft.id.trim() || 'untitled'}.draft.json`, JSON.stringify({ ...draftFormat, draft }, null, '\t'), 'application/json');
}

/**
 * The draft the files chosen make: an article (`.md`) fills the form and names the draft, a bank (`.yaml` or `.yml`)
 * the editor; a draft file (`.json`) is a draft of its own. Files of another article than the draft's start a new
 * draft, so the one being written is kept, not overwritten. Anything else is named back, so nothing is dropped unsaid.
 */
export async function openFiles(current: StudioDraft, files: File[]): Promise<{ draft: StudioDraft; refused: string[] }> {
	const nameOf = (file: File) => /^(.*)\.([^.]+)$/.exec(file.name) ?? [];
	const contentFile = files.map(nameOf).find(([, , extension]) => extension === 'md' || extension === 'yaml' || extension === 'yml');
	let next = !contentFile || isBlank(current) || current.id === contentFile[1] ? current : newDraft();
	const refused: string[] = [];
	for (const file of files) {
		const [, name, extension] = nameOf(file);
		if (extension === 'md') next = { ...next, id: name!, article: readArticleFile(await file.text()) };
		else if (extension === 'yaml' || extension === 'yml') next = { ...next, id: next.id || name!, bank: await file.text() };
		else if (extension === 'json') {
			const draft = readDraftFile(await file.text());
			if (draft) next = draft;
			else refused.push(file.name);
		} else refused.push(file.name);
	}
	return { draft: next, refused };
}

/** A draft file's draft, as a new draft beside any it was copied from; nothing when the file is not one. */
function readDraftFile(text: string): StudioDraft | undefined {
	try {
		const file = JSON.parse(text) as { format?: unknown; draft?: unknown };
		const draft = file.format === draftFormat.format ? asDraft(file.draft) : undefined;
		return draft && { ...draft, created: Date.now() };
	} catch {
		return undefined;
	}
}
