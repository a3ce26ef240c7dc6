import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { ContentCheck } from '../core/check/check-content.ts';
import { formatProblem, formatReport } from '../core/check/problem.ts';
import { checkContentOnce } from './load/checked-content.ts';

export interface ContentCheckOptions {
	/** The folders content is read from, each holding `articles/` and `questions/`. The test build adds its fixture site. */
	roots?: string[];
}

/** Runs the content checker before Astro builds, checks or serves anything, so bad content never ships. */
export function contentCheck({ roots = ['content'] }: ContentCheckOptions = {}): AstroIntegration {
	return {
		name: 'underline:content-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const check = checkContentOnce(roots);
				for (const warning of check.warnings) logger.warn(formatProblem(warning));
				failOnProblems(check);
			},
		},
	};
}

/** Stops the build with every problem listed, and no stack trace: the report says where each problem is. */
export function failOnProblems({ problems }: ContentCheck): void {
	if (problems.length === 0) return;
	const error = new AstroError(`\n${formatReport(problems)}`, 'Fix them, then run `npm run validate` to check again.');
	error.stack = '';
	throw error;
}
