import { closestMatches } from './suggest';

/** A glossary term as the search page knows it. */
export interface SuggestableTerm {
	term: string;
	aliases: readonly string[];
	url: string;
}

/**
 * Glossary terms worth suggesting when a search finds nothing: those whose name or an alias is
 * a near miss of the query ("custmer profile", "personna") or shares whole words with it, best
 * first, each term once.
 */
export function suggestTerms(query: string, terms: readonly SuggestableTerm[], limit = 4): SuggestableTerm[] {
	const needle = query.trim();
	if (!needle) return [];
	const byName = new Map<string, SuggestableTerm>();
	for (const term of terms)
		for (const name of [term.term, ...term.aliases]) if (!byName.has(name)) byName.set(name, term);
	// Each word on its own too: "crm sytem" should still suggest the term "CRM system".
	const words = needle.split(/\s+/).filter((word) => word.length >= 3);
	const names = [needle, ...(words.length > 1 ? words : [])].flatMap((value) =>
		closestMatches(value, byName.keys(), limit),
	);
	const found: SuggestableTerm[] = [];
	for (const name of names) {
		const term = byName.get(name);
		if (term && !found.includes(term)) found.push(term);
	}
	return found.slice(0, limit);
}
