// `npm run lint`: ESLint at zero warnings, then knip. Both run in `npm test`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Content is text, never markup: nothing may parse a string as HTML. */
const noMarkup = [
	{ selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Content is text, never markup: use textContent.' },
	{ selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Content is text, never markup: build elements instead.' },
	{ selector: "JSXAttribute[name.name=/^(innerHTML|outerHTML|set:html)$/]", message: 'Content is text, never markup: render it as text.' },
];

export default defineConfig(
	{ ignores: ['dist/', 'dist-test/', 'dist-base/', 'packages/', 'exports/', '.astro/', 'node_modules/', 'test-results/', 'reports/', 'playwright-report/', 'bench/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{ files: ['src/browser/islands/**/*.tsx'], ...solid },
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-restricted-syntax': ['error', ...noMarkup],
			'astro/no-set-html-directive': 'error',
			// A leading underscore marks a parameter that is there for its position only.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
);
