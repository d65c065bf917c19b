/** Which built pages go into the search index. */
export interface SearchPagesOptions {
	/** Folders whose pages are entries: only the pages below them are indexed, not their list page. */
	collections: readonly string[];
	/** Top-level folders never indexed: listings that repeat every entry, the search page, assets. */
	skip: readonly string[];
}

/** Routes Astro writes as files at the top of the site (/404 → 404.html), not folders. */
const errorPages = new Set(['404', '500']);

/**
 * Where a page worth finding sits in the built site, as Pagefind's `sourcePath` (e.g.
 * `personas/ada/index.html`): every entry page and every guide, but not the home page or the
 * lists of personas, segments, journeys and terms. Those repeat each entry's name and summary,
 * so they would turn up for almost any query and push the entry itself down.
 * @param pathname The page's path below the site's base, e.g. `/personas/ada/` (trailing slash optional).
 * @returns undefined for a page that is not indexed.
 */
export function searchPagePath(pathname: string, options: SearchPagesOptions): string | undefined {
	const segments = pathname.split('/').filter(Boolean);
	const [top] = segments;
	// Files at the top of the site (index.html, 404.html, which Astro writes for /404) are not searched.
	if (segments.length === 1 && (top!.endsWith('.html') || errorPages.has(top!))) return undefined;
	if (!top || top.startsWith('.') || top.startsWith('_') || options.skip.includes(top)) return undefined;
	if (options.collections.includes(top) && segments.length < 2) return undefined;
	const last = segments.at(-1)!;
	return last.endsWith('.html') ? segments.join('/') : `${segments.join('/')}/index.html`;
}

/** The page's path below the site's base (`/atlas/personas/ada/` → `/personas/ada/`), or undefined outside it. */
export function pathBelowBase(pathname: string, base: string): string | undefined {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	if (pathname === prefix.slice(0, -1)) return '/';
	return pathname.startsWith(prefix) ? pathname.slice(prefix.length - 1) : undefined;
}

/**
 * The pages, as paths below the built site (`personas/ada/index.html`), as one glob for
 * Pagefind's `addDirectory`. Page paths come from entry ids and route names (lower-case letters,
 * digits, hyphens and slashes), so none holds a character a glob would read as a pattern.
 */
export function pagesGlob(paths: readonly string[]): string {
	return paths.length === 1 ? paths[0]! : `{${paths.join(',')}}`;
}
