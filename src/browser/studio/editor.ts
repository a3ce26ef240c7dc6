import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { yaml } from '@codemirror/lang-yaml';
import { tags } from '@lezer/highlight';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorView, highlightActiveLine, lineNumbers } from '@codemirror/view';
import { minimalSetup } from 'codemirror';
import { fieldsAt } from '../../core/schema/fields-at';
import type { DraftCheck } from './check-draft';
import { yamlPlace } from './yaml-place';

/**
 * The question bank's editor: CodeMirror 6, made for editing code in a page (accessible, keyboard-first, modular, with
 * the YAML language and a lint gutter as packages of its own), in its minimal setup plus line numbers: the page's
 * scripts have 250 KB gzip in all. Tab stays the browser's, so the keyboard can
 * leave the editor. `onChange` gets the text after every edit.
 */
export function createEditor(parent: HTMLElement, text: string, label: string, onChange: (text: string) => void): EditorView {
	const root = parent.attachShadow({ mode: 'open' });
	return new EditorView({
		parent: root,
		root,
		doc: text,
		extensions: [
			minimalSetup,
			lineNumbers(),
			// Long lines wrap, so the page never scrolls sideways, down to 320 px.
			EditorView.lineWrapping,
			highlightActiveLine(),
			yaml(),
			lintGutter(),
			// The list opens only after a pause in typing or when asked for, and Enter takes what it shows at once: the
			// default 75 ms in which Enter still makes a new line made a quick Enter do either, by how busy the machine was.
			autocompletion({ override: [completeFromSchema], interactionDelay: 0 }),
			theme,
			syntaxHighlighting(highlight),
			// A tab stop said outright, which tells checkers such as axe what a browser already knows of an editable
			// element: the editor's own scrolling region can be reached by keyboard.
			EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
			EditorView.updateListener.of((update) => update.docChanged && onChange(update.state.doc.toString())),
		],
	});
}

const theme = EditorView.theme({
	// The editor scrolls on its own once its text is taller than most of the screen. CodeMirror draws only the lines near
	// view and estimates the rest; an editor that grew with its text changed height as the page scrolled and it measured
	// lines it had estimated, and moved the buttons below it under the pointer, by 39 px on a 110-line bank.
	'&': { backgroundColor: 'var(--field)', color: 'var(--text)', maxHeight: 'min(40rem, 65dvh)' },
	'.cm-scroller': { fontFamily: 'ui-monospace, monospace', overflow: 'auto' },
	'.cm-gutters': { backgroundColor: 'var(--surface)', color: 'var(--muted)', borderRight: '1px solid var(--muted)' },
	'.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--surface)' },
	'&.cm-focused': { outline: '3px solid var(--focus)' },
	'.cm-cursor': { borderLeftColor: 'var(--text)' },
	// The lint package draws its marks as data: images, which the page's policy refuses (img-src 'self'): these are CSS.
	'.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy var(--wrong)' },
	'.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy var(--highlight-edge)' },
	'.cm-lint-marker': { content: 'normal', borderRadius: '50%' },
	'.cm-lint-marker-error': { content: 'normal', backgroundColor: 'var(--wrong)' },
	'.cm-lint-marker-warning': { content: 'normal', backgroundColor: 'var(--highlight-edge)' },
	// Completion's list and notes, in the site's colours, so both themes keep their contrast.
	'.cm-tooltip': { backgroundColor: 'var(--field)', color: 'var(--text)', border: '1px solid var(--muted)' },
	'.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--on-accent)' },
	'.cm-completionInfo': { maxWidth: '24rem' },
	// The list shows every field at once rather than scrolling in a box: the focus stays in the editor, which moves
	// through the list, so a box of its own to scroll would be one the keyboard cannot reach.
	'.cm-tooltip.cm-tooltip-autocomplete > ul': { maxHeight: 'none', overflowY: 'visible' },
});

/** The YAML's colours, from the site's tokens, so both themes keep their contrast (the default colours suit light only). */
const highlight = HighlightStyle.define([
	{ tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--accent)', fontWeight: '600' },
	{ tag: [tags.comment, tags.meta], color: 'var(--muted)', fontStyle: 'italic' },
	{ tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--link)' },
]);

/**
 * Completion from the bank's own schema: the fields that may go where the cursor is (a question's, by its type), each
 * with the schema's description of it, and after a field, the values it takes when the schema lists them.
 */
function completeFromSchema(context: CompletionContext): CompletionResult | null {
	const word = context.matchBefore(/[\w-]*/)!;
	const place = yamlPlace(context.state.doc.toString(), context.pos);
	if (place.key) {
		const field = fieldsAt(place.path, place.type).find(({ name }) => name === place.key);
		const options = field?.values.map((value) => ({ label: value, type: 'constant' }));
		// validFor: further letters filter the same list, where asking again would leave it unusable until answered.
		return options?.length ? { from: word.from, options, validFor: /^[\w-]*$/ } : null;
	}
	if (word.from === word.to && !context.explicit) return null;
	const fields = fieldsAt(place.path, place.type);
	return { from: word.from, options: fields.map(({ name, description }) => ({ label: name, type: 'property', info: description, apply: `${name}: ` })), validFor: /^[\w-]*$/ };
}

/** Puts `text` in the editor in place of its whole text, as one change the author can undo, shown from its first line. */
export function replaceText(view: EditorView, text: string): void {
	view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true });
}

/** Shows the bank's problems and warnings at their lines, in the words the command line uses. */
export function showProblems(view: EditorView, lines: DraftCheck['bankLines']): void {
	const { doc } = view.state;
	const diagnostics: Diagnostic[] = lines.map(({ line, severity, message }) => {
		const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
		return { from: at.from, to: at.to, severity, message };
	});
	view.dispatch(setDiagnostics(view.state, diagnostics));
}
