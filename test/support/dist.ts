import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inject } from 'vitest';

/** The built site: HTML pages by site path (`/personas/ada/`) and every other file's site path. */
export function readDist(distDir = inject('distDir'), base = process.env['BASE_PATH'] ?? '/') {
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	const pages = new Map<string, string>();
	const files = new Set<string>();
	const walk = (dir: string) => {
		for (const item of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, item.name);
			if (item.isDirectory()) {
				walk(path);
				continue;
			}
			const sitePath = `${prefix}/${relative(distDir, path).split('\\').join('/')}`;
			if (item.name.endsWith('.html')) {
				pages.set(
					item.name === 'index.html' ? sitePath.slice(0, -'index.html'.length) : sitePath,
					readFileSync(path, 'utf8'),
				);
			}
			files.add(sitePath);
		}
	};
	walk(distDir);
	return { pages, files, prefix };
}
