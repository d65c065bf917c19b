// @ts-check
/**
 * `npm run build`: `astro build` (any arguments are passed on) in the environment of
 * scripts/lib/build-environment.mjs. Astro runs in a child process because the environment has
 * to be in place before its bundler loads.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { applyBuildEnvironment } from './lib/build-environment.mjs';

const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const astro = join(dirname(astroPackage), 'bin', 'astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: applyBuildEnvironment({ ...process.env }),
});
if (result.error) console.error(`Could not run astro build: ${result.error.message}`);
process.exit(result.status ?? 1);
