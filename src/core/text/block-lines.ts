/** The part of a block-style YAML text's lines that one node is written over. */
interface Region {
	lines: readonly string[];
	/** Its first line, 0-based. */
	line: number;
	/** The column its text starts at on that line: for a mapping, where its keys are written; for a list, its dashes. */
	column: number;
	/** The line after its last. */
	end: number;
}

/** A mapping's value or a list's entry: its region, and the line of its key or dash. */
interface Part extends Region {
	at: number;
	/** Whether it starts on its key's line: a scalar, a block scalar's marker, or a flow collection. */
	inline: boolean;
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');
const isDash = (text: string) => text === '-' || text.startsWith('- ');
/** A plain key, and what follows its colon; a quoted, flow or complex key does not match, and is left to the parser. */
const keyLine = /^([^\s#'"{}[\],&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?):(?:\s+(.*))?$/;

/**
 * The 0-based line of the value at `path` in the region of `value`, found by indentation alone, where the parser's
 * positions put it: a scalar at its key or dash (a block scalar at its marker), a collection at its first entry, a
 * missing field at its nearest parent. Undefined unless the lines match `value`, as parsed, key for key and dash for
 * dash, so that a text running on at a key's indentation, a flow collection or a quoted key is left to the parser,
 * and no line is ever wrong.
 */
export function blockLine(region: Region, value: unknown, path: readonly PropertyKey[]): number | undefined {
	const [step, ...rest] = path;
	if (step === undefined) return region.line;
	const parts = Array.isArray(value) ? sequenceParts(region, value.length) : mappingParts(region, Object.keys(value as object));
	if (!parts) return undefined;
	const part = parts.get(String(step));
	if (!part) return region.line;
	const child = (value as Record<string, unknown>)[String(step)];
	if (child === null || typeof child !== 'object') return part.at;
	// A flow collection on its key's line, such as `from: [1, 2]`, is all on that line unless lines below run on from it.
	if (part.inline) return nextContent(part.lines, part.at + 1, part.end) === undefined ? part.at : undefined;
	return blockLine(part, child, rest);
}

/** A mapping's keys, each with its value's part; undefined unless they are exactly `keys`, in order. */
function mappingParts({ lines, line, column, end }: Region, keys: string[]): Map<string, Part> | undefined {
	const found: { key: string; at: number; inline: boolean }[] = [];
	for (let index = line; index < end; index++) {
		const text = lines[index]!;
		if (index > line && (!isContent(text) || indentOf(text) > column)) continue;
		if (index > line && indentOf(text) < column) return undefined;
		const match = keyLine.exec(text.slice(column));
		if (match) found.push({ key: match[1]!.trimEnd(), at: index, inline: !!match[2] && !match[2].startsWith('#') });
		// A list may be written at its key's indentation, below the key.
		else if (!(index > line && found.length && isDash(text.slice(column)))) return undefined;
	}
	if (found.length !== keys.length || found.some(({ key }, index) => key !== keys[index])) return undefined;
	return new Map(
		found.map(({ key, at, inline }, index) => {
			const valueEnd = found[index + 1]?.at ?? end;
			const first = inline ? undefined : nextContent(lines, at + 1, valueEnd);
			const start = first === undefined ? { line: at, column } : { line: first, column: indentOf(lines[first]!) };
			return [key, { lines, at, inline, ...start, end: valueEnd }];
		}),
	);
}

/** A list's entries, each a part; undefined unless there are exactly `length`, each on its dash's line. */
function sequenceParts({ lines, line, column, end }: Region, length: number): Map<string, Part> | undefined {
	const starts: number[] = [];
	for (let index = line; index < end; index++) {
		const text = lines[index]!;
		if (!isContent(text) || indentOf(text) > column) continue;
		if (indentOf(text) < column || !isDash(text.slice(column)) || !text.slice(column + 1).trim()) return undefined;
		starts.push(index);
	}
	if (starts.length !== length) return undefined;
	return new Map(
		starts.map((at, index) => {
			const entryColumn = column + 1 + indentOf(lines[at]!.slice(column + 1));
			return [String(index), { lines, at, inline: false, line: at, column: entryColumn, end: starts[index + 1] ?? end }];
		}),
	);
}

function nextContent(lines: readonly string[], from: number, end: number): number | undefined {
	for (let index = from; index < end; index++) if (isContent(lines[index]!)) return index;
	return undefined;
}
