import type { CollectionName } from '../schemas/shared';
import { marketLabels, personaTypeLabels, statusLabels } from './labels';

/**
 * The facets of the search index. `name` is both the Pagefind filter and the URL parameter
 * (`/search/?kind=persona&tag=renters`); values are stable keys (ids, enum values), never
 * labels, so a shared link keeps working when a label is reworded.
 */
export const searchFacets = [
	{ name: 'kind', label: 'Kind' },
	{ name: 'segment', label: 'Segment' },
	{ name: 'type', label: 'Persona type' },
	{ name: 'status', label: 'Status' },
	{ name: 'market', label: 'Market' },
	{ name: 'tag', label: 'Tag' },
] as const;

/** The name of one facet: `kind`, `segment`, `type`, `status`, `market` or `tag`. */
export type FacetName = (typeof searchFacets)[number]['name'];

/** The names of all facets, in the order they are shown. */
export const facetNames: readonly FacetName[] = searchFacets.map((facet) => facet.name);

/** The kinds of page the index knows; every other page is a plain page. */
export type SearchKind = 'persona' | 'segment' | 'journey' | 'term';

/** The search kind of each collection's entries. */
export const searchKindOf: Record<CollectionName, SearchKind> = {
	personas: 'persona',
	segments: 'segment',
	journeys: 'journey',
	glossary: 'term',
};

/** What each kind is called in results and filters. */
export const searchKindLabels: Record<SearchKind, string> = {
	persona: 'Persona',
	segment: 'Segment',
	journey: 'Journey',
	term: 'Glossary term',
};

/** One value a reader can pick in a facet, with its label. */
export interface FacetOption {
	value: string;
	label: string;
}

/** A facet with every value the catalog holds, for the filter form of the search page. */
export interface FacetChoices {
	name: FacetName;
	label: string;
	options: FacetOption[];
}

/** What the filter form needs to know of the catalog. */
export interface FacetSource {
	segments: readonly { id: string; name: string }[];
	tags: Iterable<string>;
}

const optionsOf = <K extends string>(labels: Record<K, string>): FacetOption[] =>
	(Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

/**
 * Every facet with all its possible values, in a stable order: kinds, types, statuses and
 * markets as the schemas define them, segments as given (sorted by name), tags alphabetically.
 * The search page renders these as checkboxes, so filtering works before any count is known.
 */
export function facetChoices(source: FacetSource, locale = 'en'): FacetChoices[] {
	const tags = [...new Set(source.tags)].sort((a, b) => a.localeCompare(b, locale));
	const options: Record<FacetName, FacetOption[]> = {
		kind: optionsOf(searchKindLabels),
		segment: source.segments.map((segment) => ({ value: segment.id, label: segment.name })),
		type: optionsOf(personaTypeLabels),
		status: optionsOf(statusLabels),
		market: optionsOf(marketLabels),
		tag: tags.map((tag) => ({ value: tag, label: tag })),
	};
	return searchFacets.map((facet) => ({ name: facet.name, label: facet.label, options: options[facet.name] }));
}
