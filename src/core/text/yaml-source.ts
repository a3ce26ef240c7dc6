import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Problem } from '../check/problem.ts';
import { blockLine } from './block-lines.ts';
import { yamlSlips } from './yaml-slips.ts';

/** A parsed YAML text that can say on which line any value sits. */
export interface YamlSource {
	data: unknown;
	/** The 1-based line of the value at `path`, or of its nearest parent that exists. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
	/** Syntax errors, already located. */
	problems: Problem[];
}

/**
 * Parses YAML with js-yaml, which is about ten times faster than the `yaml` package: a generated 10,000-question bank
 * (15 MB) took 246 ms with js-yaml and 2,300–2,600 ms with `yaml` (parse or parseDocument, medians of 5), against a
 * budget of 1 s for the whole validation. The positions are worked out only when a problem needs a line.
 * Both read YAML 1.2's core schema, so dates stay strings. `firstLine` shifts every line, for YAML that
 * starts further down a file (frontmatter).
 */
export function parseYaml(text: string, file: string, firstLine = 1): YamlSource {
	const problems: Problem[] = [];
	let data: unknown;
	try {
		data = load(text, { schema: CORE_SCHEMA, filename: file });
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		// js-yaml gives no position when a file holds more than one document.
		problems.push(
			...(error.mark
				? syntaxProblems(text, file, firstLine, { line: error.mark.line + 1, message: error.reason })
				: [{ file, line: secondDocumentLine(text) + firstLine - 1, message: `YAML syntax: ${secondDocument}` }]),
		);
	}
	let tree: Located | undefined;
	let items: ItemSlices | undefined;
	return {
		data,
		problems,
		lineOf(path) {
			// A problem in one entry of a top-level list (a question) is located by reading that entry's lines alone: a
			// big bank draws hundreds of warnings, and reading the whole text again cost as much as the parse.
			// The whole file: at its first key, unless a marker (---, %) comes first.
			const first = path.length ? undefined : /^[^\s#]/m.exec(text);
			if (first && !/^(---|%)/.test(text.slice(first.index))) return text.slice(0, first.index).split('\n').length - 1 + firstLine;
			items ??= itemSlices(text, data);
			const [key, index, ...rest] = path;
			const slice = typeof index === 'number' ? items.get(String(key))?.[index] : undefined;
			if (slice) {
				// Most entries are plain block YAML, whose lines indentation alone can tell; the rest are read again. The
				// entry is read as a list of one, its own dash, which says the column its keys start at.
				const region = { lines: items.lines, line: slice.start, column: slice.dash, end: slice.end };
				const line = blockLine(region, [(data as Record<string, unknown[]>)[String(key)]![index as number]], [0, ...rest]);
				if (line !== undefined) return line + firstLine;
				return lineIn((slice.tree ??= locate(items.lines.slice(slice.start, slice.end).join('\n'))).children[0] ?? slice.tree, rest) + slice.start + firstLine;
			}
			return lineIn((tree ??= locate(text)), path) + firstLine;
		},
	};
}

/** The 1-based line of the value at `path`, from a parse of the whole text: the slow way, which the quick ones must agree with. */
export const parsedLineOf = (text: string, path: readonly PropertyKey[]) => lineIn(locate(text), path) + 1;

/** The 0-based line of the node at `path` under `node`; a missing field is reported at its nearest parent. */
function lineIn(node: Located, path: readonly PropertyKey[]): number {
	for (const key of path) {
		const at = node.kind === 'mapping' ? node.children.findIndex((child, index) => index % 2 === 0 && String(child.result) === String(key)) : -1;
		const next = at >= 0 ? node.children[at + 1] : node.kind === 'sequence' ? node.children[key as number] : undefined;
		if (!next) break;
		node = next;
	}
	return startLine(node);
}

/** One entry of a top-level list: the lines it runs over (from `start`, before `end`), and where its nodes are, once asked. */
interface ItemSlice {
	start: number;
	end: number;
	/** The column of its dash. */
	dash: number;
	tree?: Located;
}
/** The text's lines, and the entries of each top-level list. Only an entry with a problem is joined and read again. */
interface ItemSlices {
	lines: string[];
	get(key: string): ItemSlice[] | undefined;
}

/**
 * The entries of each top-level list written as a plain block list (`key:`, then a `- ` per entry, all at one
 * indentation): their lines, found by the dashes. A list is left out, to be located the slow way, unless the dashes
 * found are exactly as many as the entries parsed, so a dash inside a text cannot shift the lines.
 */
function itemSlices(text: string, data: unknown): ItemSlices {
	const lines = text.split('\n');
	const slices = new Map<string, ItemSlice[]>();
	const found = { lines, get: (key: string) => slices.get(key) };
	if (!data || typeof data !== 'object') return found;
	for (const [key, value] of Object.entries(data)) {
		if (!Array.isArray(value) || !value.length) continue;
		const keyLine = lines.findIndex((line) => line.startsWith(`${key}:`) && /^[^:]+:\s*(#.*)?$/.test(line));
		const first = lines.findIndex((line, index) => index > keyLine && line.trim() && !line.trim().startsWith('#'));
		const dash = keyLine < 0 || first < 0 ? undefined : /^( *)-( |$)/.exec(lines[first]!)?.[1];
		if (dash === undefined) continue;
		const starts: number[] = [];
		let end = lines.length;
		const marker = `${dash}-`;
		for (let index = first; index < lines.length; index++) {
			const line = lines[index]!;
			if (line.startsWith(marker) && (line[marker.length] === ' ' || line.length === marker.length)) starts.push(index);
			else if (/^\S/.test(line) && !line.startsWith('#')) {
				end = index;
				break;
			}
		}
		if (starts.length !== value.length) continue;
		slices.set(
			key,
			starts.map((start, index) => ({ start, end: starts[index + 1] ?? end, dash: dash.length })),
		);
	}
	return found;
}

/** Where a node's own text starts: a collection at its first entry, not at the key or dash before it. */
const startLine = (node: Located): number => (node.kind === 'scalar' || !node.children.length ? node.line : startLine(node.children[0]!));

/** A node of a YAML text: the 0-based line it starts on, and for a collection its children (a mapping's alternate key, value). */
interface Located {
	line: number;
	kind: string | null;
	result: unknown;
	children: Located[];
}

/**
 * Where every node of a (well-formed) YAML text starts, from js-yaml's own parse events: read again only once a
 * problem needs a line, since it costs about as much as the parse. The `yaml` package's positions did the same job
 * ten times slower: 2.5 s for the bench's 10,000-question bank, whose generated repeats draw hundreds of warnings.
 */
function locate(text: string): Located {
	const stack: Located[] = [{ line: 0, kind: null, result: undefined, children: [] }];
	load(text, {
		schema: CORE_SCHEMA,
		listener(event, state) {
			if (event === 'open') stack.push({ line: state.line, kind: null, result: undefined, children: [] });
			else {
				const node = stack.pop()!;
				node.kind = state.kind;
				node.result = state.kind === 'scalar' ? state.result : undefined;
				// A key that turned out not to be one, at a mapping's end, leaves a node of its own.
				if (node.kind === 'mapping' && node.children.length % 2) node.children.pop();
				stack.at(-1)!.children.push(node);
			}
		},
	});
	return stack[0]!.children[0] ?? stack[0]!;
}

const secondDocument =
	'a file holds one bank, but the line of three dashes here starts a second: remove it, or move what follows to a file of its own';

/** The line of the `---` (or `...`) that ends a file's first YAML document, after something other than comments. */
function secondDocumentLine(text: string): number {
	const lines = text.split('\n');
	let content = false;
	for (const [index, line] of lines.entries()) {
		if (/^(---|\.\.\.)(\s|$)/.test(line)) {
			if (content) return index + 1;
		} else if (line.trim() && !line.trim().startsWith('#')) content = true;
	}
	return 1;
}

/**
 * Every syntax error in a file, not only the first: js-yaml stops at one, so the `yaml` package, which recovers and
 * goes on, lists them all (only when there are errors, so the fast path stays fast). A slip an author commonly makes
 * (yaml-slips.ts) is said in its own words; the text is then read again with each slip's fix made, and what is still
 * wrong keeps the parser's words, so a slip is said once, not again by every error it sets off below it.
 */
function syntaxProblems(text: string, file: string, firstLine: number, first: { line: number; message: string }): Problem[] {
	const slips = yamlSlips(text);
	const lines = text.split('\n');
	for (const slip of slips) lines[slip.line - 1] = slip.fixed;
	const fixed = slips.length ? lines.join('\n') : text;
	const { errors } = parseDocument(fixed, { lineCounter: new LineCounter() });
	const others = errors.length || slips.length ? errors.map((error) => located(error, fixed)) : [first];
	return [...slips, ...others]
		.sort((a, b) => a.line - b.line)
		.map(({ line, message }) => ({ file, line: line + firstLine - 1, message: `YAML syntax: ${message}` }));
}

/**
 * A parser error's line and words, without the position and the excerpt it appends. A key written twice, as a pasted
 * line makes it, is named in an author's words: the parser's own ("Map keys must be unique") name neither key nor fix.
 */
const located = (error: YAMLError, text: string) => ({
	line: error.linePos?.[0].line ?? 1,
	message:
		error.code === 'DUPLICATE_KEY'
			? `\`${/^[^:\n]*/.exec(text.slice(error.pos[0]))![0].trim()}\` is already set in this entry: keep one of the two and delete the other`
			: error.message.split(/ at line \d+/)[0]!,
});
