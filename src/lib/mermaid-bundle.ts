/**
 * Where the site serves Mermaid's prebuilt bundle (see src/integrations/mermaid-bundle.ts): a
 * folder named after the version inside the assets folder, so a new Mermaid gets a new address
 * and the old one may be cached for good.
 * @param base The site's base path (`/` or `/atlas/`).
 * @param assets Astro's assets folder (`build.assets`, `_astro` by default).
 * @returns The address the loader imports, and the folder inside the build output.
 */
export function mermaidBundleUrl(base: string, assets: string, version: string): { url: string; path: string } {
	const path = `${assets.replace(/^\/+|\/+$/g, '')}/mermaid-${version}`;
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return { url: `${prefix}${path}/mermaid.esm.min.mjs`, path };
}

/**
 * The files of Mermaid's prebuilt ESM bundle, relative to `mermaid/dist/`: the entry and every
 * chunk it may import, without source maps.
 * @param chunks The names in `mermaid/dist/chunks/mermaid.esm.min/`.
 */
export function mermaidBundleFiles(chunks: readonly string[]): string[] {
	return [
		'mermaid.esm.min.mjs',
		...chunks
			.filter((name) => name.endsWith('.mjs'))
			.sort()
			.map((name) => `chunks/mermaid.esm.min/${name}`),
	];
}
