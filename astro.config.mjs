// @ts-check
import { defineConfig } from 'astro/config';
import { hookConstants } from './src/pipeline/hook-constants.ts';
import { contentCheck } from './src/pipeline/integration.ts';
import { plainDynamicImports } from './src/pipeline/plain-dynamic-imports.ts';
import { printWords } from './src/pipeline/print-words.ts';
import { layerOrder } from './src/pipeline/style-layers.ts';
import { solidIslands } from './src/pipeline/solid-islands.ts';
import { studioKit } from './src/pipeline/studio-kit.ts';

// The test build includes the fixture site owned by the tests; it goes to its own folder so it never mixes with the real one.
const testBuild = process.env.UNDERLINE_FIXTURES === '1';
// `npm run bench` builds a generated bank from a content folder of its own, into an output folder of its own.
const benchContent = process.env.UNDERLINE_CONTENT_ROOT;

export default defineConfig({
	site: 'http://127.0.0.1:4321',
	// Published under a sub-folder (say /underline/), every address the site writes starts with it: see sitePath.
	base: process.env.UNDERLINE_BASE ?? '/',
	outDir: process.env.UNDERLINE_OUT_DIR ?? (testBuild ? './dist-test' : './dist'),
	// Links are written with a final slash, but an address typed or shared without it still reaches its page.
	trailingSlash: 'ignore',
	// src/ has three wings: core/ runs anywhere, pipeline/ in Node only, browser/ is everything that ships (docs/architecture.md).
	integrations: [
		contentCheck({ roots: benchContent ? [benchContent] : testBuild ? ['content', 'tests/fixtures/site'] : ['content'] }),
		solidIslands(),
		studioKit(),
	],
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
		// Each hook as a constant, HOOK.name, so scripts carry only the strings they use (src/pipeline/hook-constants.ts).
		define: hookConstants(),
		plugins: [plainDynamicImports(), printWords(), layerOrder()],
		build: {
			rolldownOptions: {
				// Chunks follow folders. Every island on an article page needs the Solid runtime, the stores and the quiz
				// (src/browser/islands/, quiz/, stores/), so they travel as one chunk, which code loaded on demand shares.
				// What other pages share with it (the parts of the core that pages use: the contract but for its hooks, which
				// scripts use as constants and the studio's renderers as a module, the filling in of messages
				// and the shuffles; src/browser/shared/; and the helper that loads code on demand, see plain-dynamic-imports.ts) has a
				// small chunk of its own: otherwise those pages would load the quiz chunk to get it. Code loaded on demand
				// (src/browser/questions/, teaching/, results/, highlight/, lms/) is in neither, and nor is the studio's (its editor, and the core's
				// schemas and checks, zod among them), which its page alone loads.
				output: {
					codeSplitting: {
						groups: [
							{ name: 'shared', test: /preload-helper|\/src\/core\/(contract\/(?!hooks)|messages\/format|shuffle)|\/src\/browser\/shared\//, priority: 2 },
							// The article page's script that mounts the islands stays in that page's own entry: a chunk's modules all run
							// when it loads, and the studio loads this chunk for Solid and the stores.
							{ name: 'quiz', test: /solid-js|nanostores|\/src\/browser\/(islands\/(?!mount\.)|quiz\/|stores\/)/ },
						],
					},
				},
			},
		},
	},
});
