/** Where the cursor is in a bank's YAML, for completion: the keys above it, and the question's type if written. */
export interface YamlPlace {
	/** The keys of the maps the cursor is in, outermost first, with `[]` for an item of a list. */
	path: string[];
	/** The `type` written in the same map, if any: a question's fields depend on it. */
	type?: string;
	/** Whether the cursor is after a key (`skill: |`), where a value goes, and that key. */
	key?: string;
}

const keyLine = /^(\s*)(- +)?([\w-]+):(.*)$/;

/**
 * Reads the place of the cursor from the indentation of the lines above it, as YAML's block style sets it out: each
 * key with nothing after it, at a smaller indent, is a map the cursor is in; each `- ` at a smaller indent, an item
 * of a list. It reads block style only, which is what the studio's templates write; elsewhere it offers less.
 */
export function yamlPlace(text: string, offset: number): YamlPlace {
	const lines = text.slice(0, offset).split('\n');
	const current = lines.pop()!;
	const currentKey = keyLine.exec(current);
	const afterKey = currentKey && offset - (text.lastIndexOf('\n', offset - 1) + 1) > current.indexOf(':');
	// A line that begins an item of a list is in that list; any other line, in the map its indent sets.
	const itemStart = /^(\s*)- /.exec(current);
	let indent = itemStart ? itemStart[1]!.length : current.search(/\S|$/);
	const path: string[] = itemStart ? ['[]'] : [];
	let type: string | undefined;
	let inSameMap = true;
	for (const line of lines.reverse()) {
		const match = keyLine.exec(line);
		if (!match || line.trimStart().startsWith('#')) continue;
		const dash = match[2] ? match[1]!.length : undefined;
		const column = match[1]!.length + (match[2]?.length ?? 0);
		if (column === indent && inSameMap && match[3] === 'type') type = match[4]!.replace(/#.*/, '').trim();
		if (dash !== undefined && dash < indent && column === indent) {
			// The start of the list item the cursor's map is in.
			path.unshift('[]');
			indent = dash;
			inSameMap = false;
		} else if (column < indent && !match[4]!.replace(/#.*/, '').trim()) {
			path.unshift(match[3]!);
			indent = column;
			inSameMap = false;
			if (dash !== undefined) {
				path.unshift('[]');
				indent = dash;
			}
		}
	}
	return { path, type, key: afterKey ? currentKey[3] : undefined };
}
