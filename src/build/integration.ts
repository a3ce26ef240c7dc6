import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent } from './check/check-content.ts';
import { contentRoots, readContentFiles } from './load/content-files.ts';
import { formatProblem, formatReport } from './check/problem.ts';

/** Runs the content checker before Astro builds, checks or serves anything, so bad content never ships. */
export function contentCheck(): AstroIntegration {
	return {
		name: 'underline:content-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const roots = contentRoots();
				const { problems, warnings } = checkContent(
					readContentFiles(roots, 'articles', '.md'),
					readContentFiles(roots, 'questions', '.yaml'),
				);
				for (const warning of warnings) logger.warn(formatProblem(warning));
				if (problems.length === 0) return;
				const error = new AstroError(`\n${formatReport(problems)}`, 'Fix them, then run `npm run validate` to check again.');
				// The report says where every problem is; a stack trace of the checker would only bury it.
				error.stack = '';
				throw error;
			},
		},
	};
}
