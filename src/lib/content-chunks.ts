import { isAbsolute, relative } from 'node:path';
import { collectionNames, type CollectionName } from '../schemas/shared';

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
	const file = moduleId.split('?')[0]!;
	if (!file.endsWith('.mdx')) return null;
	const inside = relative(contentDir, file);
	if (inside.startsWith('..') || isAbsolute(inside)) return null;
	const [collection, name, ...rest] = inside.split(/[\\/]/);
	if (!name || rest.length > 0 || !collectionNames.includes(collection as CollectionName)) return null;
	return `content-${collection}`;
}
