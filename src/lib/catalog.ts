/**
 * The catalog graph: every entry by id, sorted lists, and the links between entries in both
 * directions. Entries only point one way (a persona names its segments); pages also need the
 * way back (a segment's personas), so it is worked out here once per build instead of by every
 * page. Pure TypeScript with structural types, so it runs in unit tests without Astro.
 */

import { formatCount, plural } from './format';

/** Lifecycle of a persona, segment or journey. */
export type Status = 'draft' | 'active' | 'deprecated';

/** What the catalog needs to know about a persona. */
export interface PersonaLike {
	id: string;
	data: {
		name?: string | undefined;
		role: string;
		status: Status;
		segments: string[];
		related: string[];
		supersededBy?: string | undefined;
	};
}
/** What the catalog needs to know about a segment. */
export interface SegmentLike {
	id: string;
	data: { name: string };
}
/** What the catalog needs to know about a journey. */
export interface JourneyLike {
	id: string;
	data: { title: string; personas: string[] };
}
/** What the catalog needs to know about a glossary term. */
export interface TermLike {
	id: string;
	data: { term: string; related: string[] };
}

/** The entries of all four collections, in any order. */
export interface CatalogInput<P extends PersonaLike, S extends SegmentLike, J extends JourneyLike, G extends TermLike> {
	personas: readonly P[];
	segments: readonly S[];
	journeys: readonly J[];
	glossary: readonly G[];
}

/** How many entries of each kind the catalog holds, for the home page. */
export interface CatalogCounts {
	personas: number;
	personasByStatus: Record<Status, number>;
	segments: number;
	journeys: number;
	glossary: number;
}

/** The heading of a persona: their personal name, or the role for personas without one. */
export function displayName(persona: PersonaLike): string {
	return persona.data.name ?? persona.data.role;
}

/**
 * Up to two letters for the avatar fallback: first and last word of the name ("Hannah" → "H",
 * "Ada Lopez" → "AL"). Words in brackets and punctuation are skipped; "The" is skipped so
 * "The CFO" becomes "C" rather than "TC".
 */
export function initials(name: string): string {
	const words = name
		.replace(/\([^)]*\)/g, ' ')
		.split(/[\s\-–—]+/)
		.map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
		.filter((word) => word !== '');
	const meaningful = words.length > 1 && /^the$/i.test(words[0] ?? '') ? words.slice(1) : words;
	const first = meaningful[0];
	if (first === undefined) return '?';
	const last = meaningful.length > 1 ? meaningful[meaningful.length - 1] : undefined;
	// Array.from splits by code point, so a name starting with an astral letter stays whole.
	const letter = (word: string) => (Array.from(word)[0] ?? '').toLocaleUpperCase();
	return letter(first) + (last ? letter(last) : '');
}

/**
 * Sorts a copy of `items` by a label, the way a reader of `locale` expects ("Émile" next to
 * "Emma", "item 2" before "item 10"); ties are broken by id so the order is stable.
 */
