/** A run of excerpt text, highlighted when it matched the query. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const entities: Record<string, string> = {
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
	'&amp;': '&',
};

/** Pagefind escapes `<` and `>` in page text (but leaves a bare `&`); turn that back into plain text. */
const decode = (text: string) => text.replace(/&(?:lt|gt|quot|amp|#39|#x27);/g, (entity) => entities[entity] ?? entity);

/**
 * Splits a Pagefind excerpt into plain-text runs. Pagefind wraps matches in `<mark>`; that is
 * the only markup honoured; anything else that looks like a tag stays literal text. The UI puts
 * each run in the page with `textContent`, so page text can never become HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<\/?mark>)/)) {
		if (piece === '<mark>' || piece === '</mark>') {
			marked = piece === '<mark>';
			continue;
		}
		if (!piece) continue;
		const text = decode(piece);
		const last = parts.at(-1);
		if (last && last.marked === marked) last.text += text;
		else parts.push({ text, marked });
	}
	return parts;
}
