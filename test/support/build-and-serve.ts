import { build, preview } from 'astro';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { withBuildEnv } from './build-env';

const root = fileURLToPath(new URL('../../', import.meta.url));

declare module 'vitest' {
	export interface ProvidedContext {
		/** Address of the preview server, ending in the base path, e.g. http://127.0.0.1:41234/ */
		baseUrl: string;
		/** Absolute path of the built site. */
		distDir: string;
	}
}

/** Builds the site once (skip with SKIP_BUILD=1 when dist/ is fresh) and serves it for the run. */
export default async function setup(project: TestProject) {
	process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
	if (!process.env['SKIP_BUILD']) await withBuildEnv(() => build({ root, logLevel: 'warn' }));
	const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
	const base = process.env['BASE_PATH'] ?? '/';
	project.provide('baseUrl', `http://127.0.0.1:${server.port}${base.endsWith('/') ? base : `${base}/`}`);
	project.provide('distDir', `${root}dist`);
	return async () => {
		await server.stop();
	};
}
