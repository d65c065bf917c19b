import type { BenchFile } from './bench-catalog';

/** The collections of a generated catalog, each a folder of MDX entries. */
export const floorCollections = ['personas', 'segments', 'journeys', 'glossary'] as const;

/**
 * The barest Astro site that can publish a generated catalog: the floor under this site's build
 * time, for the benchmark to compare with. It reads the catalog at `catalogDir` (an absolute
 * path) with Astro's glob loader, without schemas, and gives each entry one page: its title, all
 * of its frontmatter as nested lists and its MDX body, so the pages carry the same words for
 * Pagefind to index as this site's. It has none of this site's work: no validation or content
 * check, no glossary links, cross-links, components, alias pages, index pages or search filters.
 * It is built the way this site is built (Sätteri, `optimize`, one bundle chunk per collection,
 * the same allocator settings) and indexed by the Pagefind CLI, so the gap between the two
 * builds is what this site's own features cost.
 */
export function floorSite(catalogDir: string): BenchFile[] {
	const collections = JSON.stringify(floorCollections);
	return [
		{ path: 'package.json', text: `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' })}\n` },
		{
			path: 'astro.config.mjs',
			text: [
				"import mdx from '@astrojs/mdx';",
				"import { satteri } from '@astrojs/markdown-satteri';",
				"import { defineConfig } from 'astro/config';",
				"import { realpathSync } from 'node:fs';",
				'',
				`const catalog = realpathSync(${JSON.stringify(catalogDir)});`,
				`const collections = ${collections};`,
				'// One chunk per collection, as in the site (src/lib/content-chunks.ts).',
				'const chunk = (id) => {',
				'\tconst collection = collections.find((name) => id.startsWith(`${catalog}/${name}/`));',
				'\treturn collection ? `content-${collection}` : null;',
				'};',
				'',
				'export default defineConfig({',
				'\tvite: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: chunk }] } } } } },',
				'\tintegrations: [mdx({ optimize: true })],',
				'\tmarkdown: { processor: satteri({}) },',
				'});',
				'',
			].join('\n'),
		},
		{
			path: 'src/content.config.ts',
			text: [
				"import { defineCollection } from 'astro:content';",
				"import { glob } from 'astro/loaders';",
				'',
				`const catalog = ${JSON.stringify(catalogDir)};`,
				'',
				'export const collections = Object.fromEntries(',
				`\t${collections}.map((name) => [name, defineCollection({ loader: glob({ pattern: '*.mdx', base: \`\${catalog}/\${name}\` }) })]),`,
				');',
				'',
			].join('\n'),
		},
		{
			path: 'src/pages/[collection]/[id].astro',
			text: [
				'---',
				"import { getCollection, render } from 'astro:content';",
				'',
				'export async function getStaticPaths() {',
				'\tconst paths = [];',
				`\tfor (const collection of ${collections} as const) {`,
				'\t\tfor (const entry of await getCollection(collection)) paths.push({ params: { collection, id: entry.id }, props: { entry } });',
				'\t}',
				'\treturn paths;',
				'}',
				'',
				'const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);',
				'// Every frontmatter value, as nested lists: the words of the page, with as little markup as will hold them.',
				'function lists(value: unknown): string {',
				"\tif (Array.isArray(value)) return `<ul>${value.map((item) => `<li>${lists(item)}</li>`).join('')}</ul>`;",
				"\tif (value && typeof value === 'object' && !(value instanceof Date))",
				"\t\treturn `<dl>${Object.entries(value).map(([key, item]) => `<dt>${escape(key)}</dt><dd>${lists(item)}</dd>`).join('')}</dl>`;",
				'\treturn escape(String(value));',
				'}',
				'',
				'const { entry } = Astro.props;',
				'const { Content } = await render(entry);',
				'const data = entry.data as Record<string, unknown>;',
				'const title = String(data.name ?? data.title ?? data.term ?? entry.id);',
				'---',
				'',
				'<html lang="en">',
				'\t<head><meta charset="utf-8" /><title>{title}</title></head>',
				'\t<body><main><h1>{title}</h1><Fragment set:html={lists(data)} /><Content /></main></body>',
				'</html>',
				'',
			].join('\n'),
		},
	];
}
