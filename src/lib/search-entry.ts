import { displayName } from './catalog';
import type { AtlasCatalog, Journey, Persona, Segment, Term } from './catalog-data';
import { searchRecord, type SearchRecord, type SearchRecordInput } from './search-record';

/** An entry of any collection, as the pages get it. */
export type AtlasEntry = Persona | Segment | Journey | Term;

/**
 * What the search index records of an entry page: meta, filters, sort key and synonyms.
 * @param mentioned The glossary terms the entry mentions (the glossary index's `termsMentionedBy`):
 *   their aliases become the entry's synonyms.
 */
export function entrySearchRecord(entry: AtlasEntry, catalog: AtlasCatalog, mentioned: readonly Term[]): SearchRecord {
	// Only for personas, segments and journeys: a glossary term names many others, and their
	// aliases would make every short term page match every alias. Term pages show their own
	// aliases ("Also called"), which is what finds them.
	const mentions =
		entry.collection === 'glossary'
			? []
			: mentioned.map((term) => ({ term: term.data.term, aliases: term.data.aliases }));
	let input: SearchRecordInput;
	switch (entry.collection) {
		case 'personas': {
			const { data } = entry;
			input = {
				kind: 'persona',
				title: displayName(entry),
				summary: data.summary,
				aliases: data.alternativeTitles,
				status: data.status,
				personaType: data.personaType,
				markets: [data.market],
				segments: data.segments,
				tags: data.tags,
				image: data.avatar ? { src: data.avatar.src.src, alt: data.avatar.alt } : undefined,
			};
			break;
		}
		case 'segments':
			input = {
				kind: 'segment',
				title: entry.data.name,
				summary: entry.data.summary,
				status: entry.data.status,
				markets: [entry.data.market],
				segments: [entry.id],
				tags: entry.data.tags,
			};
			break;
		case 'journeys': {
			// A journey belongs to the segments of the personas who go through it.
			const personas = catalog.personasOf(entry);
			input = {
				kind: 'journey',
				title: entry.data.title,
				summary: entry.data.summary,
				status: entry.data.status,
				markets: personas.map((p) => p.data.market),
				segments: personas.flatMap((p) => p.data.segments),
				tags: entry.data.tags,
			};
			break;
		}
		case 'glossary':
			input = { kind: 'term', title: entry.data.term, summary: entry.data.summary, aliases: entry.data.aliases };
			break;
	}
	return searchRecord({ ...input, mentions });
}
