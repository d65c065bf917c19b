import { describe, expect, inject, it } from 'vitest';
import { measurePages, type PageWeight } from '../../scripts/lib/bench-dist';
import { median } from '../../scripts/lib/bench-stats';
import { distReader } from '../support/js-graph';

// Page-weight budgets on the real site's build (BENCHMARKS.md has the same figures for catalogs of
// 250 to 2,000 personas). Bytes are uncompressed, as they sit in dist/; 1 KB is 1,024 bytes.
const KB = 1024;
const budgets = {
	/** Median HTML of a persona page. */
	personaHtml: 25 * KB,
	/**
	 * JavaScript that runs before any interaction on persona and glossary pages (diagram loader aside):
	 * 4.3 to 5.1 KB today, including the 464-byte pre-paint theme script (BENCHMARKS.md).
	 */
	bootstrapJs: 6 * KB,
	/** Module scripts that bootstrap: the search box (with Vite's preload helper), the theme toggle, glossary tooltips. */
	bootstrapModules: 4,
	/** Stylesheets linked from, plus styles written into, any one page. */
	css: 30 * KB,
} as const;

const distDir = inject('distDir');
const base = process.env['BASE_PATH'] ?? '/';
const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
const pages = measurePages(distDir, prefix);
const read = distReader(distDir, prefix);
const of = (...types: PageWeight['type'][]) => pages.filter((p) => types.includes(p.type));
// The Mermaid renderer itself: its prebuilt bundle or a chunk of it, or any file that carries its API.
const isMermaid = (path: string) =>
	/\/mermaid\.esm\.min\.mjs$|\/mermaid\.core[.-]/.test(path) || read(path).includes('mermaidAPI');
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe('page weight budgets', () => {
	it(`keeps the median persona page at ${kb(budgets.personaHtml)} of HTML or less`, () => {
		const personas = of('persona');
		expect(personas.length).toBeGreaterThan(5);
		const sizes = personas.map((p) => `${p.path} ${kb(p.htmlBytes)}`).join(', ');
		expect(median(personas.map((p) => p.htmlBytes)), sizes).toBeLessThanOrEqual(budgets.personaHtml);
	});

	it('runs only a tiny bootstrap on persona and glossary pages before any interaction', () => {
		const checked = of('persona', 'term');
		expect(checked.length).toBeGreaterThan(20);
		for (const page of checked) {
			const { scripts } = page;
			const bootstrap = [...scripts.initial].filter((path) => !/mermaid/i.test(path));
			const bytes =
				bootstrap.reduce((sum, path) => sum + Buffer.byteLength(read(path)), 0) +
				scripts.inlineBytes +
				page.inlineClassicBytes;
			expect(bootstrap.length, `${page.path}: ${bootstrap.join(', ')}`).toBeLessThanOrEqual(budgets.bootstrapModules);
			expect(bytes, `${page.path}: ${bootstrap.join(', ')}`).toBeLessThanOrEqual(budgets.bootstrapJs);
			// The pre-paint theme script is the only classic script; everything else waits for a module.
			expect(page.inlineClassicBytes, page.path).toBeLessThanOrEqual(600);
		}
	});

	it('loads Mermaid only on pages that show a diagram, and only lazily', () => {
		const withDiagram = pages.filter((p) => p.hasDiagram);
		expect(withDiagram.length).toBeGreaterThan(0);
		for (const page of pages) {
			const { scripts } = page;
			const reachable = [...scripts.initial, ...scripts.lazy];
			expect(reachable.some(isMermaid), page.path).toBe(page.hasDiagram);
			// Even where a diagram is drawn, the renderer is fetched by the small loader, never with the page.
			expect([...scripts.initial].filter(isMermaid), page.path).toEqual([]);
		}
	});

	it(`keeps the CSS of every page at ${kb(budgets.css)} or less`, () => {
		const heaviest = [...pages].sort((a, b) => b.cssBytes - a.cssBytes).slice(0, 3);
		for (const page of pages) {
			expect(
				page.cssBytes,
				`${page.path} (heaviest: ${heaviest.map((p) => `${p.path} ${kb(p.cssBytes)}`).join(', ')})`,
			).toBeLessThanOrEqual(budgets.css);
		}
	});
});
