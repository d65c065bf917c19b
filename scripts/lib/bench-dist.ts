import { load } from 'cheerio';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { pageScripts, type PageScripts } from '../../test/support/js-graph';
import { median, percentile } from './bench-stats';

/** The entry pages the budgets and the benchmark look at; redirects (e.g. from a glossary alias); everything else. */
export const pageTypes = ['persona', 'segment', 'journey', 'term', 'redirect', 'other'] as const;
/** A kind of built page. */
export type PageType = (typeof pageTypes)[number];

const typeOfFolder: Record<string, PageType> = {
	personas: 'persona',
	segments: 'segment',
	journeys: 'journey',
	glossary: 'term',
};

/** The kind of page at a site path: `/personas/ada/` is a persona; `/personas/` (the index) is other. */
export function pageTypeOf(sitePath: string, prefix = ''): PageType {
	const parts = sitePath.slice(prefix.length).split('/').filter(Boolean);
	return parts.length === 2 && parts[0] ? (typeOfFolder[parts[0]] ?? 'other') : 'other';
}

/** What one built page costs a reader. */
export interface PageWeight {
	path: string;
	/** The HTML file, relative to the build folder. */
	file: string;
	type: PageType;
	htmlBytes: number;
	/** Module scripts that run with the page (external files and their static imports, plus inline modules). */
	moduleScripts: number;
	/** Bytes of JavaScript that run before any interaction: those modules and classic inline scripts. */
	initialJsBytes: number;
	/** Bytes of classic `<script>` written into the page (not modules: they run before the first paint). */
	inlineClassicBytes: number;
	/** Bytes of JavaScript the page can load later with `import()` (the Mermaid renderer, the search UI). */
	lazyJsBytes: number;
	/** The part of that only pages with a diagram can load: the Mermaid renderer. */
	lazyDiagramJsBytes: number;
	/** Stylesheets linked plus `<style>` written into the page. */
	cssBytes: number;
	/** Whether the page shows a Mermaid diagram. */
	hasDiagram: boolean;
	/** The scripts behind these figures (site paths; shared between pages with the same scripts). */
	scripts: PageScripts;
}

const scriptTag = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const linkTag = /<link\b[^>]*>/gi;
const styleTag = /<style\b[^>]*>[\s\S]*?<\/style>/gi;

/**
 * Measures every page of a built site in `distDir`: HTML bytes, the JavaScript that runs on
 * load (followed through static imports like a browser would), lazy JavaScript, CSS, diagrams.
 * @param prefix The base path pages are served under ('' for `/`).
 */
