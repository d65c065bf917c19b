import { entryOfFile } from './entry-file';

/**
 * The bundle chunk an entry's compiled MDX goes into: one chunk per collection
 * (`content-personas`), instead of the one chunk per entry the bundler makes for Astro's lazy
 * imports of entries. A catalog has hundreds or thousands of entries; every chunk costs the
 * bundler and then Node, which loads each chunk as a module while the pages render. Grouped, a
 * 1,000-persona build bundles about 1.5 s faster (BENCHMARKS.md).
 * @param moduleId The bundler's module id (an absolute path, maybe with a `?query`).
 * @param contentDir Absolute path of the content folder.
 * @returns The chunk name, or null for any other module (the bundler's own choice applies).
 */
export function contentChunkName(moduleId: string, contentDir: string): string | null {
	const entry = entryOfFile(moduleId.split('?')[0]!, contentDir);
	return entry ? `content-${entry.collection}` : null;
}
