// @ts-check
/**
 * One benchmark build, run by scripts/bench.ts in a child process so its time and memory can
 * be measured on their own: `astro build` with the site's own astro.config.mjs (CONTENT_DIR
 * picks the catalog), into `outDir`, with a cache folder of its own so every build starts cold
 * and no other build's cache leaks in. Usage: node scripts/bench-build.mjs <outDir> <cacheDir> <statsFile>
 */
import { writeFileSync } from 'node:fs';
import { applyBuildEnvironment } from './lib/build-environment.mjs';

const [outDir, cacheDir, statsFile] = process.argv.slice(2);
if (!outDir || !cacheDir || !statsFile) {
	console.error('Usage: node scripts/bench-build.mjs <outDir> <cacheDir> <statsFile>');
	process.exit(2);
}
// The peak memory of this process as Node counts it: the fallback when /usr/bin/time is missing.
process.on('exit', (code) => {
	writeFileSync(statsFile, JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }));
});
// The same environment as `npm run build`, in place before Astro (and its bundler) loads.
applyBuildEnvironment();
const { build } = await import('astro');
await build({ root: process.cwd(), outDir, cacheDir });
