import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';
import { hookConstants } from './src/pipeline/hook-constants.ts';

export default defineConfig({
	// The page's hooks as the build defines them (HOOK.name), for the browser code under test.
	define: hookConstants(),
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'node', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/browser/islands/**'], environment: 'node' },
			},
			// The islands' reactive helpers, inside Solid's createRoot, in a DOM of jsdom's.
			{
				extends: true,
				plugins: [solid()],
				resolve: { conditions: ['development', 'browser'] },
				test: { name: 'islands', include: ['tests/unit/browser/islands/**/*.test.{ts,tsx}'], environment: 'jsdom' },
			},
		],
	},
});
