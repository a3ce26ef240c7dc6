import type { AstroIntegration } from 'astro';
import solid from 'vite-plugin-solid';

/** The folder of the islands, which compile to client-side Solid code. */
const islands = 'src/browser/islands/**';

/**
 * Solid islands, compiled for the browser only. The article page mounts them from its own script
 * (src/browser/islands/mount.ts), so Astro needs no renderer for them, and client-only code needs no hydration
 * markers, which would cost about 1 KB gzip.
 */
export function solidIslands(): AstroIntegration {
	return {
		name: 'underline:solid-islands',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [solid({ include: [islands], ssr: false })] } });
			},
		},
	};
}
