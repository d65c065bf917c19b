import { collectionNames, type CollectionName } from '../schemas/shared';
import { searchKindOf } from './search-facets';
import { writeSearchParams } from './search-query';

/**
 * How many entries of each kind a term page lists under "Used in". A term that runs through a
 * large catalog is mentioned by hundreds of personas: the page shows the first ones and the
 * count, and links to a search for the rest, so it stays the same size however the catalog grows.
 */
export const usedInShown = 24;

/** The entries of one kind that mention a term, as the term page lists them. */
export interface UsedInGroup<Link> {
	collection: CollectionName;
	/** How many entries of this kind mention the term. */
	total: number;
	/** The first `limit` of them, in the order given. */
	shown: Link[];
	/** Search (path and query, without the base path) for the term among entries of this kind; set when some are not shown. */
	more?: string;
}

/**
 * Groups the entries that mention a term by kind, in collection order, leaving out empty kinds
 * and listing at most `limit` of each.
 */
export function usedInGroups<Link extends { collection: CollectionName }>(
	links: readonly Link[],
	term: string,
	limit = usedInShown,
): UsedInGroup<Link>[] {
	return collectionNames.flatMap((collection) => {
		const all = links.filter((link) => link.collection === collection);
		if (all.length === 0) return [];
		const group: UsedInGroup<Link> = { collection, total: all.length, shown: all.slice(0, limit) };
		if (all.length > limit) {
			const params = writeSearchParams({ query: term, filters: { kind: [searchKindOf[collection]] } });
			group.more = `/search/?${params.toString()}`;
		}
		return [group];
	});
}
