import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { excerptLength, pagefindRanking } from '../../src/lib/search-ranking';
import { describeResult, rankForQuery, type ResultView } from '../../src/lib/search-result';
import type { PagefindApi, PagefindResponse, PagefindResultData } from '../../src/scripts/pagefind-loader';

/** A built site's search index, loaded in Node the way the browser loads it, with helpers. */
export interface NodeIndex {
	api: PagefindApi;
	/** The data of every result of a response, in order. */
	all(response: PagefindResponse): Promise<PagefindResultData[]>;
	/** What the header popup shows for a query: the best 20 re-ranked as in the browser (see `rankForQuery`). */
	top(query: string): Promise<ResultView[]>;
}

/**
 * Loads `<distDir>/pagefind/pagefind.js` in Node. Pagefind fetches its index files over HTTP, so
 * they come from the running preview server (`siteUrl`, ending in the base path); result URLs
 * get the base path as in the browser. Same ranking options as src/scripts/pagefind-loader.ts.
 */
export async function loadNodeIndex(distDir: string, siteUrl: string): Promise<NodeIndex> {
	const api = (await import(
		/* @vite-ignore */ pathToFileURL(join(distDir, 'pagefind', 'pagefind.js')).href
	)) as PagefindApi;
	// One call before init: options given before init replace, not merge.
	await api.options({
		basePath: new URL('pagefind/', siteUrl).href,
		baseUrl: new URL(siteUrl).pathname,
		excerptLength,
		ranking: pagefindRanking,
	});
	await api.init();
	const all = (response: PagefindResponse) => Promise.all(response.results.map((result) => result.data()));
	return {
		api,
		all,
		top: async (query) => {
			const response = await api.search(query);
			const data = await Promise.all(response.results.slice(0, 20).map((result) => result.data()));
			return rankForQuery(data.map(describeResult), query);
		},
	};
}
