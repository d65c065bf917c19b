import type { AstroIntegration } from 'astro';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkHere, checkInWorker, contentCheck } from '../../src/integrations/content-check';
import { contentCheckVerdict, setContentCheckVerdict } from '../../src/lib/content-check-gate';
import { formatProblem } from '../../src/lib/problems';

const fixtures = join(import.meta.dirname, '../fixtures/broken');
const root = mkdtempSync(join(tmpdir(), 'atlas-check-worker-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => setContentCheckVerdict(undefined));
cpSync(join(fixtures, 'catalog'), join(root, 'content'), { recursive: true });
cpSync(join(fixtures, 'faults', 'many-faults'), join(root, 'content'), { recursive: true });

/** Runs the integration's setup hook as Astro would, with a logger that records each line. */
function setUp(command: 'build' | 'dev') {
	const lines: string[] = [];
	const logger = {
		info: (message: string) => lines.push(`info ${message}`),
		warn: (message: string) => lines.push(`warn ${message}`),
		error: (message: string) => lines.push(`error ${message}`),
	};
	const integration: AstroIntegration = contentCheck({ contentDir: 'content' });
	const setup = integration.hooks['astro:config:setup'] as (options: unknown) => void;
	setup({ config: { root: pathToFileURL(`${root}/`) }, command, logger });
	return { lines, integration };
}

describe('the content check in a worker thread (astro build)', () => {
	it('reports exactly what the check reports on the main thread', async () => {
		const inWorker = await checkInWorker(root, 'content');
		const here = checkHere(root, 'content');
		expect(inWorker.checked).toBe(here.checked);
		expect(inWorker.problems.map(formatProblem)).toEqual(here.problems.map(formatProblem));
		expect(inWorker.problems.filter((p) => p.severity === 'error').length).toBeGreaterThanOrEqual(2);
		expect(inWorker.seconds).toBeGreaterThan(0);
	});

	it('reports a folder that does not exist as a problem, not a crash', async () => {
		const summary = await checkInWorker(root, 'no-such-folder');
		expect(summary.problems.map(formatProblem)).toEqual([
			expect.stringContaining('the content folder no-such-folder/ does not exist'),
		]);
	});

	it('logs the list once however many loaders wait for it, and fails every one of them', async () => {
		const { lines, integration } = setUp('build');
		const waits = await Promise.allSettled([contentCheckVerdict(), contentCheckVerdict(), contentCheckVerdict()]);
		expect(waits.map((w) => w.status)).toEqual(['rejected', 'rejected', 'rejected']);
		expect(String((waits[0] as PromiseRejectedResult).reason)).toMatch(
			/The content has \d+ problems .*no pages were built/,
		);
		const problems = checkHere(root, 'content').problems;
		expect(lines.filter((line) => !line.startsWith('info '))).toEqual(
			problems.map((p) => `${p.severity === 'error' ? 'error' : 'warn'} ${formatProblem(p)}`),
		);
		expect(lines.filter((line) => line.startsWith('info '))).toEqual([
			expect.stringMatching(
				/^info Checked \d+ entries in [\d.]+ s alongside Astro's setup; the build waited [\d.]+ s for it\.$/,
			),
		]);
		// astro:build:start asks once more, and fails the same way without logging again.
		const buildStart = integration.hooks['astro:build:start'] as (options: unknown) => Promise<void>;
		await expect(buildStart({})).rejects.toThrow('no pages were built');
		expect(lines).toHaveLength(problems.length + 1);
		(integration.hooks['astro:build:done'] as (options: unknown) => void)({});
		await expect(contentCheckVerdict()).resolves.toBeUndefined();
	});

	it('checks on the main thread in astro dev, logging problems without failing or leaving loaders waiting', async () => {
		const { lines } = setUp('dev');
		expect(lines[0]).toMatch(/^info Checked \d+ entries in [\d.]+ s\.$/);
		expect(lines.some((line) => line.startsWith('error '))).toBe(true);
		await expect(contentCheckVerdict()).resolves.toBeUndefined();
	});
});
