// @ts-check
/**
 * Settings for the process that runs `astro build`, shared by `npm run build` (scripts/build.mjs)
 * and the benchmark (scripts/bench-build.mjs) so both build the same way.
 *
 * The bundler (Rolldown, native code) allocates with mimalloc, which by default keeps memory it
 * has freed for a while before giving it back to the system (MIMALLOC_PURGE_DELAY), and commits
 * each new arena of memory whole as soon as it reserves it (MIMALLOC_ARENA_EAGER_COMMIT). While
 * the catalog's entries are bundled that is a few hundred megabytes held for nothing: with both
 * off, the peak of a 1,000-persona build drops from about 1.18 GB to about 0.86 GB, in the same
 * time (BENCHMARKS.md). mimalloc reads the settings when the bundler's native module loads, so
 * they must be in the environment before Astro is imported. Values already set win.
 * @param {NodeJS.ProcessEnv} env
 */
export function applyBuildEnvironment(env = process.env) {
	env.MIMALLOC_PURGE_DELAY ??= '0';
	env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';
	return env;
}
