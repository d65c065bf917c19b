/**
 * The server-rendered markup of a Mermaid diagram, shared by the journey page and the
 * ```mermaid fence plugin so every diagram on the site is the same element. The browser
 * upgrades it with src/scripts/mermaid-loader.ts; without JavaScript the source stays readable.
 */

/** Name of the custom element that draws a diagram. */
export const diagramElement = 'mermaid-diagram';

/** What a diagram element needs. */
export interface DiagramMarkupOptions {
	/** Mermaid source. */
	source: string;
	/** What the diagram shows, for screen readers (the drawing itself is not read out). */
	label: string;
	/** Space kept free before the diagram is drawn (a CSS length), so the page does not jump. */
	minHeight?: string | undefined;
	/** Id of an element that describes the diagram in words (e.g. the table beside it). */
	describedBy?: string | undefined;
}

/** A hast element (the shape Sätteri plugins return), limited to what the diagram markup uses. */
export interface MarkupElement {
	type: 'element';
	tagName: string;
	/** Attribute names as written in HTML; `className` is the class list. */
	properties: Record<string, string | string[]>;
	children: (MarkupElement | { type: 'text'; value: string })[];
}

const element = (
	tagName: string,
	properties: MarkupElement['properties'],
	...children: (MarkupElement | string)[]
): MarkupElement => ({
	type: 'element',
	tagName,
	properties,
	children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
});

/** A CSS length we accept for the reserved height; anything else falls back to the default. */
const cssLength = /^\d+(?:\.\d+)?(?:px|rem|em)$/;

/**
 * A diagram element as a hast tree: a labelled canvas that the loader draws into, and the
 * Mermaid source in a collapsed "Diagram source" disclosure that search does not index.
 */
export function diagramMarkup({ source, label, minHeight, describedBy }: DiagramMarkupOptions): MarkupElement {
	const canvas: MarkupElement['properties'] = {
		className: ['mermaid-diagram-canvas'],
		role: 'img',
		'aria-label': label,
	};
	if (describedBy) canvas['aria-describedby'] = describedBy;
	// Search indexes the words around a diagram (for a journey, its table), not its source or status lines.
	const root: MarkupElement['properties'] = { className: ['mermaid-diagram'], 'data-pagefind-ignore': '' };
	if (minHeight && cssLength.test(minHeight)) root['style'] = `--mermaid-min-height: ${minHeight}`;
	return element(
		diagramElement,
		root,
		element(
			'div',
			canvas,
			element('p', { className: ['mermaid-diagram-status'], 'aria-hidden': 'true' }, 'Drawing the diagram…'),
			element(
				'p',
				{ className: ['mermaid-diagram-noscript'] },
				'This diagram needs JavaScript to be drawn. Its source is below.',
			),
		),
		element(
			'details',
			{ className: ['mermaid-diagram-source'], 'data-pagefind-ignore': '' },
			element('summary', {}, 'Diagram source'),
			element('pre', {}, element('code', { className: ['language-mermaid'] }, source)),
		),
	);
}

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Serialises diagram markup to HTML, for components that render it directly. */
export function toHtml(node: MarkupElement): string {
	const attributes = Object.entries(node.properties)
		.map(
			([name, value]) =>
				` ${name === 'className' ? 'class' : name}="${escapeHtml(Array.isArray(value) ? value.join(' ') : value)}"`,
		)
		.join('');
	const children = node.children
		.map((child) => (child.type === 'text' ? escapeHtml(child.value) : toHtml(child)))
		.join('');
	return `<${node.tagName}${attributes}>${children}</${node.tagName}>`;
}

/** HTML of a diagram element (see {@link diagramMarkup}). */
export function diagramHtml(options: DiagramMarkupOptions): string {
	return toHtml(diagramMarkup(options));
}

/** Readable names of Mermaid diagram types, by the keyword that starts the source. */
const typeNames: Record<string, string> = {
	flowchart: 'Flowchart',
	graph: 'Flowchart',
	sequencediagram: 'Sequence diagram',
	classdiagram: 'Class diagram',
	statediagram: 'State diagram',
	'statediagram-v2': 'State diagram',
	erdiagram: 'Entity relationship diagram',
	journey: 'Journey diagram',
	gantt: 'Gantt chart',
	pie: 'Pie chart',
	quadrantchart: 'Quadrant chart',
	mindmap: 'Mind map',
	timeline: 'Timeline',
	gitgraph: 'Git graph',
	sankey: 'Sankey diagram',
	'sankey-beta': 'Sankey diagram',
	'xychart-beta': 'XY chart',
	xychart: 'XY chart',
	block: 'Block diagram',
	'block-beta': 'Block diagram',
	kanban: 'Kanban board',
	architecture: 'Architecture diagram',
	'architecture-beta': 'Architecture diagram',
	requirementdiagram: 'Requirement diagram',
	packet: 'Packet diagram',
	radar: 'Radar chart',
};

/**
 * A label for a diagram written by hand: its `accTitle` (and `title`) when it has one,
 * otherwise its type ("Flowchart"), so a screen reader never meets an unnamed image.
 */
export function labelFromSource(source: string): string {
	const lines = source.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
	const find = (pattern: RegExp) => lines.map((line) => pattern.exec(line)?.[1]?.trim()).find(Boolean);
	const accTitle = find(/^\s*accTitle\s*:\s*(.+)$/);
	const title = find(/^\s*title\s*:?\s+(.+)$/);
	const keyword = lines.map((line) => line.trim()).find((line) => line && !line.startsWith('%%'));
	const type = typeNames[keyword?.split(/\s+/)[0]?.toLowerCase() ?? ''] ?? 'Diagram';
	const name = accTitle ?? title;
	return name ? `${type}: ${name}` : type;
}