export function measurePages(distDir: string, prefix = ''): PageWeight[] {
	const sizes = new Map<string, number>();
	const sizeOf = (sitePath: string) => {
		let size = sizes.get(sitePath);
		if (size === undefined) {
			size = statSync(join(distDir, sitePath.slice(prefix.length))).size;
			sizes.set(sitePath, size);
		}
		return size;
	};
	const readSiteFile = (sitePath: string) => readFileSync(join(distDir, sitePath.slice(prefix.length)), 'utf8');
	// Pages of one kind share their scripts and styles; follow each distinct set once, not once per page.
	const assets = new Map<
		string,
		{ scripts: PageScripts; stylesheets: string[]; classic: number; inlineModules: number }
	>();
	const pages = htmlFiles(distDir).map((file): PageWeight => {
		const html = readFileSync(join(distDir, file), 'utf8');
		const sitePath = `${prefix}/${file.replace(/(^|\/)index\.html$/, '$1')}`;
		const tags = [...(html.match(scriptTag) ?? []), ...(html.match(linkTag) ?? [])].join('');
		let asset = assets.get(tags);
		if (!asset) {
			const $ = load(tags);
			const classic = $('script:not([src]):not([type="module"])')
				.toArray()
				.reduce((sum, el) => sum + Buffer.byteLength($(el).text()), 0);
			const stylesheets = $('link[rel="stylesheet"][href]')
				.toArray()
				.map((el) => $(el).attr('href') ?? '');
			const inlineModules = $('script[type="module"]:not([src])').length;
			asset = { scripts: pageScripts(tags, readSiteFile), stylesheets, classic, inlineModules };
			assets.set(tags, asset);
		}
		const { scripts, stylesheets, classic, inlineModules } = asset;
		const sum = (paths: Iterable<string>) => [...paths].reduce((total, path) => total + sizeOf(path), 0);
		const inlineStyles = (html.match(styleTag) ?? []).reduce((total, tag) => total + Buffer.byteLength(tag), 0);
		return {
			path: sitePath,
			file,
			type: /<meta http-equiv="refresh"/i.test(html) ? 'redirect' : pageTypeOf(sitePath, prefix),
			htmlBytes: Buffer.byteLength(html),
			moduleScripts: scripts.initial.size + inlineModules,
			initialJsBytes: sum(scripts.initial) + scripts.inlineBytes + classic,
			inlineClassicBytes: classic,
			lazyJsBytes: sum(scripts.lazy),
			lazyDiagramJsBytes: 0,
			cssBytes: sum(stylesheets) + inlineStyles,
			hasDiagram: html.includes('<mermaid-diagram'),
			scripts,
		};
	});
	// Lazy code that pages without a diagram can load too (the search UI) is not diagram code.
	const shared = new Set(pages.filter((p) => !p.hasDiagram).flatMap((p) => [...p.scripts.lazy]));
	for (const page of pages.filter((p) => p.hasDiagram)) {
		page.lazyDiagramJsBytes = [...page.scripts.lazy].filter((f) => !shared.has(f)).reduce((t, f) => t + sizeOf(f), 0);
	}
	return pages;
}

/** Summary of the pages of one kind. */
export interface TypeSummary {
	count: number;
	htmlMedian: number;
	htmlP95: number;
	/** JavaScript run on load, median over the pages (pages with a diagram add the diagram loader). */
	jsMedian: number;
	jsMax: number;
	cssMedian: number;
	/** Pages that show a diagram, and the lazily loaded diagram code they may fetch (largest). */
	diagramPages: number;
	lazyDiagramJs: number;
}

/** Summarises page weights by kind of page. */
export function summarise(pages: readonly PageWeight[]): Record<PageType, TypeSummary> {
	return Object.fromEntries(
		pageTypes.map((type) => {
			const of = pages.filter((p) => p.type === type);
			const diagrams = of.filter((p) => p.hasDiagram);
			const summary: TypeSummary = {
				count: of.length,
				htmlMedian: median(of.map((p) => p.htmlBytes)),
				htmlP95: percentile(
					of.map((p) => p.htmlBytes),
					95,
				),
				jsMedian: median(of.map((p) => p.initialJsBytes)),
				jsMax: Math.max(0, ...of.map((p) => p.initialJsBytes)),
				cssMedian: median(of.map((p) => p.cssBytes)),
				diagramPages: diagrams.length,
				lazyDiagramJs: Math.max(0, ...diagrams.map((p) => p.lazyDiagramJsBytes)),
			};
			return [type, summary];
		}),
	) as Record<PageType, TypeSummary>;
}

/** Total bytes and number of files under a folder (0 when it does not exist). */
export function folderSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	const walk = (path: string) => {
		for (const item of readdirSync(path, { withFileTypes: true })) {
			const child = join(path, item.name);
			if (item.isDirectory()) walk(child);
			else if (item.isFile()) {
				bytes += statSync(child).size;
				files += 1;
			}
		}
	};
	try {
		walk(dir);
	} catch {
		return { bytes: 0, files: 0 };
	}
	return { bytes, files };
}

// Every .html file under the folder, as forward-slash paths relative to it.
function htmlFiles(distDir: string): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const item of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, item.name);
			if (item.isDirectory()) walk(path);
			else if (item.name.endsWith('.html')) found.push(relative(distDir, path).split('\\').join(posix.sep));
		}
	};
	walk(distDir);
	return found.sort();
}
