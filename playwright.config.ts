import { defineConfig, devices } from '@playwright/test';
import { findChromium, systemChromiumFlags } from './scripts/chromium.ts';

// `npm test` picks a free port for each run, so two checkouts testing at once never share a server.
const port = Number(process.env.UNDERLINE_TEST_PORT ?? 4322);
// The same site built to be published under a sub-folder (dist-base/, see scripts/test.ts), on a port of its own.
const basePort = Number(process.env.UNDERLINE_TEST_BASE_PORT ?? 4323);
// The same site again with Russian as its interface language (dist-ru/), on a third port.
const russianPort = Number(process.env.UNDERLINE_TEST_RU_PORT ?? 4324);
const chromium = findChromium();

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: process.env.CI ? 2 : undefined,
	// Timeouts catch hangs, not slowness: on two shared cores a page with 26 questions can take seconds to answer in full.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		...devices['Desktop Chrome'],
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: chromium?.executablePath ? { executablePath: chromium.executablePath, args: systemChromiumFlags } : {},
	},
	// Every test runs in the light theme; the specs that run axe run again in the dark one, which has its own colours.
	projects: [
		{ name: 'light', testIgnore: /site-locale\.spec\.ts/ },
		{ name: 'dark', use: { colorScheme: 'dark' }, testMatch: /(accessibility|classroom|layout|results|results-screen|studio|variants)\.spec\.ts/ },
		{ name: 'base-path', use: { baseURL: `http://127.0.0.1:${basePort}/underline/` }, testMatch: /(reading|quiz)\.spec\.ts/ },
		{ name: 'russian-site', use: { baseURL: `http://127.0.0.1:${russianPort}/` }, testMatch: /site-locale\.spec\.ts/ },
	],
	// The test build (with the fixture site) is made by `npm test` before this runs; preview only serves it,
	// on its own port and beside any `npm start` server (--ignore-lock). A server already on the port may be another
	// checkout's, serving other code, so it is never reused: the run stops with "port already used" instead.
	webServer: [
		{
			command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
			env: { UNDERLINE_FIXTURES: '1' },
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: false,
			timeout: 120_000,
		},
		{
			command: `npx astro preview --host 127.0.0.1 --port ${basePort} --ignore-lock`,
			env: { UNDERLINE_FIXTURES: '1', UNDERLINE_BASE: '/underline/', UNDERLINE_OUT_DIR: './dist-base' },
			url: `http://127.0.0.1:${basePort}/underline/`,
			reuseExistingServer: false,
			timeout: 120_000,
		},
		{
			command: `npx astro preview --host 127.0.0.1 --port ${russianPort} --ignore-lock`,
			env: { UNDERLINE_FIXTURES: '1', UNDERLINE_LOCALE: 'ru', UNDERLINE_OUT_DIR: './dist-ru' },
			url: `http://127.0.0.1:${russianPort}/`,
			reuseExistingServer: false,
			timeout: 120_000,
		},
	],
});
