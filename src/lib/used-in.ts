import { collectionNames, type CollectionName } from '../schemas/shared';
import { firstMentions, type TermMatcher } from './glossary-matcher';

/** An entry's words, as `buildUsedIn` reads them. */
export interface MentionSource {
	collection: CollectionName;
	id: string;
	/** Text pieces (frontmatter prose, body text); no name is matched across two pieces. */
	pieces: readonly string[];
	/** Terms the entry links explicitly (`<Term id>`), mentioned whatever the words. */
	termIds?: readonly string[];
}

/** One entry that mentions a term. */
export interface UsedInEntry {
	collection: CollectionName;
	id: string;
}

/**
 * The reverse index behind "used in" on term pages: for every term, the entries whose text
 * mentions it or one of its aliases (see `termMatcher`), or that link it with `<Term>`. A term's
 * own entry is not listed under it. Entries come grouped by collection (personas, segments,
 * journeys, glossary), each group in the order the sources were given.
 */
export function buildUsedIn(sources: readonly MentionSource[], match: TermMatcher): Map<string, UsedInEntry[]> {
	const usedIn = new Map<string, UsedInEntry[]>();
	const order = (c: CollectionName) => collectionNames.indexOf(c);
	const sorted = [...sources].sort((a, b) => order(a.collection) - order(b.collection));
	for (const source of sorted) {
		const exclude = source.collection === 'glossary' ? source.id : undefined;
		const mentioned = new Set(source.termIds ?? []);
		for (const mention of firstMentions(source.pieces, match, { exclude }).flat()) mentioned.add(mention.id);
		for (const id of mentioned) {
			if (id === exclude) continue;
			const list = usedIn.get(id) ?? [];
			list.push({ collection: source.collection, id: source.id });
			usedIn.set(id, list);
		}
	}
	return usedIn;
}

/**
 * The same index the other way round: for every entry (`<collection>/<id>`), the terms it
 * mentions, in the order of `termOrder` (the glossary's). Search uses it to add the aliases of
 * those terms to the entry's record, so an entry is found by a term's alias exactly when it is
 * listed under that term.
 */
export function mentionsByEntry(
	usedIn: ReadonlyMap<string, readonly UsedInEntry[]>,
	termOrder: readonly string[],
): Map<string, string[]> {
	const mentions = new Map<string, string[]>();
	for (const termId of termOrder) {
		for (const entry of usedIn.get(termId) ?? []) {
			const key = `${entry.collection}/${entry.id}`;
			const list = mentions.get(key) ?? [];
			list.push(termId);
			mentions.set(key, list);
		}
	}
	return mentions;
}
