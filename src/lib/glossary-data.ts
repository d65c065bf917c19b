import { plainSchemas } from '../schemas';
import { collectionNames, type CollectionName } from '../schemas/shared';
import { aliasPages, type AliasPage } from './alias-pages';
import { displayName } from './catalog';
import { getCatalog, type AtlasCatalog, type Term } from './catalog-data';
import { bodyText, frontmatterText } from './entry-text';
import { namesOf, termMatcher } from './glossary-matcher';
import { frontmatterJsonSchema, type JsonSchemaNode } from './schema-fields';
import { buildUsedIn, mentionsByEntry } from './used-in';
import { entryHref } from './urls';

/** An entry that mentions a term, ready for a link. */
export interface UsedInLink {
	collection: CollectionName;
	id: string;
	href: string;
	text: string;
	note: string;
	/** Set on draft and deprecated entries. */
	status?: 'draft' | 'deprecated' | undefined;
}

/** What the glossary pages know beyond the catalog, worked out once per build. */
export interface GlossaryIndex {
	/** Entries whose text mentions the term or an alias, grouped by kind. */
	usedIn(termId: string): UsedInLink[];
	/** The other way round: the terms an entry mentions (never itself), in glossary order. */
	termsMentionedBy(collection: CollectionName, id: string): Term[];
	/** Alias pages: `/glossary/<slug>/` → the term. */
	aliasPages: AliasPage[];
}

function build(catalog: AtlasCatalog): GlossaryIndex {
	const schemas = Object.fromEntries(collectionNames.map((c) => [c, frontmatterJsonSchema(plainSchemas[c])])) as Record<
		CollectionName,
		JsonSchemaNode
	>;
	const links = new Map<string, UsedInLink>();
	const sources = collectionNames.flatMap((collection) =>
		catalog[collection].map((entry) => {
			const body = bodyText(entry.body ?? '');
			const data = entry.data as Record<string, unknown>;
			const status = data['status'];
			links.set(`${collection}/${entry.id}`, {
				collection,
				id: entry.id,
				href: entryHref(collection, entry.id),
				...labelOf(collection, entry.id, catalog),
				status: status === 'draft' || status === 'deprecated' ? status : undefined,
			});
			return {
				collection,
				id: entry.id,
				pieces: [...frontmatterText(entry.data, schemas[collection]), ...body.pieces],
				termIds: body.termIds,
			};
		}),
	);
	const usedIn = buildUsedIn(sources, termMatcher(catalog.glossary.map(namesOf)));
	const mentions = mentionsByEntry(
		usedIn,
		catalog.glossary.map((term) => term.id),
	);
	return {
		usedIn: (termId) => (usedIn.get(termId) ?? []).flatMap((e) => links.get(`${e.collection}/${e.id}`) ?? []),
		termsMentionedBy: (collection, id) =>
			(mentions.get(`${collection}/${id}`) ?? []).flatMap((termId) => catalog.term(termId) ?? []),
		aliasPages: aliasPages(catalog.glossary),
	};
}

function labelOf(collection: CollectionName, id: string, catalog: AtlasCatalog): { text: string; note: string } {
	if (collection === 'personas') {
		const persona = catalog.persona(id)!;
		return { text: displayName(persona), note: persona.data.name ? persona.data.role : persona.data.summary };
	}
	if (collection === 'segments') {
		const segment = catalog.segment(id)!;
		return { text: segment.data.name, note: segment.data.summary };
	}
	if (collection === 'journeys') {
		const journey = catalog.journey(id)!;
		return { text: journey.data.title, note: journey.data.summary };
	}
	const term: Term = catalog.term(id)!;
	return { text: term.data.term, note: term.data.summary };
}

let pending: Promise<GlossaryIndex> | undefined;

/**
 * The glossary index of this site: "used in" lists and alias pages. Built once per build from
 * the catalog (every term page shares it); rebuilt on each request in `astro dev`.
 */
export function getGlossaryIndex(): Promise<GlossaryIndex> {
	if (import.meta.env.DEV) return getCatalog().then(build);
	pending ??= getCatalog().then(build);
	return pending;
}
