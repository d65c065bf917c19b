/**
 * Edits between two strings, counting a swap of two neighbouring letters as one edit (the
 * commonest typo: `markte` → `market`). Optimal string alignment distance.
 */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				best = Math.min(best, beforePrevious[j - 2]! + 1);
			current.push(best);
		}
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** How many edits still count as a typo of a word this long: one for short words, a third for long ones. */
export function allowedEdits(length: number): number {
	return Math.max(1, Math.floor(length / 3));
}

/**
 * Whether `part` occurs in `whole` as whole words: bounded by the ends, `-`, `_`, spaces or a
 * change to upper case (`families` in `young-families`, `points` in `painPoints`), so `age` does
 * not match `stages`.
 */
export function containsWords(whole: string, part: string): boolean {
	if (part.length < 3 || part.length >= whole.length) return false;
	const lowerWhole = whole.toLowerCase();
	const lowerPart = part.toLowerCase();
	for (let at = lowerWhole.indexOf(lowerPart); at !== -1; at = lowerWhole.indexOf(lowerPart, at + 1)) {
		const end = at + part.length;
		const startsWord = at === 0 || /[-_\s]/.test(whole[at - 1]!) || /[A-Z]/.test(whole[at]!);
		const endsWord = end === whole.length || /[-_\s]/.test(whole[end]!) || /[A-Z]/.test(whole[end]!);
		if (startsWord && endsWord) return true;
	}
	return false;
}

/** The words of a name: split at `-`, `_`, spaces and camelCase humps, in lower case. */
export function wordsOf(name: string): string[] {
	return name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[-_\s]+/)
		.filter(Boolean);
}

/**
 * Whether `part` is a typo of some run of whole words in `whole`: `familes` of `young-families`,
 * `hanah` of `hannah-bill-watcher`. Only for values of four letters or more, so short words do
 * not match everything.
 */
export function nearWords(whole: string, part: string): boolean {
	const partWords = wordsOf(part);
	const wholeWords = wordsOf(whole);
	const joined = partWords.join('-');
	if (joined.length < 4 || partWords.length >= wholeWords.length) return false;
	for (let at = 0; at + partWords.length <= wholeWords.length; at++) {
		const window = wholeWords.slice(at, at + partWords.length).join('-');
		if (editDistance(joined, window) <= allowedEdits(Math.max(joined.length, window.length))) return true;
	}
	return false;
}

/**
 * The candidates closest to a mistyped value, best first: those within a few edits (one for
 * words of up to five letters, a third of the length for longer ones), those that contain the
 * value as whole words or are contained in it (`families` → `young-families`). With `wordTypos`
 * (for ids), failing those, the ones with words the value is a typo of (`familes` →
 * `young-families`). Case is ignored.
 */
export function closestMatches(value: string, candidates: Iterable<string>, limit = 3, wordTypos = false): string[] {
	const needle = value.toLowerCase();
	// Read the candidates once: they may be an iterator (a Map's keys), which a second pass finds empty.
	const unique = [...new Set(candidates)];
	// A value that differs only in case ("B2C") has one right answer; nearby others would only distract.
	const sameWord = unique.find((c) => c !== value && c.toLowerCase() === needle);
	if (sameWord !== undefined) return [sameWord];
	const scored: { candidate: string; score: number }[] = [];
	// "buyer-user" names the words of "buyer-and-user" in order: that is what was meant, closer
	// than "buyer" or "user" alone, though more letters differ.
	const needleWords = words(value);
	for (const candidate of unique) {
		if (candidate === value) continue;
		const hay = candidate.toLowerCase();
		const edits = editDistance(needle, hay);
		const allowed = allowedEdits(Math.max(needle.length, hay.length));
		const overlap = containsWords(candidate, value) || containsWords(value, candidate);
		if (needleWords.length > 1 && inOrder(needleWords, words(candidate))) scored.push({ candidate, score: 0 });
		else if (edits <= allowed || overlap) scored.push({ candidate, score: overlap ? Math.min(edits, allowed) : edits });
	}
	// Typos of single words inside longer ids are the last resort: next to a closer match they are noise.
	if (wordTypos && scored.length === 0) {
		for (const candidate of unique)
			if (candidate !== value && nearWords(candidate, value)) scored.push({ candidate, score: 0 });
	}
	return scored
		.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
		.slice(0, limit)
		.map((s) => s.candidate);
}

/** `Did you mean "a" or "b"?`, or an empty string when there is nothing close. */
export function didYouMean(value: string, candidates: Iterable<string>, wordTypos = false): string {
	const matches = closestMatches(value, candidates, 3, wordTypos);
	if (matches.length === 0) return '';
	const quoted = matches.map((m) => `"${m}"`);
	const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
	return `Did you mean ${list}?`;
}

function words(value: string): string[] {
	return value
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[-_\s]+/)
		.filter(Boolean);
}

function inOrder(needle: readonly string[], hay: readonly string[]): boolean {
	let at = 0;
	for (const word of hay) if (word === needle[at]) at++;
	return at === needle.length && hay.length > needle.length;
}
