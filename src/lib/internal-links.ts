import { load } from 'cheerio';

/** A link on a built page that leads nowhere on the site. */
export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

/**
 * Finds internal links in built pages that do not resolve: a path with no page or file, or a
 * `#fragment` with no element of that id on the target page. `pages` maps site paths
 * (`/personas/ada/`, `/404.html`) to their HTML; `files` is every other file's site path.
 */
export function findBrokenLinks(
	pages: ReadonlyMap<string, string>,
	files: ReadonlySet<string>,
	origin = 'https://site.invalid',
): BrokenLink[] {
	const ids = new Map<string, Set<string>>();
	const idsOf = (path: string) => {
		let set = ids.get(path);
		if (!set) {
			const $ = load(pages.get(path) ?? '');
			set = new Set(
				$('[id]')
					.map((_, el) => $(el).attr('id') ?? '')
					.get(),
			);
			ids.set(path, set);
		}
		return set;
	};
	const broken: BrokenLink[] = [];
	for (const [page, html] of pages) {
		const $ = load(html);
		$('a[href], link[href], img[src], script[src], source[srcset]').each((_, element) => {
			const el = $(element);
			const raw = el.attr('href') ?? el.attr('src') ?? el.attr('srcset')?.split(/\s+/)[0] ?? '';
			if (!raw || /^(mailto|tel|data):/i.test(raw)) return;
			const target = new URL(raw, `${origin}${page}`);
			if (target.origin !== origin) return;
			const path = decodeURIComponent(target.pathname);
			const resolved = resolvePath(path, pages, files);
			if (!resolved) {
				broken.push({ page, href: raw, reason: 'no page or file at this address' });
				return;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			if (fragment && pages.has(resolved) && !idsOf(resolved).has(fragment)) {
				broken.push({ page, href: raw, reason: `no element with id "${fragment}" on ${resolved}` });
			}
		});
	}
	return broken;
}

function resolvePath(path: string, pages: ReadonlyMap<string, string>, files: ReadonlySet<string>): string | undefined {
	if (pages.has(path) || files.has(path)) return path;
	const asDirectory = path.endsWith('/') ? path : `${path}/`;
	if (pages.has(asDirectory)) return asDirectory;
	return undefined;
}
