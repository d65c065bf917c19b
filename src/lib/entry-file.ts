import { isAbsolute, relative } from 'node:path';
import { collectionNames, idPattern, type CollectionName } from '../schemas/shared';

/** Where an MDX file sits in the content folder. */
export interface ContentEntryRef {
	collection: CollectionName;
	id: string;
}

/**
 * The entry a file is, when it is an entry: `<contentDir>/<collection>/<id>.mdx`. Anything else
 * (pages, files in other folders, drafts starting with `_`) is undefined.
 */
export function entryOfFile(path: string, contentDir: string): ContentEntryRef | undefined {
	const inside = relative(contentDir, path);
	if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
	const [collection, file, ...rest] = inside.split(/[\\/]/);
	if (rest.length > 0 || !file?.endsWith('.mdx')) return undefined;
	const id = file.slice(0, -'.mdx'.length);
	if (!collectionNames.includes(collection as CollectionName) || !idPattern.test(id)) return undefined;
	return { collection: collection as CollectionName, id };
}
