import { defineConfig } from 'vitest/config';
import { hookConstants } from './src/pipeline/hook-constants.ts';

export default defineConfig({
	// The page's hooks as the build defines them (HOOK.name), for the browser code under test.
	define: hookConstants(),
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
	},
});
