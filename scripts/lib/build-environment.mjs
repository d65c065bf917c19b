// @ts-check
/**
 * Settings for the process that runs `astro build`, shared by `npm run build` (scripts/build.mjs)
 * and the benchmark (scripts/bench-build.mjs) so both build the same way.
 *
 * The bundler (Rolldown, native code) allocates with mimalloc, which by default keeps memory it
 * has freed for a while before giving it back to the system. While the catalog's entries are
 * bundled that is a few hundred megabytes held for nothing: with MIMALLOC_PURGE_DELAY=0 freed
 * memory is returned at once, and the peak of a 1,000-persona build drops from about 1.1 GB to
 * about 0.95 GB (BENCHMARKS.md). mimalloc reads the setting when the bundler's native module
 * loads, so it must be in the environment before Astro is imported. A value already set wins.
 * @param {NodeJS.ProcessEnv} env
 */
export function applyBuildEnvironment(env = process.env) {
	env.MIMALLOC_PURGE_DELAY ??= '0';
	return env;
}
