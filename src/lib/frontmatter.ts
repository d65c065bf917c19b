import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { loadLikeAstro } from './frontmatter-fast';
import { explainYamlError } from './yaml-hints';
import { timestampTag } from './yaml-timestamp';

/** Something wrong with the frontmatter as a whole: its fences or its YAML syntax. */
export interface FrontmatterError {
	/** 1-based file line. */
	line: number;
	message: string;
	hint: string;
}

/** Frontmatter of an MDX file, with the line of every field so problems can name it. */
export interface ParsedFrontmatter {
	/** The parsed YAML; undefined when there are errors. */
	data: unknown;
	/** 1-based file line of the key (or list item) at `path`, or of its closest existing parent. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
	/** Fence and YAML syntax errors, with file lines. */
	errors: FrontmatterError[];
	/** 1-based file line where the body starts. */
	bodyLine: number;
	body: string;
}

/** Where the frontmatter and the body of a file are, found the way Astro finds them. */
export interface FrontmatterBlock {
	yaml: string;
	/** 1-based file line of the first YAML line. */
	yamlLine: number;
	body: string;
	bodyLine: number;
	/** A fence problem: no closing line, a TOML block, text after a fence. */
	error?: FrontmatterError;
}

/**
 * Finds the frontmatter block as Astro does: after optional blank lines, from a `---` line to
 * the next line starting with `---`. Returns undefined when the file has no frontmatter at all.
 */
export function splitFrontmatter(source: string): FrontmatterBlock | undefined {
	// Lines are walked by offset rather than split: the body, most of a file, is never cut into lines.
	const text = source.replace(/^\uFEFF/, '');
	const endOf = (start: number) => {
		const newline = text.indexOf('\n', start);
		return newline === -1 ? text.length : newline + 1;
	};
	let first = 0;
	let start = 0;
	while (start < text.length && text.slice(start, endOf(start)).trim() === '') {
		start = endOf(start);
		first++;
	}
	const lineAt = (index: number) => index + 1;
	const opening = text.slice(start, endOf(start));
	if (opening.startsWith('+++')) {
		const error = {
			line: lineAt(first),
			message: 'the frontmatter is TOML (+++), which this site does not read',
			hint: 'Write the fields in YAML between two "---" lines.',
		};
		return { yaml: '', yamlLine: lineAt(first + 1), body: '', bodyLine: lineAt(first + 1), error };
	}
	if (!opening.startsWith('---')) return undefined;
	const yamlStart = endOf(start);
	let closing = first + 1;
	let closingStart = yamlStart;
	while (closingStart < text.length && !text.startsWith('---', closingStart)) {
		closingStart = endOf(closingStart);
		closing++;
	}
	if (closingStart >= text.length) {
		const error = {
			line: lineAt(first),
			message: 'the frontmatter is never closed',
			hint: 'Add a line with just "---" after the last field, before the text.',
		};
		return { yaml: text.slice(yamlStart), yamlLine: lineAt(first + 1), body: '', bodyLine: lineAt(closing), error };
	}
	const closingLine = text.slice(closingStart, endOf(closingStart));
	const block = {
		yaml: text.slice(yamlStart, closingStart),
		yamlLine: lineAt(first + 1),
		body: text.slice(closingStart + closingLine.length),
		bodyLine: lineAt(closing + 1),
	};
	const fenceWithText = [
		{ line: first, text: opening },
		{ line: closing, text: closingLine },
	].find((fence) => fence.text.trimEnd() !== '---');
	if (fenceWithText === undefined) return block;
	const error = {
		line: lineAt(fenceWithText.line),
		message: `the frontmatter fence "${fenceWithText.text.trimEnd().slice(0, 40)}" must be just "---"`,
		hint: 'Put "---" alone on its line; fields go between the two fences, text after the second.',
	};
	return { ...block, error };
}

// The check asks for each file's frontmatter more than once in a row (the schema, then the
// placeholders); reading YAML is the costliest part of the check, so the last result is kept for
// the same text. Callers only read what they get.
let last: { source: string; parsed: ParsedFrontmatter | undefined } | undefined;

/**
 * Splits an MDX source into YAML frontmatter and body and parses the YAML with the same types as
 * Astro's parser (bare dates become dates, `<<` merges). Most files are read by js-yaml, as Astro
 * reads them, and their lines are found only when `lineOf` is first called; anything js-yaml
 * rejects, or might read differently, is read with positions by the `yaml` package, which names
 * the line of every syntax error. Never throws: anything wrong becomes an error. Returns undefined
 * when the file has no frontmatter at all. Asked again for the same text, it returns the same
 * result without reading it again.
 */
