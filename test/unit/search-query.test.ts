import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facetNames } from '../../src/lib/search-facets';
import {
	hasFilters,
	pagefindFilters,
	readSearchParams,
	toggleFilter,
	writeSearchParams,
} from '../../src/lib/search-query';

describe('readSearchParams', () => {
	it('reads words and facets, ignoring unknown parameters, blanks and repeats', () => {
		const state = readSearchParams(
			new URLSearchParams(
				'q=%20%20bill%20%20watcher%20&kind=persona&kind=term&kind=persona&tag=&utm=x&segment=renters',
			),
		);
		expect(state).toEqual({ query: 'bill watcher', filters: { kind: ['persona', 'term'], segment: ['renters'] } });
	});

	it('gives an empty search for an empty address', () => {
		expect(readSearchParams(new URLSearchParams(''))).toEqual({ query: '', filters: {} });
	});

	it('cuts very long queries', () => {
		expect(readSearchParams(new URLSearchParams({ q: 'a'.repeat(5000) })).query).toHaveLength(200);
	});
});

describe('writeSearchParams', () => {
	it('writes q first, facets in a fixed order and values sorted', () => {
		const params = writeSearchParams({ query: 'avatar', filters: { tag: ['renters'], kind: ['term', 'persona'] } });
		expect(params.toString()).toBe('q=avatar&kind=persona&kind=term&tag=renters');
		expect(writeSearchParams({ query: ' ', filters: {} }).toString()).toBe('');
	});

	it('round-trips through readSearchParams', () => {
		const value = fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.length > 0 && !/\s{2}/.test(s));
		fc.assert(
			fc.property(
				fc.oneof(
					fc.constant(''),
					value.filter((s) => s.length <= 200),
				),
				fc.dictionary(fc.constantFrom(...facetNames), fc.uniqueArray(value, { minLength: 1, maxLength: 3 })),
				(query, filters) => {
					const sortedFilters = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, [...v].sort()]));
					expect(readSearchParams(writeSearchParams({ query, filters }))).toEqual({ query, filters: sortedFilters });
				},
			),
		);
	});
});

describe('pagefindFilters', () => {
	const state = { query: 'x', filters: { kind: ['persona', 'term'], tag: ['renters'] } };

	it('asks for any pick within a facet and every facet with picks', () => {
		expect(pagefindFilters(state)).toEqual({ kind: { any: ['persona', 'term'] }, tag: { any: ['renters'] } });
	});

	it('can leave one facet out, to count its values', () => {
		expect(pagefindFilters(state, 'kind')).toEqual({ tag: { any: ['renters'] } });
	});
});

describe('toggleFilter and hasFilters', () => {
	it('adds and removes values and drops empty facets', () => {
		const one = toggleFilter({ query: 'q', filters: {} }, 'kind', 'persona', true);
		expect(one).toEqual({ query: 'q', filters: { kind: ['persona'] } });
		expect(hasFilters(one)).toBe(true);
		const two = toggleFilter(one, 'kind', 'term', true);
		expect(two.filters.kind).toEqual(['persona', 'term']);
		expect(toggleFilter(two, 'kind', 'persona', true).filters.kind).toEqual(['term', 'persona']);
		const none = toggleFilter(toggleFilter(two, 'kind', 'persona', false), 'kind', 'term', false);
		expect(none).toEqual({ query: 'q', filters: {} });
		expect(hasFilters(none)).toBe(false);
	});
});
