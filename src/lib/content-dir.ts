/**
 * The folder the catalog is built from, relative to the project root: `content` unless the
 * CONTENT_DIR environment variable names another (the benchmark and fixture builds use it).
 */
export function contentDir(): string {
	return (process.env['CONTENT_DIR'] ?? 'content').replace(/\\/g, '/').replace(/\/+$/, '');
}
