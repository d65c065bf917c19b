import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Frontmatter of an MDX file, parsed with positions so problems can name their line. */
export interface ParsedFrontmatter {
	data: unknown;
	/** 1-based file line of the key (or list item) at `path`, or of its closest existing parent. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
	/** YAML syntax errors, with file lines. */
	errors: { line: number; message: string }[];
	/** 1-based file line where the body starts. */
	bodyLine: number;
	body: string;
}

const fence = /^---[ \t]*\r?\n/;

/**
 * Splits an MDX source into YAML frontmatter and body and parses the YAML, keeping source
 * positions. Returns undefined when the file has no frontmatter block at all.
 */
export function parseFrontmatter(source: string): ParsedFrontmatter | undefined {
	const text = source.replace(/^\uFEFF/, '');
	if (!fence.test(text)) return undefined;
	const start = text.indexOf('\n') + 1;
	const close = /^---[ \t]*$/m;
	close.lastIndex = 0;
	const rest = text.slice(start);
	const match = close.exec(rest);
	if (!match) return undefined;
	const yamlText = rest.slice(0, match.index);
	const afterClose = start + match.index + match[0].length;
	const bodyStart = text[afterClose] === '\r' ? afterClose + 2 : afterClose + 1;
	const lineOffset = 1; // the opening --- is line 1
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toFileLine = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
	return {
		data: doc.errors.length ? undefined : (doc.toJS() ?? {}),
		errors: doc.errors.map((error) => ({
			line: toFileLine(error.pos[0]),
			message: error.message.split('\n')[0] ?? error.message,
		})),
		lineOf(path) {
			let node: unknown = doc.contents;
			let line = node && (node as Node).range ? toFileLine((node as Node).range![0]) : 2;
			for (const key of path) {
				if (isMap(node)) {
					const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
					if (!pair) break;
					const keyNode = pair.key as Node | null;
					if (keyNode?.range) line = toFileLine(keyNode.range[0]);
					node = pair.value;
				} else if (isSeq(node) && typeof key === 'number') {
					const item = node.items[key] as Node | undefined;
					if (!item) break;
					if (item.range) line = toFileLine(item.range[0]);
					node = item;
				} else break;
			}
			return line;
		},
		bodyLine: text.slice(0, bodyStart).split('\n').length,
		body: text.slice(bodyStart),
	};
}
