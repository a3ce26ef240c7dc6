// @ts-check
import solid from '@astrojs/solid-js';
import solidCompiler from 'vite-plugin-solid';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/build/integration.ts';

// The test build includes the fixture site owned by the tests; it goes to its own folder so it never mixes with the real one.
const testBuild = process.env.UNDERLINE_FIXTURES === '1';
// The two wings of src/: build/ runs in Node only; browser/ is everything that ships. Islands live in browser/islands/.
const islands = 'src/browser/islands/**';

export default defineConfig({
	site: 'http://127.0.0.1:4321',
	outDir: testBuild ? './dist-test' : './dist',
	// Links are written with a final slash, but an address typed or shared without it still reaches its page.
	trailingSlash: 'ignore',
	// The islands are all client:only: they render in the browser and never hydrate server
	// HTML. So they are compiled without hydration markers, which the Solid integration would add for every
	// component and which cost about 1 KB gzip. Using one of them with another client: directive would break it.
	integrations: [contentCheck({ roots: testBuild ? ['content', 'tests/fixtures/site'] : ['content'] }), solid({ exclude: [islands] })],
	server: { host: '127.0.0.1', port: 4321 },
	build: { inlineStylesheets: 'always' },
	// Article text is rendered as plain text, never through Markdown, so no highlighter is needed.
	markdown: { syntaxHighlight: false },
	security: {
		// Astro hashes its own scripts and styles into script-src and style-src. Everything else is shut:
		// with connect-src 'none' the browser itself guarantees that no answer leaves the device.
		csp: {
			directives: ["default-src 'none'", "img-src 'self'", "connect-src 'none'", "base-uri 'none'", "form-action 'none'"],
		},
	},
	vite: {
		plugins: [solidCompiler({ include: [islands], ssr: false })],
		build: {
			rolldownOptions: {
				// Every island on an article page needs the Solid runtime, the stores and the quiz, so they travel as one
				// chunk: one request, and one gzip stream that compresses about 1 KB better than five separate files.
				// Page scripts stay out: their top-level code must run only on their own page.
				output: { codeSplitting: { groups: [{ name: 'runtime', test: /node_modules|\/src\/(browser\/|island-props)/ }] } },
			},
		},
	},
});
