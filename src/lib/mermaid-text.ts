/**
 * Making any text a writer can type safe inside Mermaid source, without losing a character.
 *
 * Mermaid replaces `#<number>;` with the character of that code point after parsing (its
 * `encodeEntities` runs before the grammar sees the text, `decodeEntities` on the finished
 * SVG), so every character that means something to a grammar or to Mermaid's text pipeline is
 * written that way: `:` `;` `#` separate fields and start comments in `journey`, `%` starts
 * comments everywhere, `<` `>` `&` would be read as markup, `,` separates actors, and `ﬂ`/`¶`
 * are Mermaid's own placeholders for entities.
 */

/** Characters that are always written as `#<code point>;`. */
const specialCharacters = new Set(['#', ';', ':', '%', '<', '>', '&', ',', '\\', '{', '}', '\uFB02', '\u00B6']);
/** Control characters, and code points that are private or unassigned. */
const invisible = /[\p{Cc}\p{Co}\p{Cn}]/u;
/** Line breaks, tabs and other layout characters a label cannot hold; runs of them become one space. */
const breaks = /[\t\n\v\f\r\u0085\u2028\u2029 \p{Cc}]+/gu;

/** One line of plain text: line breaks, tabs, control characters and repeated spaces become one space. */
export function singleLine(text: string): string {
	return text.toWellFormed().replace(breaks, ' ').trim();
}

/** Writes the characters Mermaid treats specially as `#<code point>;`; every other character stays as it is. */
export function escapeMermaidText(text: string): string {
	let out = '';
	for (const character of text) {
		const codePoint = character.codePointAt(0) ?? 0;
		out += specialCharacters.has(character) || invisible.test(character) ? `#${codePoint};` : character;
	}
	return out;
}

/**
 * What Mermaid shows for escaped text: the inverse of {@link escapeMermaidText}, used by tests
 * to check that nothing was lost on the way through Mermaid's parser.
 */
export function unescapeMermaidText(text: string): string {
	return text.replace(/#(\d+);/g, (_, codePoint: string) => String.fromCodePoint(Number(codePoint)));
}

/**
 * Words that start a statement in Mermaid grammars (`title`, `section`, `accTitle`, …). A
 * label that begins with one would be read as that statement, so its first letter is escaped.
 */
const keywordStart = /^(?:journey|title|acc|section)/i;

/** Escapes a label that starts a line of Mermaid source, including a leading keyword. */
export function escapeLineStart(text: string): string {
	const escaped = escapeMermaidText(text);
	if (!keywordStart.test(escaped)) return escaped;
	const first = escaped.codePointAt(0) ?? 0;
	return `#${first};${escaped.slice(String.fromCodePoint(first).length)}`;
}

/** Width of a character in columns: wide East Asian characters and emoji take two, combining marks none. */
function columns(grapheme: string): number {
	const codePoint = grapheme.codePointAt(0) ?? 0;
	if (/^\p{M}/u.test(grapheme)) return 0;
	if (/\p{Extended_Pictographic}/u.test(grapheme) && codePoint > 0xff) return 2;
	const wide =
		(codePoint >= 0x1100 && codePoint <= 0x115f) ||
		(codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
		(codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
		(codePoint >= 0xf900 && codePoint <= 0xfaff) ||
		(codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
		(codePoint >= 0xff00 && codePoint <= 0xff60) ||
		(codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
		(codePoint >= 0x20000 && codePoint <= 0x3fffd);
	return wide ? 2 : 1;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Printable ASCII is one column a character; most labels are nothing else, and splitting them
// into graphemes is the costly part of measuring (journey pages measure every label).
const printableAscii = /^[\x20-\x7e]*$/;

/** How many columns a text takes when drawn, counting wide characters twice. */
export function textWidth(text: string): number {
	if (printableAscii.test(text)) return text.length;
	let width = 0;
	for (const { segment } of graphemes.segment(text)) width += columns(segment);
	return width;
}

/**
 * Shortens text to at most `maxWidth` columns, cutting at a word boundary when there is one in
 * the last third and ending with "…". Never splits a character or an emoji sequence.
 */
export function truncate(text: string, maxWidth: number): { text: string; shortened: boolean } {
	if (textWidth(text) <= maxWidth) return { text, shortened: false };
	let kept = '';
	let width = 0;
	for (const { segment } of graphemes.segment(text)) {
		const next = columns(segment);
		if (width + next > maxWidth - 1) break;
		kept += segment;
		width += next;
	}
	const lastSpace = kept.lastIndexOf(' ');
	if (lastSpace > (kept.length * 2) / 3) kept = kept.slice(0, lastSpace);
	return { text: `${kept.trimEnd()}…`, shortened: true };
}
