/**
 * Runs an Astro command with the environment `npm run build` would have. Vitest sets
 * NODE_ENV=test and mirrors import.meta.env into process.env (BASE_URL "/", DEV, MODE, …);
 * Astro builds inside a test process would otherwise bundle `import.meta.env.DEV` as true and
 * prerender every `href()` without the base path.
 * @param env Variables to set for the command (e.g. BASE_PATH); restored afterwards.
 */
export async function withBuildEnv<T>(run: () => Promise<T>, env: Record<string, string> = {}): Promise<T> {
	const changes: Record<string, string | undefined> = {
		NODE_ENV: 'production',
		BASE_URL: undefined,
		DEV: undefined,
		PROD: undefined,
		MODE: undefined,
		SSR: undefined,
		...env,
	};
	const saved = Object.fromEntries(Object.keys(changes).map((key) => [key, process.env[key]]));
	const apply = (values: Record<string, string | undefined>) => {
		for (const [key, value] of Object.entries(values)) {
			if (value === undefined) delete process.env[key];
			else process.env[key] = value;
		}
	};
	apply(changes);
	try {
		return await run();
	} finally {
		apply(saved);
	}
}
