import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runScript } from '../support/cli';

/** The benchmark's commands as a newcomer types them, mistakes included. Nothing here builds a site. */
vi.setConfig({ testTimeout: 60_000 });
const temp = mkdtempSync(join(tmpdir(), 'atlas-bench-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('npm run bench', () => {
	it.each([
		[['--size', '1000'], "Unknown option '--size'"],
		[['1000'], "Unexpected argument '1000'"],
		[['--sizes', 'abc'], '--sizes: "abc" is not a whole number of personas (at least 1).'],
		[['--sizes', '1000,'], '--sizes: "" is not a whole number of personas (at least 1).'],
		[['--repeat', '0'], '--repeat: "0" is not a whole number (at least 1).'],
		[['--seed', 'x'], '--seed: "x" is not a whole number.'],
	])('refuses %j with the reason and the usage, and builds nothing', (args, reason) => {
		const result = runScript('bench', args, { cwd: temp });
		expect(result.status).toBe(2);
		const lines = result.stderr.trim().split('\n');
		expect(lines[0]).toContain(reason);
		expect(lines[1]).toMatch(/^Usage: npm run bench -- /);
		expect(lines).toHaveLength(2);
		expect(existsSync(join(temp, '.bench'))).toBe(false);
	});

	it('prints the usage for --help', () => {
		const result = runScript('bench', ['--help'], { cwd: temp });
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Usage: npm run bench -- \[--sizes/);
	});
});

describe('npm run bench:generate', () => {
	it('writes the catalog and says how to build it the way the benchmark does', () => {
		const out = join(temp, 'catalog');
		const result = runScript('bench-generate', ['--personas', '10', '--out', out], { cwd: temp });
		expect(result.status).toBe(0);
		expect(readdirSync(join(out, 'personas')).filter((name) => name.endsWith('.mdx'))).toHaveLength(10);
		expect(result.lines.at(-1)).toBe(`Build it with: CONTENT_DIR=${out} npm run build -- --outDir ${out}-dist`);
	});
});
