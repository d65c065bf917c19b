import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/check-content';
import { contentDir } from '../lib/content-dir';
import { formatProblem } from '../lib/problems';

/**
 * Runs the content check before Astro loads any content. Astro's own `reference()` handling only
 * logs a dangling reference; this fails the build instead, listing every problem at once.
 * In `astro dev` problems are logged and the server keeps running so writers can fix them live.
 */
export function contentCheck(options: { contentDir?: string } = {}): AstroIntegration {
	return {
		name: 'persona-atlas:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const started = performance.now();
				const { entries, problems } = checkContent(root, options.contentDir ?? contentDir());
				// The check reads every entry before Astro does; its share of the build is worth seeing (BENCHMARKS.md).
				logger.info(`Checked ${entries.length} entries in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
				const errors = problems.filter((p) => p.severity === 'error');
				for (const problem of problems) {
					(problem.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(problem));
				}
				if (errors.length > 0 && command === 'build') {
					const error = new AstroError(
						`The content has ${errors.length} problem${errors.length === 1 ? '' : 's'} (listed above); no pages were built.`,
						'Fix each file and field named above, then build again. `npm run check` lists the same problems without building.',
					);
					// The list above is the message; a stack trace would only point into this integration.
					error.stack = '';
					throw error;
				}
			},
		},
	};
}