export function parseFrontmatter(source: string): ParsedFrontmatter | undefined {
	if (last?.source === source) return last.parsed;
	const parsed = readFrontmatter(source);
	last = { source, parsed };
	return parsed;
}

function readFrontmatter(source: string): ParsedFrontmatter | undefined {
	const block = splitFrontmatter(source);
	if (!block) return undefined;
	const fast = block.error ? undefined : loadLikeAstro(block.yaml);
	if (!fast) return readWithPositions(block);
	let positions: ParsedFrontmatter | undefined;
	return {
		data: fast.data,
		errors: [],
		// Lines are only needed to report a problem, so only files with one pay for reading them.
		lineOf: (path) => (positions ??= readWithPositions(block)).lineOf(path),
		bodyLine: block.bodyLine,
		body: block.body,
	};
}

/**
 * Reads frontmatter the slow way only: with the `yaml` package, keeping positions. Every syntax
 * error comes from here, with its line. Exported so tests can compare it with `parseFrontmatter`.
 */
export function parseFrontmatterWithPositions(source: string): ParsedFrontmatter | undefined {
	const block = splitFrontmatter(source);
	return block && readWithPositions(block);
}

function readWithPositions(block: FrontmatterBlock): ParsedFrontmatter {
	const lineCounter = new LineCounter();
	const toFileLine = (offset: number) => lineCounter.linePos(offset).line + block.yamlLine - 1;
	const failed = (errors: FrontmatterError[]): ParsedFrontmatter => ({
		data: undefined,
		errors,
		lineOf: () => block.yamlLine,
		bodyLine: block.bodyLine,
		body: block.body,
	});
	if (block.error) return failed([block.error]);
	let doc;
	try {
		doc = parseDocument(block.yaml, {
			lineCounter,
			prettyErrors: false,
			uniqueKeys: true,
			merge: true,
			logLevel: 'silent',
			customTags: [timestampTag],
		});
	} catch (error) {
		return failed([unexpected(error, block.yamlLine)]);
	}
	const yamlErrors = [...doc.errors, ...doc.warnings];
	if (yamlErrors.length > 0) {
		// An error at the very end (an unclosed [ or quote) belongs to the last line of YAML, not the closing fence.
		const lastOffset = Math.max(0, block.yaml.trimEnd().length - 1);
		const explained = yamlErrors.map((error) => ({
			line: toFileLine(Math.min(error.pos[0], lastOffset)),
			...explainYamlError({
				code: error.code,
				message: error.message.split('\n')[0] ?? error.message,
				text: block.yaml.slice(error.pos[0]).split(/\r?\n/)[0] ?? '',
			}),
		}));
		// Deep nesting overflows the parser once per level; one report is enough.
		const tooDeep = explained.filter((error) => error.message.includes('nested too deeply'));
		return failed(tooDeep.length > 0 ? [{ ...tooDeep[0]!, line: Math.min(...tooDeep.map((e) => e.line)) }] : explained);
	}
	let data: unknown;
	try {
		data = doc.toJS() ?? {};
	} catch (error) {
		return failed([unexpected(error, block.yamlLine)]);
	}
	return {
		data,
		errors: [],
		lineOf(path) {
			let node: unknown = doc.contents;
			let line = node && (node as Node).range ? toFileLine((node as Node).range![0]) : block.yamlLine;
			for (const key of path) {
				if (isMap(node)) {
					const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
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
		bodyLine: block.bodyLine,
		body: block.body,
	};
}

// Errors the YAML library throws instead of reporting: unknown aliases, alias bombs, deep nesting.
function unexpected(error: unknown, line: number): FrontmatterError {
	const text = error instanceof Error ? error.message : String(error);
	if (error instanceof RangeError || /call stack/i.test(text)) {
		return {
			line,
			message: 'the frontmatter is nested too deeply to read',
			hint: 'Fields nest a few levels at most; flatten the lists and groups.',
		};
	}
	if (/alias count/i.test(text)) {
		return {
			line,
			message: 'the frontmatter repeats *aliases too often to read',
			hint: 'Write the values out instead of repeating *aliases.',
		};
	}
	if (/alias/i.test(text)) {
		return {
			line,
			message: `the frontmatter is not valid YAML: ${text}`,
			hint: 'A *name repeats a value marked &name earlier; write the value out, or put text starting with * in quotes.',
		};
	}
	return {
		line,
		message: `the frontmatter could not be read: ${text}`,
		hint: 'Check the indentation and quoting of the fields.',
	};
}
