/** Which built pages go into the search index. */
export interface SearchPagesOptions {
	/** Folders whose pages are entries: only the pages below them are indexed, not their list page. */
	collections: readonly string[];
	/** Top-level folders never indexed: listings that repeat every entry, the search page, assets. */
	skip: readonly string[];
}

/**
 * The glob (Pagefind's `addDirectory`) of the pages worth finding: every entry page and every
 * guide, but not the home page or the lists of personas, segments, journeys and terms. Those
 * repeat each entry's name and summary, so they would turn up for almost any query and push
 * the entry itself down.
 * @param topLevelDirs The folders at the top of the built site.
 * @returns undefined when there is nothing to index.
 */
export function searchPagesGlob(topLevelDirs: readonly string[], options: SearchPagesOptions): string | undefined {
	const parts = [...new Set(topLevelDirs)]
		.filter((dir) => !options.skip.includes(dir) && !dir.startsWith('.') && !dir.startsWith('_'))
		.sort()
		.map((dir) => (options.collections.includes(dir) ? `${dir}/*` : dir));
	if (parts.length === 0) return undefined;
	// `**` also matches no folder at all, so `personas/*/**/*.html` takes personas/<id>/index.html.
	return `{${parts.join(',')}}/**/*.html`;
}
