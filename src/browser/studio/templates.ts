import type { EditorView } from '@codemirror/view';
import { isNode, isSeq, parseDocument, type Node } from 'yaml';
import type { Catalogue } from '../../core/messages/catalogue';
import type { Question } from '../../core/schema/question';

type Notes = Catalogue['studio']['script']['template'];
export type QuestionType = Question['type'];

/** A field and its value, with a note after it. */
const field = (name: string, value: string, note: string, indent: string) => `${indent}${name}: ${value} # ${note}`;

/**
 * A question of `type` for the bank, as YAML lines to fill in: every field it needs, each with a short note on what
 * goes there, in the studio's language. The empty texts are for the author to write; until then, the check names each.
 */
function questionTemplate(type: QuestionType, notes: Notes): string {
	const at = '    ';
	const lines = [
		`  - id: "" # ${notes.id}`,
		field('type', type, notes.type, at),
		field('skill', 'literal', notes.skill, at),
		field('prompt', '""', notes.prompt, at),
		`${at}evidence: # ${notes.evidence}`,
		`${at}  - passage: 1 # ${notes.passage}`,
		`${at}    quote: "" # ${notes.quote}`,
	];
	const option = (correct: boolean) => [`${at}  - text: ""`, ...(correct ? [`${at}    correct: true # ${notes.correct}`] : []), `${at}    feedback: "" # ${notes.feedback}`];
	if (type === 'single' || type === 'multiple') lines.push(`${at}options: # ${notes.options[type]}`, ...option(true), ...option(false), ...option(false));
	if (type === 'highlight') lines.push(field('from', '[1, 2]', notes.from, at), field('wrongFeedback', '""', notes.wrongFeedback, at));
	if (type === 'order') lines.push(`${at}items: # ${notes.items}`, `${at}  - ""`, `${at}  - ""`, `${at}  - ""`);
	if (type === 'match')
		lines.push(field('choices', '["", ""]', notes.choices, at), `${at}pairs: # ${notes.pairs}`, ...[1, 2].flatMap(() => [`${at}  - item: ""`, `${at}    match: ""`, `${at}    feedback: ""`]));
	if (type === 'classify')
		lines.push(field('categories', '["", ""]', notes.categories, at), `${at}statements: # ${notes.statements}`, ...[1, 2].flatMap(() => [`${at}  - text: ""`, `${at}    category: ""`, `${at}    feedback: ""`]));
	if (type === 'open') lines.push(field('model', '""', notes.model, at), `${at}checklist: # ${notes.checklist}`, `${at}  - ""`, `${at}  - ""`);
	lines.push(field('explanation', '""', notes.explanation, at));
	return `${lines.join('\n')}\n`;
}

/**
 * Where a new question goes: after the question the cursor is in, or else at the end of the list of questions. After
 * the cursor's own line, as before, a second question landed inside the first, and one added in a new draft, whose
 * cursor is on its `article:` line, landed between that and `questions:`.
 */
export function questionInsertPoint(text: string, cursor: number): number {
	const questions = parseDocument(text).get('questions', true);
	if (!isSeq(questions) || !questions.range) return text.length;
	const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
	const holding = questions.items.find((item) => isNode(item) && item.range && lineStart(item.range[0]) <= cursor && cursor <= item.range[2]);
	const end = ((holding as Node | undefined) ?? questions).range![1];
	const newline = text.indexOf('\n', end - 1);
	return newline === -1 ? text.length : newline + 1;
}

/** Puts a question of `type` into the bank (see questionInsertPoint), and the cursor on its id. */
export function insertQuestion(view: EditorView, type: QuestionType, notes: Notes): void {
	const doc = view.state.doc.toString();
	const at = questionInsertPoint(doc, view.state.selection.main.head);
	const before = at === doc.length && doc.length && !doc.endsWith('\n') ? '\n' : '';
	const text = before + questionTemplate(type, notes);
	view.dispatch({ changes: { from: at, insert: text }, selection: { anchor: at + before.length + '  - id: "'.length }, scrollIntoView: true });
	view.focus();
}
