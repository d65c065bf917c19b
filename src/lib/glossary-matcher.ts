/**
 * Finding glossary terms in running text: the one definition of "this text mentions that term",
 * shared by the auto-linker (links and tooltips in bodies), the "used in" index on term pages and
 * search (synonyms). Pure, no Astro.
 */

/** A glossary term as the matcher needs it: its id and every name it goes by (term and aliases). */
export interface TermNames {
	id: string;
	names: readonly string[];
}

/** One place a text names a term. */
export interface TermMention {
	/** The id of the term. */
	id: string;
	/** Where the mention starts in the text (UTF-16 offset). */
	index: number;
	/** The words as written in the text (`Personas`, `customer  journeys`). */
	text: string;
}

/** Finds every mention in a text, in order, never overlapping. */
export type TermMatcher = (text: string) => TermMention[];

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The form two names are compared in: lower case, one space between words, plain apostrophes. */
export function normaliseName(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/[\s-]+/g, ' ');
}

// A word character for the purpose of "whole words": letters, digits (any script) and underscores.
const wordChar = '[\\p{L}\\p{N}_]';

/** A normalised name as a pattern: words joined by any run of spaces or hyphens, then a simple plural. */
function namePattern(name: string): string {
	const words = name.split(' ').map((word) => escapeRegExp(word).replace(/'/g, "['’]"));
	const last = words.pop() ?? '';
	// "strategy" → "strategies" (but "journey" → "journeys"); every other word takes "s" or "es".
	const plural = /[^aeiou]y$/i.test(last) ? `(?:${last}|${last.slice(0, -1)}ies)` : `${last}(?:e?s)?`;
	return [...words, plural].join('[\\s-]+');
}

/**
 * Builds a matcher for the names of a glossary: call it with any text to get every mention, in
 * order. Case is ignored, only whole words count, simple plurals count ("personas",
 * "touchpoints", "strategies"), words may be split by spaces, line breaks or hyphens, and where
 * names overlap the longest wins, so "customer journey mapping" is one mention of that term and
 * not also one of "customer journey". Mentions never overlap.
 */
export function termMatcher(terms: readonly TermNames[]): TermMatcher {
	const byName = new Map<string, string>();
	for (const term of terms) {
		for (const name of term.names) {
			const key = normaliseName(name);
			// The first claim wins; the content check refuses names claimed twice.
			if (key && !byName.has(key)) byName.set(key, term.id);
		}
	}
	// Longest first: at each position a regular expression tries the alternatives in order.
	const names = [...byName.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
	if (names.length === 0) return () => [];
	const pattern = new RegExp(
		`(?<!${wordChar})(?:${names.map((name) => `(${namePattern(name)})`).join('|')})(?!${wordChar})`,
		'giu',
	);
	// One shared expression driven by exec(): matchAll() would clone it (and its hundreds of groups)
	// on every call, which cost more than the matching for the many short texts of a build.
	return (text) => {
		const mentions: TermMention[] = [];
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			let group = 1;
			while (match[group] === undefined && group < names.length) group++;
			mentions.push({ id: byName.get(names[group - 1] ?? '') ?? '', index: match.index, text: match[0] });
		}
		pattern.lastIndex = 0;
		return mentions;
	};
}

/** The names of a glossary entry: its term, then its aliases. */
export function namesOf(term: { id: string; data: { term: string; aliases: readonly string[] } }): TermNames {
	return { id: term.id, names: [term.data.term, ...term.data.aliases] };
}

/**
 * The ids of the terms a text mentions, each once, in the order of their first mention.
 * See `termMatcher` for what counts as a mention.
 */
export function mentionedTerms(text: string, terms: readonly TermNames[] | TermMatcher): string[] {
	const match = typeof terms === 'function' ? terms : termMatcher(terms);
	return [...new Set(match(text).map((mention) => mention.id))];
}

/** What `firstMentions` leaves out. */
export interface FirstMentionOptions {
	/** A term never to link: the term whose own page this is. */
	exclude?: string | undefined;
	/** Terms already linked earlier in the document (for example by an explicit `<Term>`); updated. */
	seen?: Set<string>;
}

/**
 * The mentions worth linking in a document given as its text pieces in reading order: the first
 * mention of each term only, never the excluded term. Later mentions, and mentions of the
 * excluded term, still cover their words, so "customer journey mapping" on the page of
 * "customer journey" stays one (linked) mention rather than giving "customer journey" away.
 * @returns For each piece, the mentions to link in it.
 */
export function firstMentions(
	pieces: readonly string[],
	match: TermMatcher,
	options: FirstMentionOptions = {},
): TermMention[][] {
	const seen = options.seen ?? new Set<string>();
	return pieces.map((piece) =>
		match(piece).filter((mention) => {
			if (mention.id === options.exclude || seen.has(mention.id)) return false;
			seen.add(mention.id);
			return true;
		}),
	);
}

/** A text cut around the mentions in it: plain strings and mentions, in order. */
export type TextPart = string | TermMention;

/** Cuts a text around mentions found in it (as returned for it by a matcher), keeping every character. */
export function splitAtMentions(text: string, mentions: readonly TermMention[]): TextPart[] {
	const parts: TextPart[] = [];
	let at = 0;
	for (const mention of mentions) {
		if (mention.index > at) parts.push(text.slice(at, mention.index));
		parts.push(mention);
		at = mention.index + mention.text.length;
	}
	if (at < text.length) parts.push(text.slice(at));
	return parts;
}
