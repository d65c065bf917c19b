import { mdxToMdast } from 'satteri';
import { findDeepNesting } from './body-limits';
import { normaliseName } from './glossary-matcher';
import { mdxBody } from './mdx-body';
import type { Problem } from './problems';
import { closestMatches } from './suggest';

/** The name of the MDX component that links a glossary term explicitly: `<Term id="touchpoint">`. */
export const termComponent = 'Term';

/** A term as `<Term id>` checks need it. */
export interface TermRefTarget {
	id: string;
	term: string;
	aliases: readonly string[];
}

/** Why a `<Term>` element cannot be rendered, and what to write instead. */
export interface TermRefIssue {
	message: string;
	hint: string;
}

interface JsxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

/**
 * Checks the attributes of one `<Term>` element against the glossary: it needs `id="…"` naming a
 * term's id. The hint offers the closest ids, or the term an alias or a name belongs to
 * (`id="CRM"` → `customer-relationship-management`). Returns undefined when all is well.
 */
export function termRefIssue(
	attributes: readonly JsxAttribute[],
	terms: readonly TermRefTarget[],
): TermRefIssue | undefined {
	const id = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
	const others = attributes.filter((a) => a !== id && a.type === 'mdxJsxAttribute').map((a) => a.name ?? '');
	if (others.length > 0) {
		return {
			message: `<${termComponent}> does not take ${others.map((name) => `"${name}"`).join(', ')}`,
			hint: `Write <${termComponent} id="touchpoint">touchpoints</${termComponent}>: the id of a glossary term, and the words to show.`,
		};
	}
	if (!id || typeof id.value !== 'string' || id.value.trim() === '') {
		// A {…} value is reported by the content-safety check already.
		if (id && id.value !== null && typeof id.value === 'object') return undefined;
		return {
			message: `<${termComponent}> needs the id of a glossary term`,
			hint: `Write <${termComponent} id="touchpoint">touchpoints</${termComponent}>; the id is the term's file name in the glossary folder.`,
		};
	}
	const value = id.value;
	if (terms.some((t) => t.id === value)) return undefined;
	const byName = terms.find((t) => [t.term, ...t.aliases].some((name) => normaliseName(name) === normaliseName(value)));
	const close = byName
		? [byName.id]
		: closestMatches(
				value,
				terms.map((t) => t.id),
			);
	return {
		message: `<${termComponent} id="${value}">: no glossary term has that id`,
		hint: byName
			? `"${value}" is a name of the term "${byName.id}": write id="${byName.id}".`
			: close.length > 0
				? `Did you mean ${close.map((c) => `"${c}"`).join(' or ')}? Ids are file names in the glossary folder.`
				: 'Use the file name (without .mdx) of a term in the glossary folder, or add the term first.',
	};
}

interface TreeNode {
	type: string;
	name?: string | null;
	attributes?: JsxAttribute[];
	children?: TreeNode[];
	position?: { start: { line: number } };
}

/**
 * Every `<Term>` element in an MDX body whose id does not lead to a glossary term, as problems
 * naming the file line. The frontmatter is blanked first, as Astro does, so lines match the
 * file. A body that is not valid MDX has no problems here: the body check reports it.
 */
export function checkTermRefs(file: string, source: string, terms: readonly TermRefTarget[]): Problem[] {
	const { text: body, fenceError } = mdxBody(source);
	if (fenceError) return [];
	// Most bodies have no <Term>; skip parsing them.
	if (!body.includes(`<${termComponent}`)) return [];
	// Nesting that deep takes the parser down with the process; the body check reports it.
	if (findDeepNesting(body)) return [];
	let tree: TreeNode;
	try {
		tree = mdxToMdast(body) as unknown as TreeNode;
	} catch {
		return [];
	}
	const problems: Problem[] = [];
	const visit = (node: TreeNode) => {
		if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === termComponent) {
			const issue = termRefIssue(node.attributes ?? [], terms);
			if (issue) problems.push({ severity: 'error', file, line: node.position?.start.line, field: '', ...issue });
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	return problems;
}
