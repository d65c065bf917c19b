import type { Status } from './catalog';
import { normaliseName } from './glossary-matcher';
import { statusLabels } from './labels';
import { searchKindLabels, type SearchKind } from './search-facets';

/** The fields of a Pagefind result this site reads. */
export interface ResultDataLike {
	url: string;
	excerpt: string;
	meta: Partial<Record<string, string>>;
	sub_results?: { title: string; url: string; excerpt: string; locations: number[] }[];
}

/** A search result as the UI shows it. */
export interface ResultView {
	/** Where the result leads: the matching section of the page when there is one. */
	url: string;
	title: string;
	/** `persona`, `segment`, `journey`, `term`, or `page` for anything else. */
	kind: SearchKind | 'page';
	kindLabel: string;
	/** Set for drafts and deprecated entries only: readers should know before they open them. */
	status?: { value: Exclude<Status, 'active'>; label: string } | undefined;
	/** The heading of the section the words were found in, when it is not the top of the page. */
	section?: string | undefined;
	/** Pagefind's excerpt, with matches in `<mark>` (see `excerptParts`). */
	excerpt: string;
	summary?: string | undefined;
	image?: string | undefined;
	/** Other names of the entry (a term's aliases, a persona's other titles). */
	aliases: string[];
}

const isKind = (value: string | undefined): value is SearchKind => !!value && Object.hasOwn(searchKindLabels, value);

/**
 * Turns a Pagefind result into what the UI shows: kind and status as words, and the section
 * with the most matches, so a word found under "Pain points" says so and leads there.
 */
export function describeResult(data: ResultDataLike): ResultView {
	const title = data.meta['title']?.trim() || data.url;
	const kind = isKind(data.meta['kind']) ? data.meta['kind'] : 'page';
	const status = data.meta['status'];
	const sections = data.sub_results ?? [];
	// Words found at the top (title, summary, badges) lead to the page itself; words found only
	// further down lead to the section with the most of them.
	const atTop = sections.some((section) => section.url === data.url && section.locations.length > 0);
	const best = atTop ? undefined : [...sections].sort((a, b) => b.locations.length - a.locations.length)[0];
	const inSection = best && best.locations.length > 0 && best.title.trim() !== title && best.url !== data.url;
	return {
		url: inSection ? best.url : data.url,
		title,
		kind,
		kindLabel: kind === 'page' ? 'Page' : searchKindLabels[kind],
		status: status === 'draft' || status === 'deprecated' ? { value: status, label: statusLabels[status] } : undefined,
		section: inSection ? best.title.trim() : undefined,
		excerpt: inSection ? best.excerpt : data.excerpt,
		summary: data.meta['summary'],
		image: data.meta['image'],
		aliases: (data.meta['aliases'] ?? '')
			.split(', ')
			.map((alias) => alias.trim())
			.filter(Boolean),
	};
}

/** A name or query in the form two are compared in: normalised, without a plural "s". */
const nameKey = (name: string) => normaliseName(name).replace(/(?<=\p{L}{3})s$/u, '');

/**
 * Puts the results whose title or alias is exactly what was typed first, keeping Pagefind's order
 * otherwise. Pagefind scores words, not phrases: "customer journey" matches the titles of a
 * dozen terms equally well, and the one called exactly that should lead.
 */
export function exactMatchesFirst(views: readonly ResultView[], query: string): ResultView[] {
	const exact = (view: ResultView) => isExactMatch(view, query);
	return [...views.filter(exact), ...views.filter((view) => !exact(view))];
}

/** How well a result's names answer what was typed, best first: see `rankForQuery`. */
function nameTier(view: Pick<ResultView, 'title' | 'aliases'>, query: string): number {
	if (isExactMatch(view, query)) return 0;
	const typed = normaliseName(query);
	if (!typed) return 3;
	const names = [view.title, ...view.aliases].map(normaliseName);
	if (names.some((name) => name.startsWith(typed))) return 1;
	// Any word of the name: "mar" finds "Marion" and "Holiday-home manager".
	const words = names.flatMap((name) => name.split(/[^\p{L}\p{N}]+/u));
	return words.some((word) => word.startsWith(typed)) ? 2 : 3;
}

/**
 * Re-ranks Pagefind's results for the box and the first page: exact title or alias matches,
 * then names that start with what was typed, then names with a word that does, then the rest;
 * within each, catalog entries before guide pages (a start-here step repeats an entry's title),
 * and Pagefind's order otherwise. Pagefind scores "han" as a word fragment anywhere, so the
 * persona called Hannah could trail a page that only mentions her.
 */
export function rankForQuery(views: readonly ResultView[], query: string): ResultView[] {
	const key = (view: ResultView) => nameTier(view, query) * 2 + (view.kind === 'page' ? 1 : 0);
	return views
		.map((view, index) => ({ view, index, key: key(view) }))
		.sort((a, b) => a.key - b.key || a.index - b.index)
		.map(({ view }) => view);
}

/** Whether a result's title or one of its aliases is what was typed (case, spacing and a plural "s" aside). */
export function isExactMatch(view: Pick<ResultView, 'title' | 'aliases'>, query: string): boolean {
	const key = nameKey(query);
	return [view.title, ...view.aliases].some((name) => nameKey(name) === key);
}
