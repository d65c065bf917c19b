import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { entryOfFile } from './entry-file';
import { firstMentions, splitAtMentions, termMatcher, type TermMatcher } from './glossary-matcher';
import { readGlossaryTerms, type GlossarySourceTerm } from './glossary-source';
import { termComponent, termRefIssue } from './term-refs';

// Words inside these never become links: they are headings, links, code or markup already.
const skippedNodes = new Set([
	'heading',
	'link',
	'linkReference',
	'definition',
	'image',
	'imageReference',
	'code',
	'inlineCode',
	'html',
	'math',
	'inlineMath',
	'yaml',
	'toml',
	'mdxjsEsm',
	'mdxFlowExpression',
	'mdxTextExpression',
]);
const skippedElements = new Set([
	termComponent,
	'a',
	'abbr',
	'button',
	'code',
	'dfn',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'kbd',
	'pre',
	'samp',
	'var',
]);

interface TreeNode {
	type: string;
	value?: string;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: readonly TreeNode[];
	position?: { start: { line: number } } | undefined;
}

const isElement = (node: TreeNode) => node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';

/** What `glossaryLinksPlugin` needs: where entries live and the glossary's names. */
export interface GlossaryLinksOptions {
	/** Absolute path of the content folder. */
	contentDir: string;
	/** The glossary; called once per build, when the first entry is compiled. */
	terms: () => readonly GlossarySourceTerm[];
}

/**
 * A Sätteri mdast plugin (factory) that links the first mention of every glossary term in the
 * body of a persona, segment, journey or term: the words become `<Term id="…">words</Term>`,
 * which renders as a link with the term's summary as a tooltip. Headings, links, code and
 * markup are left alone, a term is never linked on its own page, and terms the writer already
 * links with `<Term>` are not linked again. A `<Term>` whose id leads nowhere fails the compile,
 * naming the file, line and the closest ids. Other documents are not touched.
 */
export function glossaryLinksPlugin(options: GlossaryLinksOptions) {
	let glossary: { terms: readonly GlossarySourceTerm[]; match: TermMatcher } | undefined;
	const load = () => {
		if (!glossary) {
			const terms = options.terms();
			glossary = { terms, match: termMatcher(terms.map((t) => ({ id: t.id, names: [t.term, ...t.aliases] }))) };
		}
		return glossary;
	};
	return (context: PluginFactoryContext) => {
		const url = context.fileURL;
		const entry = url?.protocol === 'file:' ? entryOfFile(fileURLToPath(url), options.contentDir) : undefined;
		if (!entry || context.sourceFormat !== 'mdx') return null;
		const { terms, match } = load();
		const file = fileURLToPath(url!);
		return defineMdastPlugin({
			name: 'persona-atlas:glossary-links',
			options: { position: true },
			before(root, ctx) {
				const texts: TreeNode[] = [];
				const linked = new Set<string>();
				const problems: string[] = [];
				const visit = (node: TreeNode) => {
					if (skippedNodes.has(node.type)) return;
					if (node.type === 'text') {
						texts.push(node);
						return;
					}
					if (isElement(node) && node.name === termComponent) {
						const issue = termRefIssue(node.attributes ?? [], terms);
						const line = node.position ? `:${node.position.start.line}` : '';
						if (issue) problems.push(`  ${file}${line}: ${issue.message} — ${issue.hint}`);
						const id = node.attributes?.find((a) => a.name === 'id')?.value;
						if (typeof id === 'string') linked.add(id);
					}
					if (isElement(node) && skippedElements.has(node.name ?? '')) return;
					node.children?.forEach(visit);
				};
				visit(root as unknown as TreeNode);
				if (problems.length > 0) throw new Error(`Unknown glossary terms in ${file}:\n${problems.join('\n')}`);
				const exclude = entry.collection === 'glossary' ? entry.id : undefined;
				const plan = firstMentions(
					texts.map((t) => t.value ?? ''),
					match,
					{ exclude, seen: linked },
				);
				texts.forEach((node, index) => {
					const mentions = plan[index] ?? [];
					if (mentions.length === 0) return;
					const parts = splitAtMentions(node.value ?? '', mentions).map((part) =>
						typeof part === 'string'
							? { type: 'text' as const, value: part }
							: {
									type: 'mdxJsxTextElement' as const,
									name: termComponent,
									attributes: [{ type: 'mdxJsxAttribute' as const, name: 'id', value: part.id }],
									children: [{ type: 'text' as const, value: part.text }],
								},
					);
					ctx.replaceNode(node as never, parts as never);
				});
			},
		});
	};
}

/**
 * The auto-linker for a content folder, as astro.config.mjs wires it: the glossary is read from
 * `<contentDir>/glossary` once per build (a running dev server picks up new terms on restart).
 * @param contentDir Absolute path of the content folder.
 */
export function glossaryLinks(contentDir: string) {
	return glossaryLinksPlugin({ contentDir, terms: () => readGlossaryTerms(join(contentDir, 'glossary')) });
}
