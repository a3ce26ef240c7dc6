import { createEffect, createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { evidenceFromSelection } from '../../core/text/evidence-from-selection';
import { articleFields } from '../../core/text/write-article-file';
import { useStore } from '../islands/use-store';
import { fill, studioWords as t } from '../shared/messages';
import { $storageProblem } from '../stores/storage';
import { checkDraft, type StudioDraft } from './check-draft';
import { $draft, $otherTab, newDraft, switchDraft } from './draft';
import { readArticleFile } from '../../core/text/write-article-file';
import Drafts from './Drafts';
import { createEditor, replaceText, showProblems } from './editor';
import { downloadDraft, openFiles } from './files';
import { downloadFile } from '../dom';
import type { ArticlePage } from '../../core/page-model/article-pages';
import { questionTypes } from '../../core/schema/question';
import BlindView from './BlindView';
import { evidenceChanges } from './insert-evidence';
import { fieldSelection, previewSelection, type PassageSelection } from './selection';
import { insertQuestion, type QuestionType } from './templates';

/**
 * The studio: an article in a form, its questions in a YAML editor, and every problem `npm run validate` would
 * print, as the author types. The draft is kept in this browser at every change.
 */
/** An article of this site, which the studio can open: its id, headline, and the module of its source files. */
export interface SiteArticle {
	id: string;
	title: string;
	source: string;
}

export default function Studio(props: { articles: SiteArticle[] }) {
	const draft = useStore($draft);
	const storageProblem = useStore($storageProblem);
	const otherTab = useStore($otherTab);
	const check = createMemo(() => checkDraft(draft()));
	const update = (change: Partial<StudioDraft>) => $draft.set({ ...$draft.get(), ...change });
	const [opened, setOpened] = createSignal('');
	const [evidenceNote, setEvidenceNote] = createSignal('');
	const [packageNote, setPackageNote] = createSignal('');
	let modeSelect!: HTMLSelectElement;
	let siteSelect!: HTMLSelectElement;
	let editorParent!: HTMLDivElement;
	let preview!: HTMLDivElement;
	/** The article's text fields, and the one the author last selected words in, which can be evidence too. */
	const textFields: Partial<Record<'headline' | 'standfirst' | 'body', HTMLInputElement | HTMLTextAreaElement>> = {};
	let lastField: keyof typeof textFields | undefined;
	let typeSelect!: HTMLSelectElement;
	let editor: ReturnType<typeof createEditor> | undefined;

	/** Makes `next` the draft being written (the one that was stays among the drafts), in the form and the editor. */
	const switchTo = (next: StudioDraft) => {
		switchDraft(next);
		if (editor && editor.state.doc.toString() !== next.bank) replaceText(editor, next.bank);
	};

	/** Opens an article of this site, from the source files the site ships, as a new draft. */
	const openSiteArticle = async (article: SiteArticle) => {
		try {
			const { default: source } = (await import(/* @vite-ignore */ new URL(article.source, location.href).href)) as { default: { article: string; bank?: string } };
			switchTo({ ...newDraft(), id: article.id, article: readArticleFile(source.article), bank: source.bank ?? `article: ${article.id}\nquestions:\n` });
			setOpened(fill(t.opened, { files: article.title }));
		} catch {
			setOpened(fill(t.siteArticleFailed, { title: article.title }));
		}
	};

	const open = async (files: File[]) => {
		const { draft: next, refused } = await openFiles($draft.get(), files);
		switchTo(next);
		setOpened(refused.length ? fill(t.refused, { files: refused.join(', ') }) : fill(t.opened, { files: files.map((file) => file.name).join(', ') }));
	};

	onMount(() => {
		const view = (editor = createEditor(editorParent, draft().bank, t.bankLabel, (bank) => update({ bank })));
		// The editor's marks follow each check; the check follows each edit, of the bank or of the article.
		createEffect(() => showProblems(view, check().bankLines));
		// The article as learners will see it, once it has no problems of its own; the latest draft's wins a race.
		let latest: unknown;
		createEffect(() => {
			const checked = (latest = check().article);
			if (!checked) return preview.replaceChildren(t.previewWaiting);
			void import('./article-preview').then(({ articleFragment }) => latest === checked && preview.replaceChildren(articleFragment(checked)));
		});
	});

	/** Puts the selected words in the question at the editor's cursor, as a passage and a quote, and says what it did. */
	const useEvidence = () => {
		const checked = check().article;
		const fromField = lastField && textFields[lastField];
		const selection: PassageSelection | undefined =
			(checked && previewSelection(preview, checked.passages)) ?? (checked && fromField ? fieldSelection(fromField, lastField!, checked.passages) : undefined);
		if (!checked || !editor || !selection || 'problem' in selection) return setEvidenceNote(t.evidence[selection && 'problem' in selection ? selection.problem : 'none']);
		const evidence = evidenceFromSelection(selection.passage, selection.start, selection.end, checked.article.language);
		if (!evidence) return setEvidenceNote(t.evidence.none);
		const found = evidenceChanges(editor.state.doc.toString(), editor.state.selection.main.head, evidence);
		if (!found) return setEvidenceNote(t.evidence.noQuestion);
		editor.dispatch({ changes: found.changes });
		const warnings = [evidence.occurrences > 1 && t.evidence.twice, evidence.sentences > 1 && found.questionType === 'highlight' && t.evidence.crosses];
		setEvidenceNote([fill(t.evidence.used, { passage: evidence.passage, quote: evidence.quote }), ...warnings.filter(Boolean)].join(' '));
	};

	/**
	 * Makes a file to hand out (a SCORM package, or the page as one file) in this browser, with the code that loads only
	 * when asked, offers it, and says what it made.
	 */
	const handOut = async (page: ArticlePage, kind: '2004' | '1.2' | 'html') => {
		setPackageNote(t.packing);
		try {
			const packages = await import('./packages');
			const mode = (modeSelect.value || undefined) as 'practice' | 'test' | undefined;
			const [file, content, type] =
				kind === 'html'
					? [`${page.id}.html`, await packages.singleHtml(page), 'text/html']
					: [`${page.id}.scorm${kind.replace('.', '')}.zip`, (await packages.scormZip(page, kind, mode)) as Uint8Array<ArrayBuffer>, 'application/zip'];
			downloadFile(file, content, type);
			setPackageNote(fill(kind === 'html' ? t.packedHtml : t.packed, { file, size: Math.ceil(new Blob([content]).size / 1024), pass: page.passingScore }));
		} catch {
			setPackageNote(t.packageFailed);
		}
	};

	type FieldName = (typeof articleFields)[number] | 'id' | 'body';
	const valueOf = (name: FieldName) => (name === 'id' ? draft().id : name === 'body' ? draft().article.body : draft().article.fields[name]);
	const setValue = (name: FieldName, value: string) => {
		const article = $draft.get().article;
		if (name === 'id') update({ id: value });
		else if (name === 'body') update({ article: { ...article, body: value } });
		else update({ article: { ...article, fields: { ...article.fields, [name]: value } } });
	};

	/** A form field with its label, and the problems the check finds in it, which the field is described by. */
	const field = (name: FieldName, rows = 0) => {
		const id = `studio-${name}`;
		const problems = () => (name === 'id' ? [] : (check().fields[name] ?? []));
		const invalid = () => problems().length > 0 || undefined;
		const describedBy = () => (problems().length ? `${id}-problems` : undefined);
		const onInput = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => setValue(name, event.currentTarget.value);
		const passage = name === 'title' ? 'headline' : name === 'standfirst' || name === 'body' ? name : undefined;
		const remember = (element: HTMLInputElement | HTMLTextAreaElement) => {
			if (!passage) return;
			textFields[passage] = element;
			// The field of the latest selection, not of the latest focus: tabbing through a field on the way to the button
			// must not make its old selection the one used.
			element.addEventListener('select', () => (lastField = passage));
		};
		// Written out, not spread: a spread would bring Solid's spread helper into the chunk every article page loads.
		return (
			<p class="studio-field">
				<label for={id}>{name === 'body' ? t.body : t.fields[name]}</label>
				{rows ? (
					<textarea ref={remember} id={id} rows={rows} value={valueOf(name)} aria-invalid={invalid()} aria-describedby={describedBy()} onInput={onInput} />
				) : (
					<input ref={remember} id={id} type="text" spellcheck={false} value={valueOf(name)} aria-invalid={invalid()} aria-describedby={describedBy()} onInput={onInput} />
				)}
				<Show when={problems().length}>
					<span class="studio-field-problems" id={`${id}-problems`}>
						{problems().join(' ')}
					</span>
				</Show>
			</p>
		);
	};

	return (
		<div class="studio">
			<div class="studio-top">
				<Show when={storageProblem()}>
					<p class="storage-problem" role="alert">
						{t.notSaved}
					</p>
				</Show>
				<Show when={otherTab()}>
					<p class="storage-problem" role="alert">
						{t.otherTab}
					</p>
				</Show>
				<div class="actions">
					<label for="studio-open">{t.open}</label>
					<input id="studio-open" type="file" multiple accept=".md,.yaml,.yml,.json" onChange={(event) => open([...(event.currentTarget.files ?? [])])} />
					<button type="button" onClick={() => downloadDraft($draft.get())}>
						{t.download}
					</button>
					<p role="status">{opened()}</p>
				</div>
				<Show when={props.articles.length}>
					<p class="actions">
						<label for="studio-site-article">{t.siteArticle}</label>
						<select id="studio-site-article" ref={siteSelect}>
							<For each={props.articles}>{(article) => <option value={article.id}>{article.title}</option>}</For>
						</select>
						<button type="button" onClick={() => void openSiteArticle(props.articles.find(({ id }) => id === siteSelect.value)!)}>
							{t.openSiteArticle}
						</button>
					</p>
				</Show>
			</div>
			<section class="studio-article" aria-labelledby="studio-article-heading">
				<h2 id="studio-article-heading">{t.articleHeading}</h2>
				{field('id')}
				<For each={articleFields.filter((name) => name !== 'standfirst' && name !== 'dateline')}>{(name) => field(name)}</For>
				{field('standfirst', 3)}
				{field('dateline')}
				{field('body', 14)}
			</section>
			<section class="studio-preview" aria-labelledby="studio-preview-heading">
				<h2 id="studio-preview-heading">{t.previewHeading}</h2>
				<p class="note">{t.evidenceHelp}</p>
				<div class="studio-preview-article" ref={preview} />
			</section>
			<section class="studio-questions" aria-labelledby="studio-questions-heading">
				<h2 id="studio-questions-heading">{t.questionsHeading}</h2>
				<p class="actions">
					<label for="studio-type">{t.questionType}</label>
					<select id="studio-type" ref={typeSelect}>
						<For each={questionTypes}>{(type) => <option value={type}>{t.types[type]}</option>}</For>
					</select>
					<button
						type="button"
						onClick={() => editor && insertQuestion(editor, typeSelect.value as QuestionType, t.template)}
					>
						{t.addQuestion}
					</button>
					{/* Before the editor, so Tab from the article's fields reaches it without passing through the editor: a
					    browser puts the caret of an editor it tabs into at the start, and CodeMirror puts it back only if
					    it gets there within 200 ms, which a busy machine misses; the question at the cursor is lost. */}
					<button type="button" onClick={useEvidence}>
						{t.useEvidence}
					</button>
				</p>
				<p role="status">{evidenceNote()}</p>
				<div class="studio-editor" ref={editorParent} />
				<h3 id="studio-problems-heading">{t.problemsHeading}</h3>
				<p role="status">
					{check().errors || check().warnings
						? fill(t.problemCount, { errors: check().errors, warnings: check().warnings })
						: t.noProblems}
				</p>
				<ul class="studio-problems" aria-labelledby="studio-problems-heading">
					<For each={check().lines}>{(line) => <li class={line.severity}>{line.text}</li>}</For>
				</ul>
				<Show when={check().page} fallback={<p class="note">{t.previewWaitingQuiz}</p>}>
					{(page) => (
						<>
							<p>
								<a href={`preview/${page().locale}/`} target="_blank">
									{t.previewQuiz}
								</a>
							</p>
							<p class="note">{t.previewQuizNote}</p>
							<h3 id="studio-package-heading">{t.packageHeading}</h3>
							<p class="actions">
								<label for="studio-mode">{t.packageMode}</label>
								<select id="studio-mode" ref={modeSelect}>
									<option value="">{t.modes.choose}</option>
									<option value="practice">{t.modes.practice}</option>
									<option value="test">{t.modes.test}</option>
								</select>
								<button type="button" onClick={() => void handOut(page(), '2004')}>
									{t.scorm2004}
								</button>
								<button type="button" onClick={() => void handOut(page(), '1.2')}>
									{t.scorm12}
								</button>
							</p>
							<p class="actions">
								<button type="button" onClick={() => void handOut(page(), 'html')}>
									{t.singleHtml}
								</button>
							</p>
							<p role="status">{packageNote()}</p>
							<details class="studio-blind-view">
								<summary>
									<h3>{t.blindHeading}</h3>
								</summary>
								<p class="note">{t.blindNote}</p>
								<BlindView questions={page().questions} language={page().language} />
							</details>
						</>
					)}
				</Show>
			</section>
			<Drafts onSwitch={switchTo} />
		</div>
	);
}
