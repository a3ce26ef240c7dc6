import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';

/** A content file as read from disk. */
export interface ContentFile {
	/** The id the site uses: the file name without its extension. */
	id: string;
	/** The path relative to the project root, as problems name it. */
	file: string;
	text: string;
}

/** Reads every file with `extension` from `<root>/<folder>/` of each root, in a stable order. */
export function readContentFiles(roots: string[], folder: 'articles' | 'questions', extension: string, cwd = process.cwd()): ContentFile[] {
	return roots.flatMap((root) => {
		const directory = join(root, folder);
		let names: string[];
		try {
			names = readdirSync(resolve(cwd, directory));
		} catch {
			return [];
		}
		return names
			.filter((name) => extname(name) === extension)
			.sort()
			.map((name) => ({
				id: basename(name, extension),
				file: `${directory}/${name}`,
				text: readFileSync(resolve(cwd, directory, name), 'utf8'),
			}));
	});
}
