import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { collectionNames } from '../schemas/shared';
import { pagefindInput, pathBelowBase, searchPagePath } from '../lib/search-pages';

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

/** What the index is handed while pages render: one Pagefind `addHTMLFile` per searchable page. */
interface Indexing {
	index: PagefindIndex;
	/** Every page handed over so far, settled or not. */
	pending: Promise<void>[];
	/** Errors Pagefind reported for pages, one line each. */
	errors: string[];
	/** Pages Pagefind read (with or without `data-pagefind-body`). */
	pages: number;
}

/**
 * Builds the search index while the pages render. Pagefind's Node API starts its indexer in
 * `astro:build:start`; the prerenderer Astro uses is wrapped (the `setPrerenderer` integration
 * API) so that each searchable page's HTML is handed to Pagefind as soon as it is rendered.
 * Pagefind indexes in its own process, on the core Astro's single-threaded rendering leaves idle,
 * so by `astro:build:done` only writing the index is left. Only `<main data-pagefind-body>` of
 * each page is read; the header, footer and diagram source carry `data-pagefind-ignore`. Every
 * error fails the build: a site whose search silently finds nothing is worse than no build.
 */
export function pagefind(): AstroIntegration {
	let base = '/';
	let indexing: Indexing | undefined;
	return {
		name: 'persona-atlas:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:start': async ({ setPrerenderer }) => {
				const { index, errors } = await createIndex();
				check('start', errors);
				if (!index) throw new AstroError('Pagefind did not create an index.');
				const current: Indexing = { index, pending: [], errors: [], pages: 0 };
				indexing = current;
				setPrerenderer((prerenderer) => {
					const render = prerenderer.render.bind(prerenderer);
					prerenderer.render = async (request, options) => {
						const result = await render(request, options);
						const rendered = result instanceof Response ? { response: result } : result;
						const html = await searchableHtml(request, rendered.response, base);
						if (html === undefined) return result;
						current.pending.push(
							index.addHTMLFile({ sourcePath: html.sourcePath, content: pagefindInput(html.content) }).then(
								(added) => {
									current.pages++;
									current.errors.push(...added.errors.map((error) => `${html.sourcePath}: ${error}`));
								},
								(error: unknown) => {
									current.errors.push(`${html.sourcePath}: ${String(error)}`);
								},
							),
						);
						// The body was read for the index; Astro writes the same HTML from a fresh response.
						const response = new Response(html.content, rendered.response);
						return result instanceof Response ? response : { ...rendered, response };
					};
					return prerenderer;
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const current = indexing;
				indexing = undefined;
				if (!current) throw new AstroError('Pagefind was not started before the pages were built.');
				const started = performance.now();
				try {
					await Promise.all(current.pending);
					check('index the pages', current.errors);
					if (current.pages === 0) {
						throw new AstroError(
							'Pagefind found no page to index.',
							'Pages are indexed through <main data-pagefind-body> in BaseLayout.astro; check it is still there.',
						);
					}
					const output = join(fileURLToPath(dir), 'pagefind');
					check('write the index', (await current.index.writeFiles({ outputPath: output })).errors);
					for (const file of unusedUiFiles) rmSync(join(output, file), { force: true });
					const kilobytes = Math.round(folderBytes(output) / 1024);
					// The time after the last page: the pages themselves were indexed while they rendered.
					const seconds = ((performance.now() - started) / 1000).toFixed(1);
					logger.info(
						`Search index written in ${seconds} s after the last page, from ${current.pages} pages read while they rendered (${kilobytes} kB in pagefind/).`,
					);
				} finally {
					await close();
				}
			},
		},
	};
}

/** The HTML of a rendered page worth finding (see `searchPagePath`), read from its response. */
async function searchableHtml(
	request: Request,
	response: Response,
	base: string,
): Promise<{ sourcePath: string; content: string } | undefined> {
	if (response.status !== 200 || !response.headers.get('content-type')?.includes('text/html')) return undefined;
	const pathname = pathBelowBase(decodeURI(new URL(request.url).pathname), base);
	const sourcePath = pathname && searchPagePath(pathname, { collections: collectionNames, skip });
	if (!sourcePath) return undefined;
	return { sourcePath, content: await response.text() };
}
