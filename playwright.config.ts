import { defineConfig, devices } from '@playwright/test';
import { findChromium, systemChromiumFlags } from './scripts/chromium.ts';

const port = 4322;
const chromium = findChromium();

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		...devices['Desktop Chrome'],
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: chromium?.executablePath ? { executablePath: chromium.executablePath, args: systemChromiumFlags } : {},
	},
	// The test build (with the fixture site) is made by `npm test` before this runs; preview only serves it,
	// on its own port and beside any `npm start` server (--ignore-lock).
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
		env: { UNDERLINE_FIXTURES: '1' },
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
