import type { Status } from './catalog';
import type { FacetName, SearchKind } from './search-facets';

/** What the index needs to know of one entry page. */
export interface SearchRecordInput {
	kind: SearchKind;
	/** The heading of the result. */
	title: string;
	/** The one-sentence summary shown under the title when browsing by filter. */
	summary: string;
	/** Other names of the same thing (a term's aliases, a persona's other titles): ranked like the title. */
	aliases?: readonly string[] | undefined;
	status?: Status | undefined;
	personaType?: string | undefined;
	/** Markets the entry serves (a journey's personas may be in both). */
	markets?: readonly string[] | undefined;
	/** Ids of the segments the entry belongs to (a segment names itself). */
	segments?: readonly string[] | undefined;
	tags?: readonly string[] | undefined;
	image?: { src: string; alt: string } | undefined;
	/** Glossary terms the entry's text mentions; their other names make the entry findable by those too. */
	mentions?: readonly { term: string; aliases: readonly string[] }[] | undefined;
}

/** The Pagefind attributes of an entry page, as ordered key–value pairs. */
export interface SearchRecord {
	/** `data-pagefind-meta`: returned with each result. */
	meta: [string, string][];
	/** `data-pagefind-filter`: one pair per value. */
	filters: [FacetName, string][];
	/** `data-pagefind-sort`: keys to order filter-only browsing by. */
	sort: [string, string][];
	/** Extra words to index with a low weight: the aliases of the terms the entry mentions. Empty when none. */
	synonyms: string;
}

/** Meta values are written inline (`key:value`), which runs to the end of the attribute: keep them to one line. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

/** A sort key that orders "Émile" with "Emile" and "ada" with "Ada". */
export function sortKey(title: string): string {
	return title.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim();
}

/**
 * The meta, filters, sort key and synonyms of an entry page. Meta and filter values are keys
 * (`persona`, `draft`), turned into words by the search UI; only a draft or deprecated entry
 * carries a `status` meta, since those are labelled in results.
 */
export function searchRecord(input: SearchRecordInput): SearchRecord {
	const meta: [string, string][] = [
		['title', oneLine(input.title)],
		['kind', input.kind],
		['summary', oneLine(input.summary)],
	];
	const aliases = [...new Set((input.aliases ?? []).map(oneLine).filter(Boolean))];
	if (aliases.length > 0) meta.push(['aliases', aliases.join(', ')]);
	if (input.image) meta.push(['image', input.image.src], ['image_alt', oneLine(input.image.alt)]);
	if (input.status && input.status !== 'active') meta.push(['status', input.status]);

	const filters: [FacetName, string][] = [['kind', input.kind]];
	const add = (name: FacetName, values: readonly (string | undefined)[] | undefined) => {
		for (const value of new Set(values ?? [])) if (value?.trim()) filters.push([name, value.trim()]);
	};
	add('segment', input.segments);
	add('type', [input.personaType]);
	add('status', [input.status]);
	add('market', input.markets);
	add('tag', input.tags);

	const synonyms = (input.mentions ?? [])
		.filter((mention) => mention.aliases.length > 0)
		.map((mention) => `${oneLine(mention.term)}: ${mention.aliases.map(oneLine).join(', ')}.`)
		.join(' ');

	return { meta, filters, sort: [['title', sortKey(input.title)]], synonyms };
}
