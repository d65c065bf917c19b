/**
 * Matching for the filter box on the glossary A–Z: the text a term is found by, and whether a
 * typed query matches it. Shared by the page (which writes the text into the HTML) and the
 * browser script (which filters), so both fold text the same way.
 */

/** Lower case, accents removed, one space between words, hyphens and apostrophes as spaces. */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[\s\-‐–—'’_/]+/g, ' ')
		.trim();
}

/** The text a term is filtered by: its name, its other names and its summary, folded. */
export function filterText(term: { term: string; aliases: readonly string[]; summary: string }): string {
	return foldText([term.term, ...term.aliases, term.summary].join(' \u2016 '));
}

/**
 * Whether a term's filter text matches what the reader typed: every word of the query must
 * start a word of the text ("jour map" finds "customer journey mapping"; "ney" finds nothing).
 * An empty query matches everything.
 */
export function matchesFilter(text: string, query: string): boolean {
	const words = foldText(query).split(' ').filter(Boolean);
	const haystack = ` ${text}`;
	return words.every((word) => haystack.includes(` ${word}`));
}

/** The sentence the live region reads after filtering. */
export function filterStatus(shown: number, total: number, query: string): string {
	if (foldText(query) === '') return '';
	if (shown === 0) return `No terms match “${query.trim()}”.`;
	return `${shown} of ${total} ${total === 1 ? 'term' : 'terms'} ${shown === 1 ? 'matches' : 'match'} “${query.trim()}”.`;
}
