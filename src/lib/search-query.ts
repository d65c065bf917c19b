import { facetNames, type FacetName } from './search-facets';

/** What a search asks for: words, and the values picked in each facet. */
export interface SearchState {
	/** The words typed, trimmed; empty for filter-only browsing. */
	query: string;
	/** Picked values per facet; a facet with nothing picked is left out. */
	filters: Partial<Record<FacetName, string[]>>;
}

/** Filters in the form Pagefind's `search()` takes: any picked value of a facet, all facets at once. */
export type PagefindFilters = Partial<Record<FacetName, { any: string[] }>>;

/** Longer queries are cut: nobody types this much, and a crafted link should not make the page work hard. */
const maxQueryLength = 200;

/**
 * Reads a search from URL parameters (`?q=avatar&kind=persona&kind=term`). Unknown parameters
 * and empty values are ignored, repeated values kept once, so any shared link gives a valid state.
 */
export function readSearchParams(params: URLSearchParams): SearchState {
	const query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, maxQueryLength);
	const filters: SearchState['filters'] = {};
	for (const name of facetNames) {
		const values = [...new Set(params.getAll(name).map((value) => value.trim()))].filter(Boolean);
		if (values.length > 0) filters[name] = values;
	}
	return { query, filters };
}

/**
 * The URL parameters of a search: `q` first, facets in their fixed order, values sorted, so equal
 * searches give equal links whatever order the filters were picked in.
 */
export function writeSearchParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set('q', state.query.trim());
	for (const name of facetNames)
		for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value);
	return params;
}

/** Whether any facet has a picked value. */
export function hasFilters(state: SearchState): boolean {
	return facetNames.some((name) => (state.filters[name]?.length ?? 0) > 0);
}

/**
 * The Pagefind filters of a search: a result must match every facet that has picks, and any
 * one of the picks within a facet ("personas or terms", "tagged renters or landlords").
 * @param except Leave one facet out, to count what each of its values would give.
 */
export function pagefindFilters(state: SearchState, except?: FacetName): PagefindFilters {
	const filters: PagefindFilters = {};
	for (const name of facetNames) {
		const values = state.filters[name];
		if (name !== except && values && values.length > 0) filters[name] = { any: [...values] };
	}
	return filters;
}

/** The same search with one value of a facet picked or dropped. */
export function toggleFilter(state: SearchState, name: FacetName, value: string, picked: boolean): SearchState {
	const current = (state.filters[name] ?? []).filter((v) => v !== value);
	const values = picked ? [...current, value] : current;
	const filters = { ...state.filters };
	if (values.length > 0) filters[name] = values;
	else delete filters[name];
	return { query: state.query, filters };
}
