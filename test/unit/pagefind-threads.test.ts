import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { close } from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { pagefind } from '../../src/integrations/pagefind';

const outDir = mkdtempSync(join(tmpdir(), 'atlas-pagefind-'));
afterAll(async () => {
	await close();
	rmSync(outDir, { recursive: true, force: true });
});

/** The environment of this process's Pagefind service, read from /proc (Linux). */
function pagefindServiceEnvironment(): string[] | undefined {
	for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const [name, rest] = [
				stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
				stat.slice(stat.lastIndexOf(')') + 2),
			];
			if (name.startsWith('pagefind') && Number(rest.split(' ')[1]) === process.pid) {
				return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
			}
		} catch {
			// The process ended while the list was read.
		}
	}
	return undefined;
}

// Reading another process's environment needs /proc: Linux only, which is what CI runs.
describe.runIf(existsSync('/proc/self/environ'))('the Pagefind integration', () => {
	it('starts Pagefind with one parsing thread, leaving the rest of the build’s environment as it was', async () => {
		const before = process.env['RAYON_NUM_THREADS'];
		const hooks = pagefind().hooks;
		(hooks['astro:config:done'] as (options: unknown) => void)({
			config: { base: '/', outDir: pathToFileURL(`${outDir}/`) },
		});
		await (hooks['astro:build:start'] as (options: unknown) => Promise<void>)({ setPrerenderer: () => undefined });
		expect(pagefindServiceEnvironment()).toContain('RAYON_NUM_THREADS=1');
		expect(process.env['RAYON_NUM_THREADS']).toBe(before);
	});
});
