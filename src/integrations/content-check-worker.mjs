// @ts-check
/**
 * Runs the content check (src/lib/check-content.ts) in a worker thread for the content-check
 * integration, so that it takes a core Astro's setup leaves idle instead of holding up the build.
 * The check is TypeScript, loaded through tsx as `npm run check` loads it. Posts
 * `{ checked, problems, seconds }`; the integration formats and reports them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

const started = performance.now();
register();
/** @type {{ checkModule: string, root: string, contentDir: string }} */
const { checkModule, root, contentDir } = workerData;
/** @type {typeof import('../lib/check-content')} */
const { checkContent } = await import(checkModule);
const report = checkContent(root, contentDir);
parentPort?.postMessage({
	checked: report.checked,
	problems: report.problems,
	seconds: (performance.now() - started) / 1000,
});
