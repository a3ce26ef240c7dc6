import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { ContentFile } from '../../core/check/content-file.ts';

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
