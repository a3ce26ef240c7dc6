import { createEffect, createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { articleFields } from '../../core/text/write-article-file';
import { useStore } from '../islands/use-store';
import { fill, studioWords as t } from '../shared/messages';
import { $storageProblem } from '../stores/storage';
import { checkDraft, type StudioDraft } from './check-draft';
import { $draft, $otherTab } from './draft';
import { createEditor, replaceText, showProblems } from './editor';
import { downloadDraft, openFiles } from './files';
import { questionTypes } from '../../core/schema/question';
import { insertQuestion, type QuestionType } from './templates';

/**
 * The studio: an article in a form, its questions in a YAML editor, and every problem `npm run validate` would
 * print, as the author types. The draft is kept in this browser at every change.
 */
export default function Studio() {
	const draft = useStore($draft);
	const storageProblem = useStore($storageProblem);
	const otherTab = useStore($otherTab);
	const check = createMemo(() => checkDraft(draft()));
	const update = (change: Partial<StudioDraft>) => $draft.set({ ...$draft.get(), ...change });
	const [opened, setOpened] = createSignal('');
	let editorParent!: HTMLDivElement;
	let typeSelect!: HTMLSelectElement;
	let editor: ReturnType<typeof createEditor> | undefined;

	const open = async (files: File[]) => {
		const { draft: next, refused } = await openFiles($draft.get(), files);
		$draft.set(next);
		if (editor && editor.state.doc.toString() !== next.bank) replaceText(editor, next.bank);
		setOpened(refused.length ? fill(t.refused, { files: refused.join(', ') }) : fill(t.opened, { files: files.map((file) => file.name).join(', ') }));
	};

	onMount(() => {
		const view = (editor = createEditor(editorParent, draft().bank, t.bankLabel, (bank) => update({ bank })));
		// The editor's marks follow each check; the check follows each edit, of the bank or of the article.
		createEffect(() => showProblems(view, check().bankLines));
	});

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
		// Written out, not spread: a spread would bring Solid's spread helper into the chunk every article page loads.
		return (
			<p class="studio-field">
				<label for={id}>{name === 'body' ? t.body : t.fields[name]}</label>
				{rows ? (
					<textarea id={id} rows={rows} value={valueOf(name)} aria-invalid={invalid()} aria-describedby={describedBy()} onInput={onInput} />
				) : (
					<input id={id} type="text" spellcheck={false} value={valueOf(name)} aria-invalid={invalid()} aria-describedby={describedBy()} onInput={onInput} />
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
			<div class="studio-files actions">
				<label for="studio-open">{t.open}</label>
				<input id="studio-open" type="file" multiple accept=".md,.yaml,.yml" onChange={(event) => open([...(event.currentTarget.files ?? [])])} />
				<button type="button" onClick={() => downloadDraft($draft.get())}>
					{t.download}
				</button>
				<p role="status">{opened()}</p>
			</div>
			<section class="studio-article" aria-labelledby="studio-article-heading">
				<h2 id="studio-article-heading">{t.articleHeading}</h2>
				{field('id')}
				<For each={articleFields.filter((name) => name !== 'standfirst' && name !== 'dateline')}>{(name) => field(name)}</For>
				{field('standfirst', 3)}
				{field('dateline')}
				{field('body', 14)}
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
				</p>
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
			</section>
		</div>
	);
}
