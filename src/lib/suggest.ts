import { distance } from 'fastest-levenshtein';

/**
 * The candidates closest to a mistyped value, best first: those within a few edits, or that
 * contain / are contained in the value (`familes` → `young-families`).
 */
export function closestMatches(value: string, candidates: Iterable<string>, limit = 3): string[] {
	const needle = value.toLowerCase();
	const scored: { candidate: string; score: number }[] = [];
	for (const candidate of new Set(candidates)) {
		const hay = candidate.toLowerCase();
		const edits = distance(needle, hay);
		const allowed = Math.max(2, Math.floor(Math.max(needle.length, hay.length) / 3));
		const overlap = needle.length >= 3 && (hay.includes(needle) || needle.includes(hay));
		if (edits <= allowed || overlap) scored.push({ candidate, score: overlap ? Math.min(edits, allowed) : edits });
	}
	return scored
		.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
		.slice(0, limit)
		.map((s) => s.candidate);
}

/** `Did you mean "a" or "b"?`, or an empty string when there is nothing close. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
	const matches = closestMatches(value, candidates);
	if (matches.length === 0) return '';
	const quoted = matches.map((m) => `"${m}"`);
	const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
	return `Did you mean ${list}?`;
}
