import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkContent } from '../lib/check-content';
import { setContentCheckVerdict, type ContentCheckVerdict } from '../lib/content-check-gate';
import { contentDir } from '../lib/content-dir';
import { formatProblem, type Problem } from '../lib/problems';

/** What the integration needs from a run of the check. */
interface CheckSummary {
	/** Entry files checked, valid or not. */
	checked: number;
	problems: Problem[];
	/** How long the check took, loading included when it ran in a worker. */
	seconds: number;
}

/** Runs the check on this thread. */
export function checkHere(root: string, dir: string): CheckSummary {
	const started = performance.now();
	const { checked, problems } = checkContent(root, dir);
	return { checked, problems, seconds: (performance.now() - started) / 1000 };
}

/** Runs the check in a worker thread (content-check-worker.mjs). */
export function checkInWorker(root: string, dir: string): Promise<CheckSummary> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./content-check-worker.mjs', import.meta.url), {
			workerData: { checkModule: new URL('../lib/check-content.ts', import.meta.url).href, root, contentDir: dir },
		});
		worker.once('message', (summary: CheckSummary) => {
			resolve(summary);
			void worker.terminate();
		});
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`it stopped with exit code ${code} before reporting`)));
	});
}

/** Logs every problem the check found, errors and warnings. */
function logProblems(summary: CheckSummary, logger: AstroIntegrationLogger) {
	for (const problem of summary.problems) {
		(problem.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(problem));
	}
}

/** Stops the build when the check found errors: one error, the list above as its message, no stack trace. */
function failOnErrors(summary: CheckSummary) {
	const errors = summary.problems.filter((p) => p.severity === 'error').length;
	if (errors === 0) return;
	const error = new AstroError(
		`The content has ${errors} problem${errors === 1 ? '' : 's'} (listed above); no pages were built.`,
		'Fix each file and field named above, then build again. `npm run check` lists the same problems without building.',
	);
	// The list above is the message; a stack trace would only point into this integration.
	error.stack = '';
	throw error;
}

const seconds = (value: number) => `${value.toFixed(1)} s`;

/**
 * Runs the content check, which fails the build listing every problem at once (Astro's own
 * `reference()` handling, for one, only logs a dangling reference). In `astro build` the check
 * runs in a worker thread while Astro starts up and loads the content, and the collections'
 * loaders wait for its verdict (src/lib/content-check-gate.ts): about 0.9 s of a 1,000-persona
 * build that Astro's single thread no longer waits for (BENCHMARKS.md). Elsewhere (`astro dev`,
 * `astro sync`) it runs before Astro loads any content, and problems are logged while the dev
 * server keeps running, so writers can fix them live.
 */
export function contentCheck(options: { contentDir?: string } = {}): AstroIntegration {
	let verdict: ContentCheckVerdict | undefined;
	return {
		name: 'persona-atlas:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const dir = options.contentDir ?? contentDir();
				if (command !== 'build') {
					const summary = checkHere(root, dir);
					logger.info(`Checked ${summary.checked} entries in ${seconds(summary.seconds)}.`);
					logProblems(summary, logger);
					return;
				}
				const pending = checkInWorker(root, dir).catch((error: unknown) => {
					const reason = error instanceof Error ? error.message : String(error);
					logger.warn(`The content check could not run in a worker thread (${reason}); running it here instead.`);
					return checkHere(root, dir);
				});
				let reported = false;
				// Every loader asks for the verdict, and build:start once more; the list is logged once.
				verdict = async () => {
					const waitFrom = performance.now();
					const summary = await pending;
					if (!reported) {
						reported = true;
						// The check's share of the build is worth seeing (BENCHMARKS.md): how long it ran, and how
						// long the build stood still for it.
						const waited = (performance.now() - waitFrom) / 1000;
						logger.info(
							`Checked ${summary.checked} entries in ${seconds(summary.seconds)} alongside Astro's setup; the build waited ${seconds(waited)} for it.`,
						);
						logProblems(summary, logger);
					}
					failOnErrors(summary);
				};
				setContentCheckVerdict(verdict);
			},
			// The loaders have waited for the verdict already; this covers a build whose loaders never ran.
			'astro:build:start': async () => {
				await verdict?.();
			},
			'astro:build:done': () => {
				setContentCheckVerdict(undefined);
			},
		},
	};
}
