import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { contentDir } from './content-dir';
import { startHereFile } from './start-here';

/** The id of the one entry the `startHere` collection holds. */
export const startHereId = 'path';

/**
 * A content-layer loader for the onboarding path, `<content>/start-here.yaml`: one entry, the
 * whole file, validated by the collection's schema (src/schemas/start-here.ts) and reloaded
 * when the file changes in `astro dev`. A missing file is an empty collection (the content
 * check warns about it) and a broken one is left to the check, which names line and field.
 */
export function startHereLoader(dir: string = contentDir()): Loader {
	return {
		name: 'persona-atlas:start-here',
		async load(context: LoaderContext) {
			const path = resolve(fileURLToPath(context.config.root), dir, startHereFile);
			const sync = async () => {
				let text: string;
				try {
					text = await readFile(path, 'utf8');
				} catch {
					context.store.clear();
					return;
				}
				const data = (parse(text) ?? {}) as Record<string, unknown>;
				context.store.clear();
				context.store.set({ id: startHereId, data: await context.parseData({ id: startHereId, data }) });
			};
			await sync();
			context.watcher?.add(path);
			context.watcher?.on('change', (changed) => {
				if (changed === path) void sync();
			});
		},
	};
}
