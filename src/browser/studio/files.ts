import { readArticleFile } from '../../core/text/write-article-file';
import { downloadFile } from '../dom';
import { draftFiles, type StudioDraft } from './check-draft';

/** Offers the draft's two files, named as they go into the project's content/articles/ and content/questions/. */
export function downloadDraft(draft: StudioDraft): void {
	const { article, bank } = draftFiles(draft);
	downloadFile(`${article.id}.md`, article.text, 'text/markdown');
	downloadFile(`${bank.id}.yaml`, bank.text, 'application/yaml');
}

/**
 * The draft with the files chosen: an article (`.md`) becomes the form and names the draft, a bank (`.yaml` or `.yml`)
 * the editor's text. Anything else is named back, so nothing is dropped unsaid.
 */
export async function openFiles(draft: StudioDraft, files: File[]): Promise<{ draft: StudioDraft; refused: string[] }> {
	let next = draft;
	const refused: string[] = [];
	for (const file of files) {
		const [, name, extension] = /^(.*)\.([^.]+)$/.exec(file.name) ?? [];
		if (extension === 'md') next = { ...next, id: name!, article: readArticleFile(await file.text()) };
		else if (extension === 'yaml' || extension === 'yml') next = { ...next, id: next.id || name!, bank: await file.text() };
		else refused.push(file.name);
	}
	return { draft: next, refused };
}
