// Finds a Chromium for the browser tests: the CHROMIUM_PATH variable, Playwright's own browser, or the system's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface ChromiumChoice {
	/** The executable to launch; undefined means Playwright's own browser. */
	executablePath?: string;
	/** Where it came from, for the test log. */
	source: string;
}

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a system Chromium: no sandbox when running as root in a container, and no calls home. */
export const systemChromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function findChromium(): ChromiumChoice | undefined {
	const fromEnvironment = process.env.CHROMIUM_PATH;
	if (fromEnvironment) {
		return existsSync(fromEnvironment) ? { executablePath: fromEnvironment, source: 'CHROMIUM_PATH' } : undefined;
	}
	if (existsSync(chromium.executablePath())) return { source: "Playwright's own Chromium" };
	const system = systemPaths.find((path) => existsSync(path));
	return system ? { executablePath: system, source: 'system' } : undefined;
}
