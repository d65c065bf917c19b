// @ts-check
/**
 * The build of a comparison site of the benchmark (the bare reference site,
 * scripts/lib/bench-reference.ts, or the floor site, scripts/lib/bench-floor.ts), run by
 * scripts/bench.ts under /usr/bin/time in that site's folder: `astro build`, then the Pagefind CLI
 * over its output, the way the reference point was measured. Astro and Pagefind are this
 * project's own copies. Exits with the first failing step's code.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @param {string} specifier */
const packageDir = (specifier) => dirname(fileURLToPath(import.meta.resolve(specifier)));
const astro = join(packageDir('astro/package.json'), 'bin', 'astro.mjs');
const pagefind = join(packageDir('pagefind'), 'runner', 'bin.cjs');
for (const args of [
	[astro, 'build'],
	[pagefind, '--site', 'dist'],
]) {
	const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}
