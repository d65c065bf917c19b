import { defineHastPlugin } from 'satteri';
import { diagramMarkup, labelFromSource } from './mermaid-markup';

/**
 * A Sätteri hast plugin that turns every ```mermaid fence in a Markdown or MDX body into the
 * site's diagram element, so a fence in a persona, segment, glossary or journey body is drawn
 * like a journey diagram. The syntax highlighter leaves these fences alone (`excludeLangs`),
 * so they arrive as `<pre><code class="language-mermaid">`.
 */
export function mermaidFencesPlugin() {
	return defineHastPlugin({
		name: 'persona-atlas:mermaid-fences',
		element: {
			filter: ['pre'],
			visit(node, ctx) {
				const code = node.children.find((child) => child.type === 'element' && child.tagName === 'code');
				if (code?.type !== 'element') return;
				const classes = code.properties['className'];
				if (!Array.isArray(classes) || !classes.includes('language-mermaid')) return;
				const source = ctx.textContent(code).replace(/\n$/, '');
				return diagramMarkup({ source, label: labelFromSource(source) });
			},
		},
	});
}