export function sortByLabel<T extends { id: string }>(
	items: readonly T[],
	label: (item: T) => string,
	locale = 'en',
): T[] {
	const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
	return [...items].sort((a, b) => collator.compare(label(a), label(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Appends `value` to the list kept under `key`, creating it on first use. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Looks up ids in a map, dropping ids that lead nowhere and repeats, keeping the given order. */
function resolve<T>(ids: readonly string[], byId: ReadonlyMap<string, T>): T[] {
	const found: T[] = [];
	for (const id of new Set(ids)) {
		const entry = byId.get(id);
		if (entry !== undefined) found.push(entry);
	}
	return found;
}

/**
 * Builds the catalog graph. References that lead nowhere are skipped here: the content check
 * already fails the build for them, and a page should not crash over one.
 * @param locale Language used for sorting by name.
 */
export function buildCatalog<P extends PersonaLike, S extends SegmentLike, J extends JourneyLike, G extends TermLike>(
	input: CatalogInput<P, S, J, G>,
	locale = 'en',
) {
	const personas = sortByLabel(input.personas, displayName, locale);
	const segments = sortByLabel(input.segments, (s) => s.data.name, locale);
	const journeys = sortByLabel(input.journeys, (j) => j.data.title, locale);
	const glossary = sortByLabel(input.glossary, (g) => g.data.term, locale);

	const personaById = new Map(personas.map((p) => [p.id, p]));
	const segmentById = new Map(segments.map((s) => [s.id, s]));
	const journeyById = new Map(journeys.map((j) => [j.id, j]));
	const termById = new Map(glossary.map((g) => [g.id, g]));

	// Reverse links, filled by walking the sorted lists so every list comes out sorted too.
	const personasBySegment = new Map<string, P[]>();
	const relatedBy = new Map<string, P[]>();
	const supersededBy = new Map<string, P[]>();
	for (const persona of personas) {
		for (const id of new Set(persona.data.segments)) push(personasBySegment, id, persona);
		for (const id of new Set(persona.data.related)) if (id !== persona.id) push(relatedBy, id, persona);
		if (persona.data.supersededBy) push(supersededBy, persona.data.supersededBy, persona);
	}
	const journeysByPersona = new Map<string, J[]>();
	for (const journey of journeys) for (const id of new Set(journey.data.personas)) push(journeysByPersona, id, journey);
	const termsRelatingTo = new Map<string, G[]>();
	for (const term of glossary)
		for (const id of new Set(term.data.related)) if (id !== term.id) push(termsRelatingTo, id, term);

	const journeysBySegment = new Map<string, J[]>();
	for (const segment of segments) {
		const ids = new Set(
			(personasBySegment.get(segment.id) ?? []).flatMap((p) => (journeysByPersona.get(p.id) ?? []).map((j) => j.id)),
		);
		journeysBySegment.set(
			segment.id,
			journeys.filter((j) => ids.has(j.id)),
		);
	}

	const personasByStatus: Record<Status, number> = { draft: 0, active: 0, deprecated: 0 };
	for (const persona of personas) personasByStatus[persona.data.status] += 1;
	const counts: CatalogCounts = {
		personas: personas.length,
		personasByStatus,
		segments: segments.length,
		journeys: journeys.length,
		glossary: glossary.length,
	};

	return {
		/** Personas sorted by display name. */
		personas,
		/** Segments sorted by name. */
		segments,
		/** Journeys sorted by title. */
		journeys,
		/** Glossary terms sorted by term. */
		glossary,
		counts,
		persona: (id: string): P | undefined => personaById.get(id),
		segment: (id: string): S | undefined => segmentById.get(id),
		journey: (id: string): J | undefined => journeyById.get(id),
		term: (id: string): G | undefined => termById.get(id),
		/** The segments a persona names, in the order it names them. */
		segmentsOf: (persona: P): S[] => resolve(persona.data.segments, segmentById),
		/** The personas a journey names, in the order it names them. */
		personasOf: (journey: J): P[] => resolve(journey.data.personas, personaById),
		/** Personas that belong to a segment, sorted. */
		personasInSegment: (segmentId: string): P[] => personasBySegment.get(segmentId) ?? [],
		/** Journeys that follow a persona, sorted. */
		journeysOfPersona: (personaId: string): J[] => journeysByPersona.get(personaId) ?? [],
		/** Journeys of any persona in a segment, each once, sorted. */
		journeysOfSegment: (segmentId: string): J[] => journeysBySegment.get(segmentId) ?? [],
		/** Personas a persona lists as related, in its order. */
		relatedTo: (persona: P): P[] => resolve(persona.data.related, personaById).filter((p) => p.id !== persona.id),
		/** Personas that list this one as related, sorted. */
		relatedBy: (personaId: string): P[] => relatedBy.get(personaId) ?? [],
		/** Personas this one replaces (they name it as `supersededBy`), sorted. */
		supersedes: (personaId: string): P[] => supersededBy.get(personaId) ?? [],
		/** Terms a term lists as related, in its order. */
		relatedTerms: (term: G): G[] => resolve(term.data.related, termById).filter((t) => t.id !== term.id),
		/** Terms that list this one as related, sorted. */
		termsRelatingTo: (termId: string): G[] => termsRelatingTo.get(termId) ?? [],
	};
}

/** The catalog graph built by `buildCatalog`. */
export type Catalog<
	P extends PersonaLike,
	S extends SegmentLike,
	J extends JourneyLike,
	G extends TermLike,
> = ReturnType<typeof buildCatalog<P, S, J, G>>;

/**
 * How every page words the number of personas, so the home page and /personas/ cannot disagree:
 * "personas" are the active ones (the ones to design for); drafts and deprecated ones are named
 * as such and never added in. "7 active personas, 2 in draft, 1 deprecated".
 */
export function personaCountText(byStatus: Readonly<Record<Status, number>>, locale = 'en-GB'): string {
	const parts = [plural(byStatus.active, 'active persona', 'active personas', locale)];
	if (byStatus.draft > 0) parts.push(`${formatCount(byStatus.draft, locale)} in draft`);
	if (byStatus.deprecated > 0) parts.push(`${formatCount(byStatus.deprecated, locale)} deprecated`);
	return parts.join(', ');
}
