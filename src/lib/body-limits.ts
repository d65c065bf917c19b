/** Something in an MDX body nested deeper than the compiler can take. */
export interface DeepNesting {
	line: number;
	depth: number;
	/** The most this kind of nesting may have. */
	limit: number;
	/** What is nested how deep, e.g. `tags nested 300 deep (at most 200)`. */
	description: string;
}

/**
 * Deepest nesting any real page needs, by a wide margin. Sätteri (native code) crashes the
 * whole process, with no error to catch, somewhere past a few thousand levels of `>` quotes,
 * lists, tags or brackets, so bodies beyond this are refused before they are compiled.
 */
export const maxNesting = 200;
/**
 * Most `*`, `_` and `~` marks in one paragraph. Emphasis nests at most one level per mark, and
 * `*a *a *a … a* a* a*` crashes the compiler past a few thousand levels.
 */
export const maxMarksPerParagraph = 2000;

/**
 * Finds the first place where a body nests deeper than `limit`: block quotes and lists (by
 * their markers and indentation), JSX tags, brackets inside `{…}` expressions, or too many
 * emphasis marks in one paragraph. Approximate by design (it does not parse Markdown) and
 * linear in the size of the text, so it is safe to run on anything.
 */
export function findDeepNesting(body: string, limit = maxNesting, firstLine = 1): DeepNesting | undefined {
	const lines = body.split('\n');
	let marks = 0;
	for (const [index, text] of lines.entries()) {
		const depth = containerDepth(text);
		if (depth > limit)
			return {
				line: firstLine + index,
				depth,
				limit,
				description: `block quotes and lists nested ${depth} deep (at most ${limit})`,
			};
		// Emphasis never spans a blank line, so marks are counted per paragraph.
		marks = text.trim() === '' ? 0 : marks + countMarks(text);
		if (marks > maxMarksPerParagraph) {
			return {
				line: firstLine + index,
				depth: marks,
				limit: maxMarksPerParagraph,
				description: `more than ${maxMarksPerParagraph} *, _ or ~ marks in one paragraph`,
			};
		}
	}
	return scanTagsAndBrackets(lines, limit, firstLine);
}

// `>` and list markers at the start of a line, plus indentation (two columns per list level);
// the one space that follows a marker belongs to the marker.
function containerDepth(line: string): number {
	let depth = 0;
	let column = 0;
	for (let at = 0; at < line.length; at++) {
		const char = line[at]!;
		let marker = 0;
		if (char === ' ') column++;
		else if (char === '\t') column += 4;
		else if (char === '>') marker = 1;
		else if ((char === '-' || char === '*' || char === '+') && [' ', '\t', undefined].includes(line[at + 1]))
			marker = 1;
		else {
			const ordered = /^\d{1,9}[.)](?=[ \t]|$)/.exec(line.slice(at, at + 11));
			if (!ordered) break;
			marker = ordered[0].length;
		}
		if (marker === 0) continue;
		depth++;
		at += marker - 1;
		if (line[at + 1] === ' ' || line[at + 1] === '\t') at++;
	}
	return depth + Math.floor(column / 2);
}

function countMarks(line: string): number {
	let count = 0;
	for (const char of line) if (char === '*' || char === '_' || char === '~') count++;
	return count;
}

// Open JSX tags, and ( [ { nesting once inside a {…} expression (where a JS parser recurses).
function scanTagsAndBrackets(lines: readonly string[], limit: number, firstLine: number): DeepNesting | undefined {
	let tags = 0;
	const brackets: string[] = [];
	for (const [index, line] of lines.entries()) {
		for (const tag of line.matchAll(/<(\/?)([A-Za-z][\w.:-]*)?(?:\s[^<>]*?)?(\/?)>/g)) {
			if (tag[1]) tags = Math.max(0, tags - 1);
			else if (!tag[3]) tags++;
			if (tags > limit)
				return {
					line: firstLine + index,
					depth: tags,
					limit,
					description: `tags nested ${tags} deep (at most ${limit})`,
				};
		}
		for (const char of line) {
			if (char === '{' || (brackets.length > 0 && (char === '(' || char === '['))) brackets.push(char);
			else if (brackets.length > 0 && (char === '}' || char === ')' || char === ']')) brackets.pop();
			if (brackets.length > limit)
				return {
					line: firstLine + index,
					depth: brackets.length,
					limit,
					description: `brackets nested ${brackets.length} deep in a {…} expression (at most ${limit})`,
				};
		}
	}
	return undefined;
}
