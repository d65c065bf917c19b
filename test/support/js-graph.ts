import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { load } from 'cheerio';

/** The JavaScript a built page loads: what runs at once (static), and what it may import later (lazy). */
export interface PageScripts {
	/** Site paths of the scripts loaded with the page and their static imports. */
	initial: Set<string>;
	/** Site paths reachable only through `import()`, with their own imports. */
	lazy: Set<string>;
	/** Bytes of module scripts written into the page itself (Astro inlines small scripts). */
	inlineBytes: number;
}

const quoted = `["'\`]([^"'\`]+\\.m?js)["'\`]`;
const staticImport = new RegExp(`(?:\\bimport|\\bexport)\\s*(?:[\\w$*{}\\s,]+?\\s*from\\s*)?${quoted}`, 'g');
const dynamicImport = new RegExp(`\\bimport\\(\\s*${quoted}\\s*\\)`, 'g');

/**
 * Follows the scripts of a built page through the files in dist/, the way a browser would:
 * `<script type="module" src>`, `modulepreload` links, imports in inline modules, then every
 * static `import … from` and dynamic `import()` in the files they load.
 * @param readSiteFile Reads a file by site path (`/_astro/x.js`).
 */
export function pageScripts(html: string, readSiteFile: (path: string) => string): PageScripts {
	const $ = load(html);
	const initial = new Set<string>();
	const lazy = new Set<string>();
	const dynamicRoots: string[] = [];
	let inlineBytes = 0;
	const resolve = (from: string, specifier: string) =>
		specifier.startsWith('/') ? specifier : posix.join(posix.dirname(from), specifier);
	const visit = (path: string, into: Set<string>) => {
		if (initial.has(path) || into.has(path)) return;
		into.add(path);
		const code = readSiteFile(path);
		for (const match of code.matchAll(staticImport)) visit(resolve(path, match[1] ?? ''), into);
		for (const match of code.matchAll(dynamicImport)) dynamicRoots.push(resolve(path, match[1] ?? ''));
	};
	$('script[type="module"][src], link[rel="modulepreload"][href]').each((_, el) => {
		visit($(el).attr('src') ?? $(el).attr('href') ?? '', initial);
	});
	$('script[type="module"]:not([src])').each((_, el) => {
		const code = $(el).text();
		inlineBytes += Buffer.byteLength(code);
		for (const match of code.matchAll(staticImport)) visit(resolve('/', match[1] ?? ''), initial);
		for (const match of code.matchAll(dynamicImport)) dynamicRoots.push(resolve('/', match[1] ?? ''));
	});
	while (dynamicRoots.length > 0) visit(dynamicRoots.shift() ?? '', lazy);
	return { initial, lazy, inlineBytes };
}

/** Reads a built file by site path, from dist/. */
export function distReader(distDir: string, prefix: string) {
	return (sitePath: string) => readFileSync(posix.join(distDir, sitePath.slice(prefix.length)), 'utf8');
}
