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
	{ ignores: ['dist/', 'dist-test/', 'dist-base/', 'dist-ru/', 'packages/', 'exports/', '.astro/', 'node_modules/', 'test-results/', 'reports/', 'playwright-report/', 'bench/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{ files: ['src/browser/**/*.tsx'], ...solid },
	// Each wing sees the globals of where it runs: the core neither the browser's nor Node's, which its tsconfig also
	// refuses; the browser no Node; the pipeline, scripts, tests and configs Node.
	{ languageOptions: { globals: globals.node } },
	{ files: ['src/browser/**', 'src/components/**', 'src/pages/**', 'src/layouts/**'], languageOptions: { globals: globals.browser } },
	{
		files: ['src/core/**'],
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-globals': [
				'error',
				...['document', 'window', 'navigator', 'localStorage', 'location', 'process', 'Buffer'].map((name) => ({
					name,
					message: 'The core runs in Node and in a browser alike: take what you need as an argument.',
				})),
			],
			'no-restricted-imports': ['error', { patterns: [{ regex: '^node:', message: 'The core imports no Node module.' }] }],
		},
	},
	{
		files: ['src/browser/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^node:', message: 'What ships imports no Node module.' }] }] },
	},
	{
		rules: {
			'no-restricted-syntax': ['error', ...noMarkup],
			'astro/no-set-html-directive': 'error',
			// A leading underscore marks a parameter that is there for its position only.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
);
