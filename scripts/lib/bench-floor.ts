import { join } from 'node:path';
import { collectionNames } from '../../src/schemas/shared';
import type { BenchFile } from './bench-catalog';

/**
 * The barest Astro site that can publish a generated catalog: the floor under this site's build
 * time, for the benchmark to compare with. It reads the catalog at `catalogDir` (an absolute
 * path) with Astro's glob loader, without schemas, and gives each entry one page: its title, all
 * of its frontmatter as nested lists and its MDX body, so the pages carry the same words for
 * Pagefind to index as this site's. It has none of this site's work: no validation or content
 * check, no glossary links, cross-links, components, alias pages, index pages or search filters.
 * It is built the way this site is built (Sätteri, `optimize`, no highlighting of Mermaid fences,
 * one bundle chunk per collection by this site's own `contentChunkName`, the bundler warning this
 * site silences silenced, the same allocator settings) and indexed by the Pagefind CLI, so the gap
 * between the two builds is what this site's own features cost. It does a little less than a
 * real site must (no avatar images, listing pages or onboarding path), and its Pagefind runs on
 * every core once the pages are written, so it errs on the fast side.
 * @param catalogDir Absolute path of the generated catalog.
 * @param projectRoot Absolute path of this project, whose `src/lib/content-chunks.ts` it imports.
 */
export function floorSite(catalogDir: string, projectRoot: string): BenchFile[] {
	const collections = JSON.stringify(collectionNames);
	return [
		{ path: 'package.json', text: `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' })}\n` },
		{
			path: 'astro.config.mjs',
			text: [
				"import mdx from '@astrojs/mdx';",
				"import { satteri } from '@astrojs/markdown-satteri';",
				"import { defineConfig } from 'astro/config';",
				"import { realpathSync } from 'node:fs';",
				`import { contentChunkName } from ${JSON.stringify(join(projectRoot, 'src/lib/content-chunks.ts'))};`,
				'',
				`const catalog = realpathSync(${JSON.stringify(catalogDir)});`,
				'',
				"// As in the site's astro.config.mjs: one chunk per collection, one warning per entry silenced,",
				'// Mermaid fences not highlighted.',
				'export default defineConfig({',
				'\tvite: {',
				'\t\tbuild: {',
				'\t\t\trolldownOptions: {',
				'\t\t\t\toutput: { codeSplitting: { groups: [{ name: (id) => contentChunkName(id, catalog) }] } },',
				'\t\t\t\tonwarn(warning, warn) {',
				"\t\t\t\t\tif (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;",
				'\t\t\t\t\twarn(warning);',
				'\t\t\t\t},',
				'\t\t\t},',
				'\t\t},',
				'\t},',
				'\tintegrations: [mdx({ optimize: true })],',
				"\tmarkdown: { processor: satteri({}), syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] } },",
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
