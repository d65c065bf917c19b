import { mdxToMdast } from 'satteri';
import { findDeepNesting } from './body-limits';
import type { JsonSchemaNode } from './schema-fields';
import { termComponent } from './term-refs';

/** The words of an entry as a reader sees them, and the terms its body links explicitly. */
export interface EntryText {
	/** Text pieces; no glossary name is matched across two of them. */
	pieces: string[];
	/** Ids named by `<Term id="…">` in the body. */
	termIds: string[];
}

// Code, markup and addresses are not prose: a URL like /glossary/customer-journey/ mentions nothing.
const skipped = new Set([
	'code',
	'inlineCode',
	'html',
	'yaml',
	'toml',
	'math',
	'inlineMath',
	'mdxjsEsm',
	'mdxFlowExpression',
	'mdxTextExpression',
	'definition',
]);

interface TreeNode {
	type: string;
	value?: string;
	alt?: string | null;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: TreeNode[];
}

/**
 * The readable text of an MDX body (headings, paragraphs, lists, link and image text; not code,
 * URLs or markup) and the ids of its `<Term>` elements. A body that is not valid MDX (the check
 * reports it) is read as plain text.
 */
export function bodyText(body: string): EntryText {
	if (findDeepNesting(body)) return { pieces: [body], termIds: [] };
	let tree: TreeNode;
	try {
		// The final newline keeps Sätteri from aborting the process on `export '\` at the very end (see mdx-body.ts).
		tree = mdxToMdast(`${body}\n`, { position: false }) as unknown as TreeNode;
	} catch {
		return { pieces: [body], termIds: [] };
	}
	const pieces: string[] = [];
	const termIds: string[] = [];
	const visit = (node: TreeNode) => {
		if (skipped.has(node.type)) return;
		if (node.type === 'text' && node.value) pieces.push(node.value);
		if (node.type === 'image' && node.alt) pieces.push(node.alt);
		if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === termComponent) {
			const id = node.attributes?.find((a) => a.name === 'id')?.value;
			if (typeof id === 'string') termIds.push(id);
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	return { pieces, termIds };
}

/**
 * The prose in an entry's frontmatter: every string whose schema field is free text. Ids and
 * references, tags, handles, dates, addresses, image paths and fixed choices are left out, so
 * `related: [customer-journey]` does not count as mentioning "customer journey".
 * @param schema The JSON Schema of the entry's frontmatter (see `frontmatterJsonSchema`).
 */
export function frontmatterText(data: unknown, schema: JsonSchemaNode): string[] {
	const pieces: string[] = [];
	const visit = (value: unknown, node: JsonSchemaNode | undefined) => {
		if (!node || value === null || value === undefined) return;
		if (node.anyOf) {
			const branch = node.anyOf.find((b) => fits(value, b));
			visit(value, branch);
			return;
		}
		if (typeof value === 'string') {
			if (node.type === 'string' && isProse(node)) pieces.push(value);
		} else if (Array.isArray(value)) {
			for (const item of value) visit(item, node.items);
		} else if (typeof value === 'object' && !(value instanceof Date) && node.properties) {
			for (const [key, child] of Object.entries(node.properties)) visit((value as Record<string, unknown>)[key], child);
		}
	};
	visit(data, schema);
	return pieces;
}

const isProse = (node: JsonSchemaNode) =>
	!node.reference && !node.format && !node.pattern && !node.enum && node.const === undefined;

function fits(value: unknown, node: JsonSchemaNode): boolean {
	if (Array.isArray(value)) return node.type === 'array';
	if (typeof value === 'string') return node.type === 'string';
	if (value && typeof value === 'object') return node.type === 'object';
	return true;
}
