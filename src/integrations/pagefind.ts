import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { collectionNames } from '../schemas/shared';
import { searchPagesGlob } from '../lib/search-pages';

/** Top-level folders of the built site that are not searched (see `searchPagesGlob`). */
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

/**
 * Builds the search index from the finished pages, as Starlight does: Pagefind's Node API in
 * `astro:build:done`, writing to `<outDir>/pagefind/`. Only `<main data-pagefind-body>` of each
 * page is read; the header, footer and diagram source carry `data-pagefind-ignore`. Every
 * error fails the build: a site whose search silently finds nothing is worse than no build.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'persona-atlas:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const dirs = readdirSync(outDir, { withFileTypes: true })
					.filter((item) => item.isDirectory())
					.map((item) => item.name);
				const glob = searchPagesGlob(dirs, { collections: collectionNames, skip });
				if (!glob) throw new AstroError('There are no pages to index for search.', `Looked in ${outDir}.`);
				const started = performance.now();
				try {
					const { index, errors } = await createIndex();
					check('start', errors);
					if (!index) throw new AstroError('Pagefind did not create an index.');
					const added = await index.addDirectory({ path: outDir, glob });
					check('index the pages', added.errors);
					if (added.page_count === 0) {
						throw new AstroError(
							'Pagefind found no page to index.',
							'Pages are indexed through <main data-pagefind-body> in BaseLayout.astro; check it is still there.',
						);
					}
					const output = join(outDir, 'pagefind');
					check('write the index', (await index.writeFiles({ outputPath: output })).errors);
					for (const file of unusedUiFiles) rmSync(join(output, file), { force: true });
					const kilobytes = Math.round(folderBytes(output) / 1024);
					const seconds = ((performance.now() - started) / 1000).toFixed(1);
					// page_count counts every page read, including those without data-pagefind-body (left out).
					logger.info(
						`Search index written in ${seconds} s from ${added.page_count} pages read (${kilobytes} kB in pagefind/).`,
					);
				} finally {
					await close();
				}
			},
		},
	};
}
