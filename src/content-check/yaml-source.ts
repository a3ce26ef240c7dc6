import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problem.ts';

/** A parsed YAML text that can say on which line any value sits. */
export interface YamlSource {
	data: unknown;
	/** The 1-based line of the value at `path`, or of its nearest parent that exists. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
	/** Syntax errors, already located. */
	problems: Problem[];
}

/** Parses YAML, keeping positions. `firstLine` shifts every line, for YAML that starts further down a file (frontmatter). */
export function parseYaml(text: string, file: string, firstLine = 1): YamlSource {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false });
	const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const problems: Problem[] = document.errors.map((error) => ({
		file,
		line: toLine(error.pos[0]),
		message: `YAML syntax: ${error.message.split('\n')[0]}`,
	}));
	return {
		data: problems.length ? undefined : document.toJS(),
		problems,
		lineOf(path) {
			for (let depth = path.length; depth >= 0; depth--) {
				const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth) as unknown[], true);
				const range = (node as { range?: [number, number, number] } | undefined)?.range;
				// A missing field has no node: it is reported at the line of its nearest parent.
				if (range) return toLine(range[0]);
			}
			return undefined;
		},
	};
}
