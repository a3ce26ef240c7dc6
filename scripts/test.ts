// `npm test`: validation, type check, lint (ESLint, stylelint, knip), unit tests, the test build and the browser tests, then one line of totals.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium } from './chromium.ts';

const started = Date.now();
let passed = 0;
let failed = 0;

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
	console.log(`\n▶ ${[command, ...args].join(' ')}`);
	return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

/** A step that is not a test suite counts as one check. */
function step(command: string, args: string[], env: Record<string, string> = {}): boolean {
	const ok = run(command, args, env);
	if (ok) passed++;
	else failed++;
	return ok;
}

/** A test suite counts its tests, read from its JSON report; a suite that could not report counts as one failure. */
function suite<Report>(
	report: string,
	command: string,
	args: string[],
	count: (json: Report) => { passed: number; failed: number },
	env = {},
): void {
	rmSync(report, { force: true });
	const ok = run(command, args, env);
	if (!existsSync(report)) {
		failed++;
		return;
	}
	const totals = count(JSON.parse(readFileSync(report, 'utf8')));
	passed += totals.passed;
	// A suite can fail outside any test (a crash, a hook): that must not read as all green.
	failed += totals.failed || (ok ? 0 : 1);
}

/** A port no one is listening on right now, for this run's preview server. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

function ensureChromium(): boolean {
	let chromium = findChromium();
	if (!chromium && process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		console.log('No Chromium found: installing Debian’s chromium package with apt-get.');
		run('sh', ['-c', 'apt-get update && apt-get install -y chromium']);
		chromium = findChromium();
	}
	if (!chromium) {
		console.error(
			[
				'No Chromium found for the browser tests. Any one of these fixes it:',
				'  npx playwright install chromium              (Playwright’s own browser)',
				'  sudo apt-get install chromium                (Debian or Ubuntu)',
				'  CHROMIUM_PATH=/path/to/chromium npm test     (a Chromium or Chrome you already have)',
			].join('\n'),
		);
		return false;
	}
	console.log(`Browser tests use ${chromium.executablePath ?? 'Playwright’s own Chromium'} (${chromium.source}).`);
	return true;
}

step('npm', ['run', '--silent', 'validate']);
// astro check, then each wing against its own tsconfig: the core with no DOM and no Node, the browser with no Node.
step('npm', ['run', '--silent', 'check']);
step('npx', ['eslint', '--max-warnings', '0', '.']);
// Every stylesheet and .astro <style> block: duplicate selectors, raw values where a token exists (stylelint.config.mjs).
step('npx', ['stylelint', '--max-warnings', '0', '**/*.{css,astro}']);
step('npx', ['knip']);
suite(
	'test-results/unit.json',
	'npx',
	['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'],
	(json: { numPassedTests: number; numFailedTests: number }) => ({
		passed: json.numPassedTests,
		failed: json.numFailedTests,
	}),
);
const fixtures = { UNDERLINE_FIXTURES: '1' };
// The same site again, as published under a sub-folder: the base-path tests read and answer it.
const underBase = { ...fixtures, UNDERLINE_BASE: '/underline/', UNDERLINE_OUT_DIR: './dist-base' };
// And once more with Russian as the site's interface language: the russian-site tests use it.
const inRussian = { ...fixtures, UNDERLINE_LOCALE: 'ru', UNDERLINE_OUT_DIR: './dist-ru' };
if (step('npx', ['astro', 'build'], fixtures) && step('npx', ['astro', 'build'], underBase) && step('npx', ['astro', 'build'], inRussian) && ensureChromium()) {
	const ports: number[] = [];
	while (ports.length < 3) {
		const candidate = await freePort();
		if (!ports.includes(candidate)) ports.push(candidate);
	}
	const [port, basePort, russianPort] = ports;
	suite(
		'test-results/e2e.json',
		'npx',
		['playwright', 'test'],
		(json: { stats: { expected: number; flaky: number; unexpected: number } }) => ({
			passed: json.stats.expected + json.stats.flaky,
			failed: json.stats.unexpected,
		}),
		{ ...fixtures, UNDERLINE_TEST_PORT: String(port), UNDERLINE_TEST_BASE_PORT: String(basePort), UNDERLINE_TEST_RU_PORT: String(russianPort) },
	);
} else {
	failed++;
}

console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(1)} s (validate, astro check and build count as one check each).`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
