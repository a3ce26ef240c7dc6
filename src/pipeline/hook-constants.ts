import * as hooks from '../core/contract/hooks.ts';

/**
 * The page's hooks as build-time constants, `HOOK.island` → `"data-island"`, for Vite's `define`: browser code names a
 * hook as `HOOK.name` (typed by the contract, see src/virtual-modules.d.ts) and ships only the strings it uses, with no
 * module of hooks loaded at run time. Used by the build (astro.config.mjs) and the unit tests (vitest.config.ts).
 */
export const hookConstants = () =>
	Object.fromEntries(
		Object.entries(hooks)
			.filter(([, value]) => typeof value === 'string')
			.map(([name, value]) => [`HOOK.${name}`, JSON.stringify(value)]),
	);
