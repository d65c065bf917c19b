/**
 * Runs `start` with `variables` added to this process's environment, for a child process that
 * `start` spawns and that reads its settings from the environment (Pagefind's service, for
 * one, takes no options for them). Variables already set keep their value, and the
 * environment is restored as soon as `start` returns: the child keeps the copy it was given.
 */
export function withChildEnvironment<T>(variables: Readonly<Record<string, string>>, start: () => T): T {
	const env = process.env;
	const added = Object.keys(variables).filter((name) => env[name] === undefined);
	for (const name of added) env[name] = variables[name];
	try {
		return start();
	} finally {
		for (const name of added) delete env[name];
	}
}
