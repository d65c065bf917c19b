import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type IndexingResponse, type PagefindIndex } from 'pagefind';
import { collectionNames } from '../schemas/shared';
import { withChildEnvironment } from '../lib/child-environment';
import { pagesGlob, pathBelowBase, searchPagePath } from '../lib/search-pages';

/** Top-level folders of the built site that are not searched (see `searchPagePath`). */
const skip = ['_astro', 'pagefind', 'search', 'reviews'];

/**
 * Pagefind's ready-made search UIs, written next to the index. This site has its own (the header
 * combobox and /search/), so these would only be dead weight in every deploy (about 430 kB).
 */
const unusedUiFiles = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

/** Total bytes of the files under a folder. */
function folderBytes(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((sum, item) => {
		const path = join(dir, item.name);
		return sum + (item.isDirectory() ? folderBytes(path) : statSync(path).size);
	}, 0);
}

/** Fails the build with every error Pagefind reported for one step. */
function check(step: string, errors: string[]) {
	if (errors.length === 0) return;
	throw new AstroError(`Pagefind could not ${step}:\n${errors.join('\n')}`, 'The site was built, but without search.');
}

/** What the index is handed while pages render: batches of written pages for `addDirectory`. */
interface Indexing {
	index: PagefindIndex;
	/** Searchable pages rendered and not yet handed over (paths below the built site). */
	waiting: string[];
	/** Every batch handed over so far. */
	batches: Promise<IndexingResponse>[];
	/** How many pages the batches name. */
	handed: number;
}

/** Pages per batch: large enough that Pagefind's work per call is small beside the pages', small enough to start early. */
const batchSize = 150;

/**
 * Builds the search index while the pages render. Pagefind's Node API starts in
 * `astro:build:start`; Astro's prerenderer is wrapped (the `setPrerenderer` integration API) to
 * note each searchable page it renders, and every 150 pages the ones already written are handed
 * to Pagefind's `addDirectory`, which reads them from disk in its own process, on the core that
 * Astro's single-threaded rendering leaves free. `astro:build:done` hands over the last pages and
 * writes the index to `<outDir>/pagefind/`. Only `<main data-pagefind-body>` of each page is read;
 * the header, footer and diagram source carry `data-pagefind-ignore`. Every error fails the build:
 * a site whose search silently finds nothing is worse than no build.
 */
export function pagefind(): AstroIntegration {
	let base = '/';
	let outDir = '';
	let indexing: Indexing | undefined;
	// Pages whose file is on disk go to Pagefind; the others wait for the next batch.
	const handOver = (current: Indexing, all: boolean) => {
		const written = all ? current.waiting : current.waiting.filter((path) => existsSync(join(outDir, path)));
		if (written.length === 0) return;
		current.waiting = all ? [] : current.waiting.filter((path) => !written.includes(path));
		current.handed += written.length;
		current.batches.push(current.index.addDirectory({ path: outDir, glob: pagesGlob(written) }));
	};
	return {
		name: 'persona-atlas:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': async ({ setPrerenderer }) => {
				// Pagefind parses pages on a pool of one thread per core (Rayon). While Astro renders on one
				// core, a second parsing thread only takes turns with the renderer: with one, rendering a
				// 1,000-persona catalog took about 1.1 s less and writing the index 0.4 s more (BENCHMARKS.md).
				const { index, errors } = await withChildEnvironment({ RAYON_NUM_THREADS: '1' }, () => createIndex());
				check('start', errors);
				if (!index) throw new AstroError('Pagefind did not create an index.');
				const current: Indexing = { index, waiting: [], batches: [], handed: 0 };
				indexing = current;
				setPrerenderer((prerenderer) => {
					const render = prerenderer.render.bind(prerenderer);
					prerenderer.render = async (request, options) => {
						// Astro writes each page after rendering it: by now the earlier ones are on disk.
						if (current.waiting.length >= batchSize) handOver(current, false);
						const result = await render(request, options);
						const pathname = pathBelowBase(decodeURI(new URL(request.url).pathname), base);
						const path = pathname && searchPagePath(pathname, { collections: collectionNames, skip });
						if (path) current.waiting.push(path);
						return result;
					};
					return prerenderer;
				});
			},
			'astro:build:done': async ({ logger }) => {
				const current = indexing;
				indexing = undefined;
				if (!current) throw new AstroError('Pagefind was not started before the pages were built.');
				const started = performance.now();
				try {
					handOver(current, true);
					const added = await Promise.all(current.batches);
					check(
						'index the pages',
						added.flatMap((batch) => batch.errors),
					);
					const pages = added.reduce((sum, batch) => sum + batch.page_count, 0);
					if (pages < current.handed) {
						throw new AstroError(
							`Pagefind found ${pages} of the ${current.handed} pages to index on disk.`,
							'Search expects each page at <path>/index.html (build.format "directory"); see searchPagePath in src/lib/search-pages.ts.',
						);
					}
					if (pages === 0) {
						throw new AstroError(
							'Pagefind found no page to index.',
							'Pages are indexed through <main data-pagefind-body> in BaseLayout.astro; check it is still there.',
						);
					}
					const output = join(outDir, 'pagefind');
					check('write the index', (await current.index.writeFiles({ outputPath: output })).errors);
					for (const file of unusedUiFiles) rmSync(join(output, file), { force: true });
					const kilobytes = Math.round(folderBytes(output) / 1024);
					// After the last page: most pages were read while the others rendered.
					const seconds = ((performance.now() - started) / 1000).toFixed(1);
					logger.info(
						`Search index written in ${seconds} s after the last page, from ${pages} pages (${kilobytes} kB in pagefind/).`,
					);
				} finally {
					await close();
				}
			},
		},
	};
}
