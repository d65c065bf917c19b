import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkHere, checkInWorker } from '../../src/integrations/content-check';
import { formatProblem } from '../../src/lib/problems';

const fixtures = join(import.meta.dirname, '../fixtures/broken');
const root = mkdtempSync(join(tmpdir(), 'atlas-check-worker-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(fixtures, 'catalog'), join(root, 'content'), { recursive: true });
cpSync(join(fixtures, 'faults', 'many-faults'), join(root, 'content'), { recursive: true });

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
});
