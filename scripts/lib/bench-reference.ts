import type { BenchFile } from './bench-catalog';
import { designList, paragraph } from './bench-prose';
import { seededRandom } from './seeded-random';

/** Pages in the reference site: the reference point is 1,000 one-page MDX files. */
export const referencePages = 1000;

/**
 * A bare Astro 7 site to measure this machine by: `pages` MDX pages of about a persona body's
 * length, in one layout, with only @astrojs/mdx and no content collections, components or
 * integrations, indexed by the Pagefind CLI afterwards. Its build is the reference point the
 * benchmark's targets were set against (about 8 s and 750 MB on a quiet 2-core machine), so
 * building it beside the catalog turns a wall time on a busy or slower machine into a
 * comparable figure: the ratio between the two.
 */
export function referenceSite(pages = referencePages, seed = 1): BenchFile[] {
	const random = seededRandom(seed);
	const files: BenchFile[] = [
		{ path: 'package.json', text: `${JSON.stringify({ name: 'bench-reference', private: true, type: 'module' })}\n` },
		{
			path: 'astro.config.mjs',
			text: [
				"import mdx from '@astrojs/mdx';",
				"import { defineConfig } from 'astro/config';",
				'',
				'export default defineConfig({ integrations: [mdx()] });',
				'',
			].join('\n'),
		},
		{
			path: 'src/layouts/Page.astro',
			text: [
				'---',
				'const { frontmatter } = Astro.props;',
				'---',
				'',
				'<html lang="en">',
				'\t<head><meta charset="utf-8" /><title>{frontmatter.title}</title></head>',
				'\t<body><main><h1>{frontmatter.title}</h1><slot /></main></body>',
				'</html>',
				'',
			].join('\n'),
		},
	];
	for (let i = 1; i <= pages; i++) {
		const context = { random, who: 'the household', terms: [] };
		const body = [
			paragraph(context, 5),
			'## What they need',
			designList(context, 4),
			'## How they decide',
			paragraph(context, 6),
			paragraph(context, 4),
		];
		files.push({
			path: `src/pages/page-${String(i).padStart(4, '0')}.mdx`,
			text: `---\ntitle: Reference page ${i}\nlayout: ../layouts/Page.astro\n---\n\n${body.join('\n\n')}\n`,
		});
	}
	return files;
}
