import stylelint from 'stylelint';
import { expect, test } from 'vitest';

/** What the project's stylelint setup says of `code`, as "rule: message" lines. */
async function lint(code: string): Promise<string[]> {
	const { results } = await stylelint.lint({ code, codeFilename: 'src/browser/islands/Example.css', configFile: 'stylelint.config.mjs' });
	return results[0]!.warnings.map(({ rule, text }) => `${rule}: ${text.replace(` (${rule})`, '')}`);
}

test('a raw value that a token of the property’s family names must be the token', async () => {
	expect(await lint('.a { margin: 0.5rem 0.75rem; border-radius: 0.5rem; font-size: 0.875rem; }')).toEqual([
		'underline/token-values: 0.5rem in margin is a token: write var(--space-2).',
		'underline/token-values: 0.5rem in border-radius is a token: write var(--radius-m).',
		'underline/token-values: 0.875rem in font-size is a token: write var(--step--1).',
	]);
});

test('values no token names, tokens, fallbacks and values of another family pass', async () => {
	expect(await lint('.a { margin: 0.75rem var(--space-2); padding: var(--gap, 1rem); width: 0.5rem; height: 1rem; }')).toEqual([]);
});

test('a selector written twice in one file, and a colour that is not a token, are refused', async () => {
	expect(await lint('.a { color: #123456; }\n.b { color: red; }\n.a { margin: 0; }')).toEqual([
		'color-named: Disallowed named color "red"',
		'color-no-hex: Disallowed hex color "#123456"',
		'no-duplicate-selectors: Duplicate selector ".a", first used at line 1',
	]);
});
