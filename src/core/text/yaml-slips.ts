/**
 * The slips authors commonly make in YAML, each found by reading the lines as an author lays them out, and said in
 * one sentence that says the fix, at the slip's line. The parsers' own messages ("Nested mappings are not allowed in compact
 * mappings") describe the parser's state, not the author's slip. Read only once a parser has failed, so a guess here
 * never flags a valid file.
 */
export interface YamlSlip {
	/** The 1-based line of the slip. */
	line: number;
	message: string;
	/** The line as it would be with the fix made, to find what else is wrong once it is. */
	fixed: string;
}

/** One level of nesting open above a line: a list whose dashes sit at `column`, or a mapping whose keys do. */
interface Level {
	column: number;
	kind: 'list' | 'map';
	/** A map's keys so far, in order: a key met again at the list's column is the next item, missing its dash. */
	keys: string[];
}

const keyLine = /^([A-Za-z_][\w-]*):(?: +(.*))?$/;
const noSpace = /^([A-Za-z_][\w-]*):([^\s/].*)$/;
const unquotedColon = /^([^'"\s[{#|>][^#]*?): /;
const blockScalar = /^[|>][-+0-9]*\s*(#.*)?$/;

const quoted = (text: string) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** Every common slip in a YAML text, in line order; at most one per line. */
export function yamlSlips(text: string): YamlSlip[] {
	const slips: YamlSlip[] = [];
	const levels: Level[] = [];
	/** The column under which the line before opened a block (a key with no value), if it did. */
	let opened: number | undefined;
	/** A block scalar's lines (`|` or `>`) are text, whatever they hold, until a line comes back to its key's column. */
	let scalarAbove: number | undefined;

	for (const [index, raw] of text.split(/\r?\n/).entries()) {
		const line = index + 1;
		const content = raw.trimStart();
		// A tab is read as two spaces, to find where the line was meant to go.
		const tabbed = /\t/.test(raw.slice(0, raw.length - content.length));
		const indent = raw.length - content.length + (tabbed ? raw.slice(0, raw.length - content.length).split('\t').length - 1 : 0);
		if (!content || content.startsWith('#')) continue;
		if (scalarAbove !== undefined && indent > scalarAbove) continue;
		scalarAbove = undefined;
		if (/^---|^\.\.\./.test(content) && indent === 0) continue;

		// A dash opens a list item; what follows it on the line sits two or more columns further in.
		const dash = /^- +/.exec(content)?.[0] ?? '';
		let rest = content.slice(dash.length);
		const unspaced = noSpace.exec(rest);
		const key = keyLine.exec(rest) ?? unspaced;
		const value = key?.[2]?.trim() ?? '';
		let message: string | undefined;

		if (tabbed) message = 'this line is indented with a tab, and YAML allows only spaces: replace the tab with spaces';
		else if (unspaced) {
			const [, name, after] = unspaced;
			rest = `${name}: ${after}`;
			message = `\`${name}:${after}\` needs a space after the colon: \`${rest}\``;
		} else if (key && value && unquotedColon.test(value) && !/^["']/.test(value)) {
			rest = `${key[1]}: ${quoted(value)}`;
			message = `the value of \`${key[1]}\` contains ": ", which YAML reads as another field; put the value in quotes: \`${rest}\``;
		}

		const placed = place(levels, indent, dash !== '', key?.[1], opened);
		message ??= placed.slip && `\`${content.trim()}\` ${placed.slip}`;
		const at = placed.column;
		if (message) slips.push({ line, message, fixed: `${' '.repeat(at)}${placed.dashed ? '- ' : dash}${rest}` });

		const top = levels.at(-1);
		if (dash && (top?.kind !== 'list' || top.column !== at)) levels.push({ column: at, kind: 'list', keys: [] });
		const keyColumn = at + dash.length + (placed.dashed ? 2 : 0);
		if (key) {
			const map = levels.at(-1);
			if (!dash && map?.kind === 'map' && map.column === keyColumn) map.keys.push(key[1]!);
			else levels.push({ column: keyColumn, kind: 'map', keys: [key[1]!] });
		}
		opened = key && !value ? keyColumn : undefined;
		if (key && blockScalar.test(value)) scalarAbove = keyColumn;
	}
	return slips;
}

/**
 * Fits a line into the levels open above it, closing those it leaves. Returns the column the line belongs at, and
 * what is wrong with where it sits, if anything: a key with no dash where the list's next item begins, or a line lined
 * up with nothing above it. The levels then go on as if the line were where it belongs, so that one slip does not make
 * every later line look wrong.
 */
function place(
	levels: Level[],
	indent: number,
	dash: boolean,
	key: string | undefined,
	opened: number | undefined,
): { column: number; slip?: string; dashed?: boolean } {
	// Under a key with no value: anything further in starts its block, and a list may sit at the key's own column.
	if (opened !== undefined && (indent > opened || (dash && indent === opened))) return { column: indent };
	const closed: Level[] = [];
	while (levels.length && levels.at(-1)!.column > indent) closed.push(levels.pop()!);
	const top = levels.at(-1);
	if (top?.column === indent && (top.kind === 'list') === dash) return { column: indent };
	// A list may sit at its key's own column, so a key at that column after it goes on with the mapping around it.
	const around = levels.at(-2);
	if (!dash && top?.kind === 'list' && top.column === indent && around?.kind === 'map' && around.column === indent && !closed.at(-1)?.keys.includes(key!)) {
		levels.pop();
		return { column: indent };
	}
	// The list goes on, but this line lost its dash: its key is one the item before already has.
	if (!dash && key && top?.kind === 'list' && top.column === indent && closed.at(-1)?.keys.includes(key)) {
		return { column: indent, dashed: true, slip: `starts the list's next item but has no dash: put \`- \` where \`${key}:\` starts now` };
	}
	// Lined up with nothing: name the nearest line of its kind above, and how far to move to line up with it.
	const kind = dash ? 'list' : 'map';
	const candidates = [...closed, ...(top ? [top] : [])].filter((level) => level.kind === kind);
	const nearest = candidates.sort((a, b) => Math.abs(a.column - indent) - Math.abs(b.column - indent))[0];
	if (!nearest) return { column: indent };
	while (levels.length && levels.at(-1)!.column > nearest.column) levels.pop();
	if (levels.at(-1) !== nearest) levels.push(nearest);
	const shift = nearest.column - indent;
	const above = nearest.kind === 'list' ? 'the dash above it' : `\`${nearest.keys.at(-1)}:\` above it`;
	return { column: nearest.column, slip: `is not lined up with ${above}; indent it ${Math.abs(shift)} ${shift > 0 ? 'more' : 'fewer'} ${Math.abs(shift) === 1 ? 'space' : 'spaces'}` };
}
