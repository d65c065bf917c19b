import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mermaidFencesPlugin } from '../../src/lib/mermaid-fences';
import { diagramHtml, labelFromSource } from '../../src/lib/mermaid-markup';

const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [mermaidFencesPlugin()] }).html;

describe('mermaidFencesPlugin', () => {
	it('turns a mermaid fence into a labelled diagram element that keeps its source out of search', () => {
		const html = render('Intro\n\n```mermaid\nflowchart LR\n  a["Q&A <b>"] --> b\n```\n');
		expect(html).toMatch(/<mermaid-diagram class="mermaid-diagram" data-pagefind-ignore(="")?>/);
		expect(html).toMatch(/<div class="mermaid-diagram-canvas" role="img" aria-label="Flowchart">/);
		expect(html).toMatch(/<details class="mermaid-diagram-source" data-pagefind-ignore[^>]*>/);
		expect(html).toContain('<code class="language-mermaid">flowchart LR\n  a["Q&amp;A &lt;b&gt;"] --&gt; b</code>');
		// The only <pre> left is the source inside the disclosure.
		expect(html.match(/<pre>/g)).toHaveLength(1);
		expect(html.indexOf('<pre>')).toBeGreaterThan(html.indexOf('<details'));
	});

	it('leaves other code blocks alone', () => {
		const html = render('```js\nconst a = 1;\n```\n');
		expect(html).not.toContain('mermaid-diagram');
		expect(html).toContain('<code class="language-js">');
	});

	it('passes an invalid diagram through unchanged, for the browser to show the error', () => {
		const html = render('```mermaid\nflowchart LR\n  a --> (\n```\n');
		expect(html).toContain('<code class="language-mermaid">flowchart LR\n  a --&gt; (</code>');
	});

	it('works in MDX bodies', () => {
		const { code } = mdxToJs('# Term\n\n```mermaid\nsequenceDiagram\n  accTitle: Ordering\n  A->>B: hi\n```\n', {
			hastPlugins: [mermaidFencesPlugin()],
		});
		expect(code).toContain('"mermaid-diagram"');
		expect(code).toContain('"aria-label": "Sequence diagram: Ordering"');
	});
});

describe('labelFromSource', () => {
	it('names the diagram by its accessible title, title or type', () => {
		expect(labelFromSource('flowchart TD\n  a --> b')).toBe('Flowchart');
		expect(labelFromSource('graph LR\n  accTitle: How a map is made\n  a --> b')).toBe('Flowchart: How a map is made');
		expect(labelFromSource('---\ntitle: Ignored frontmatter\n---\npie\n  title Pets\n  "Dogs": 3')).toBe(
			'Pie chart: Pets',
		);
		expect(labelFromSource('%% comment\njourney\n  title Buying')).toBe('Journey diagram: Buying');
		expect(labelFromSource('notADiagram')).toBe('Diagram');
	});
});

describe('diagramHtml', () => {
	it('escapes the label and the source, and accepts only CSS lengths for the reserved height', () => {
		const html = diagramHtml({
			source: '</code><script>x</script>',
			label: '"><img>',
			minHeight: '10px;color:red',
			describedBy: 'table',
		});
		expect(html).toContain('aria-label="&#34;&#62;&#60;img&#62;"');
		expect(html).toContain('&#60;/code&#62;&#60;script&#62;x&#60;/script&#62;');
		expect(html).not.toContain('style=');
		expect(html).toContain('aria-describedby="table"');
		expect(diagramHtml({ source: 'pie', label: 'x', minHeight: '591px' })).toContain(
			'style="--mermaid-min-height: 591px"',
		);
	});
});
