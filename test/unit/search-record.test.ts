import { describe, expect, it } from 'vitest';
import { facetChoices, facetNames } from '../../src/lib/search-facets';
import { searchRecord, sortKey } from '../../src/lib/search-record';

describe('searchRecord', () => {
	const persona = searchRecord({
		kind: 'persona',
		title: 'Hannah,  the   bill watcher',
		summary: 'Watches\nevery bill.',
		status: 'draft',
		personaType: 'buyer',
		markets: ['b2c', 'b2c'],
		segments: ['cost-conscious-households', 'renters'],
		tags: ['price-sensitive', ' ', 'renters'],
		image: { src: '/_astro/hannah.svg', alt: 'Hannah at her desk' },
		mentions: [
			{ term: 'Customer relationship management', aliases: ['CRM', 'CRM system'] },
			{ term: 'Touchpoint', aliases: [] },
		],
	});

	it('records title, kind, summary, image and a draft status as meta, on one line each', () => {
		expect(persona.meta).toEqual([
			['title', 'Hannah, the bill watcher'],
			['kind', 'persona'],
			['summary', 'Watches every bill.'],
			['image', '/_astro/hannah.svg'],
			['image_alt', 'Hannah at her desk'],
			['status', 'draft'],
		]);
	});

	it('records every facet value once, as keys', () => {
		expect(persona.filters).toEqual([
			['kind', 'persona'],
			['segment', 'cost-conscious-households'],
			['segment', 'renters'],
			['type', 'buyer'],
			['status', 'draft'],
			['market', 'b2c'],
			['tag', 'price-sensitive'],
			['tag', 'renters'],
		]);
		for (const [name] of persona.filters) expect(facetNames).toContain(name);
	});

	it('lists the aliases of mentioned terms as synonyms, skipping terms without aliases', () => {
		expect(persona.synonyms).toBe('Customer relationship management: CRM, CRM system.');
	});

	it('leaves out the status of active entries and what a kind does not have', () => {
		const term = searchRecord({ kind: 'term', title: 'Touchpoint', summary: 'A place.', status: 'active' });
		expect(term.meta.map(([key]) => key)).toEqual(['title', 'kind', 'summary']);
		expect(term.filters).toEqual([
			['kind', 'term'],
			['status', 'active'],
		]);
		expect(term.synonyms).toBe('');
	});

	it('sorts titles without regard to case or accents', () => {
		expect(sortKey('Émile Zola')).toBe('emile zola');
		expect(persona.sort).toEqual([['title', 'hannah,  the   bill watcher']]);
	});
});

describe('facetChoices', () => {
	it('offers every value of every facet, labelled, tags sorted and unique', () => {
		const facets = facetChoices({
			segments: [{ id: 'renters', name: 'Renters in managed homes' }],
			tags: ['renters', 'b2b', 'renters'],
		});
		expect(facets.map((f) => f.name)).toEqual([...facetNames]);
		const options = Object.fromEntries(facets.map((f) => [f.name, f.options]));
		expect(options['kind']?.map((o) => o.label)).toEqual(['Persona', 'Segment', 'Journey', 'Glossary term']);
		expect(options['segment']).toEqual([{ value: 'renters', label: 'Renters in managed homes' }]);
		expect(options['type']?.map((o) => o.value)).toEqual(['buyer', 'user', 'buyer-and-user']);
		expect(options['status']?.map((o) => o.label)).toEqual(['Draft', 'Active', 'Deprecated']);
		expect(options['market']?.map((o) => o.value)).toEqual(['b2c', 'b2b']);
		expect(options['tag']?.map((o) => o.value)).toEqual(['b2b', 'renters']);
	});
});
