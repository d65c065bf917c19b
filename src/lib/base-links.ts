import { defineMdastPlugin } from 'satteri';

/** Prefixes a root-relative site path (`/personas/ada/`) with the base path; leaves other URLs alone. */
export function withBase(url: string, base: string): string {
	if (!url.startsWith('/') || url.startsWith('//')) return url;
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	return url.startsWith(`${prefix}/`) && prefix !== '' ? url : `${prefix}${url}`;
}

/**
 * Writers link between entries as `/personas/ada/`; when the site is served under a base
 * path (`/atlas/`) those links must gain the prefix. Rewrites Markdown links and definitions.
 */
export function baseLinksPlugin(base: string) {
	return defineMdastPlugin({
		name: 'persona-atlas:base-links',
		link(node, ctx) {
			const url = withBase(node.url, base);
			if (url !== node.url) ctx.setProperty(node, 'url', url);
		},
		definition(node, ctx) {
			const url = withBase(node.url, base);
			if (url !== node.url) ctx.setProperty(node, 'url', url);
		},
	});
}
