import type { PagefindFilters } from '../lib/search-query';
import { excerptLength, pagefindRanking } from '../lib/search-ranking';
import { href } from '../lib/urls';

/** The data of one result, as `result.data()` gives it (only the fields this site uses). */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The page's indexed text. */
	content: string;
	meta: Partial<Record<'title' | 'kind' | 'summary' | 'aliases' | 'image' | 'image_alt' | 'status', string>>;
	filters: Record<string, string[]>;
	sub_results: { title: string; url: string; excerpt: string; locations: number[] }[];
}

/** One search hit; its data loads only when asked for. */
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}

/** Counts of results per facet value. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What `search()` answers. */
export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: FilterCounts;
	totalFilters: FilterCounts;
}

/** Options of one search. */
export interface PagefindSearchOptions {
	filters?: PagefindFilters;
	sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's browser API (pagefind.js, written by the build) this site uses. */
export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
	/** Resolves to null when a newer call superseded this one. */
	debouncedSearch(query: string, options?: PagefindSearchOptions, wait?: number): Promise<PagefindResponse | null>;
	filters(): Promise<FilterCounts>;
}

/** Why search cannot run here; `message` is written for the reader. */
export class SearchUnavailableError extends Error {
	override name = 'SearchUnavailableError';
	constructor(
		/** `dev`: the dev server has no index; `missing`: the index could not be loaded. */
		readonly reason: 'dev' | 'missing',
		options?: ErrorOptions,
	) {
		super(
			reason === 'dev'
				? 'Search needs the index that the build writes, and the dev server (astro dev) has none. Run `npm start` to build the site and preview it with search.'
				: 'Search is not available right now: its index could not be loaded. Try reloading the page.',
			options,
		);
	}
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind once per page, from `<base>/pagefind/pagefind.js`. Result URLs get the base
 * path too (`/atlas/personas/…`). Fails with a `SearchUnavailableError` when there is no index:
 * in `astro dev` (which never has one) it says how to get search; a later call tries again.
 */
export function loadPagefind(): Promise<PagefindApi> {
	loading ??= (async () => {
		try {
			const api = (await import(/* @vite-ignore */ href('/pagefind/pagefind.js'))) as PagefindApi;
			await api.options({ baseUrl: import.meta.env.BASE_URL, excerptLength, ranking: pagefindRanking });
			await api.init();
			return api;
		} catch (error) {
			loading = undefined;
			throw new SearchUnavailableError(import.meta.env.DEV ? 'dev' : 'missing', { cause: error });
		}
	})();
	return loading;
}
