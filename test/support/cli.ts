import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The project root, where the scripts live. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs one of the npm scripts' TypeScript entry points (scripts/<name>.ts) the way `npm run`
 * does, in another folder, and returns its exit code and output.
 */
export function runScript(
	name: string,
	args: readonly string[],
	options: { cwd: string; env?: Record<string, string | undefined> },
) {
	const env: Record<string, string | undefined> = {
		...process.env,
		GITHUB_ACTIONS: undefined,
		ATLAS_TODAY: undefined,
		...options.env,
	};
	const result = spawnSync(`${projectRoot}node_modules/.bin/tsx`, [`${projectRoot}scripts/${name}.ts`, ...args], {
		cwd: options.cwd,
		encoding: 'utf8',
		env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<string, string>,
	});
	return {
		status: result.status,
		stdout: result.stdout,
		stderr: result.stderr,
		lines: result.stdout.split('\n').filter(Boolean),
	};
}
