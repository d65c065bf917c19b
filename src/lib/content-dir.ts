import { isAbsolute } from 'node:path';

/**
 * The folder the catalog is built from: `content` unless the CONTENT_DIR environment variable
 * names another (the benchmark and fixture builds use it), relative to the project root or
 * absolute. Forward slashes, no trailing slash.
 */
export function contentDir(): string {
	return (process.env['CONTENT_DIR'] ?? 'content').replace(/\\/g, '/').replace(/(.)\/+$/, '$1');
}

/**
 * Where the glob loader finds a collection: `./content/personas`, or the absolute folder when
 * the content folder is absolute (Astro resolves the base against the project root, and an
 * absolute path must stay one rather than become `.//tmp/…`).
 */
export function collectionBase(collection: string, dir = contentDir()): string {
	return isAbsolute(dir) ? `${dir}/${collection}` : `./${dir}/${collection}`;
}
