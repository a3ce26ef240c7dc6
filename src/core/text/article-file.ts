import { parseYaml, type YamlSource } from './yaml-source.ts';

/** An article file split into its frontmatter (parsed, with lines) and its body. */
export interface ArticleFileParts {
	frontmatter: YamlSource;
	body: string;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits `---`-fenced YAML frontmatter from the body. A file without it has empty frontmatter, which validation then reports. */
export function parseArticleFile(text: string, file: string): ArticleFileParts {
	const match = text.match(frontmatterPattern);
	// Frontmatter starts on line 2, after the opening fence.
	const frontmatter = parseYaml(match?.[1] ?? '', file, 2);
	return { frontmatter, body: match ? text.slice(match[0].length) : text };
}
