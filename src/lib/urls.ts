import type { CollectionName } from '../schemas/shared';

/** A path that looks like a file (`/favicon.svg`) keeps its form; pages get a trailing slash. */
const hasExtension = /\.[a-z0-9]+$/i;

/**
 * Joins a base path and a site path into one absolute URL path. Pure, so it can be tested with
 * any base; use `href` in pages and components.
 *
 * Pages get a trailing slash because the site is built with `trailingSlash: 'always'`; links
 * without one would be redirects (or 404s on some static hosts).
 */
export function joinBase(base: string, path: string): string {
	const match = /^([^?#]*)(.*)$/.exec(path);
	let pathname = match?.[1] ?? '';
	const suffix = match?.[2] ?? '';
	const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
	pathname = pathname.replace(/^\/+/, '');
	if (pathname !== '' && !pathname.endsWith('/') && !hasExtension.test(pathname)) pathname += '/';
	return `${prefix}/${pathname}${suffix}`;
}

/**
 * The URL of a page or file of this site, under the configured base path (`/atlas/…` when the
 * site is deployed below a path). Every internal link goes through this.
 * @param path A site path such as `/personas/` or `personas/hannah/`; `#` and `?` parts are kept.
 */
export function href(path: string): string {
	return joinBase(import.meta.env.BASE_URL, path);
}

/** The URL of an entry's page: `/personas/<id>/`, `/segments/<id>/`, … */
export function entryHref(collection: CollectionName, id: string): string {
	return href(`/${collection}/${encodeURIComponent(id)}/`);
}

/** The URL of a persona's page. */
export const personaHref = (id: string): string => entryHref('personas', id);
/** The URL of a segment's page. */
export const segmentHref = (id: string): string => entryHref('segments', id);
/** The URL of a journey's page. */
export const journeyHref = (id: string): string => entryHref('journeys', id);
/** The URL of a glossary term's page. */
export const termHref = (id: string): string => entryHref('glossary', id);

/**
 * The `aria-current` value of a navigation link: `page` on the section's own page, `true`
 * on pages below it (an entry inside the section), nothing elsewhere.
 * @param current The current URL's pathname (with base).
 * @param path A site path without base, e.g. `/personas/`.
 */
export function ariaCurrent(current: string, path: string): 'page' | 'true' | undefined {
	const target = href(path);
	const here = current.endsWith('/') ? current : `${current}/`;
	if (here === target) return 'page';
	return here.startsWith(target) ? 'true' : undefined;
}

/** The GitHub page of an owner handle: `@ada-lopez` → a user, `@acme/research` → a team. */
export function githubHandleUrl(handle: string): string {
	const [owner = '', team] = handle.replace(/^@/, '').split('/');
	return team ? `https://github.com/orgs/${owner}/teams/${team}` : `https://github.com/${owner}`;
}

/**
 * Where to edit a file of the repository on GitHub.
 * @param repository The repository's web address.
 * @param filePath The file relative to the repository root, e.g. `content/personas/ada.mdx`.
 */
export function editUrl(repository: string, branch: string, filePath: string): string {
	return `${repository.replace(/\/+$/, '')}/edit/${branch}/${filePath.replace(/^\.?\/+/, '')}`;
}
