// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentComponents } from './src/components/mdx/names.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { mermaidBundle } from './src/integrations/mermaid-bundle.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { baseLinksPlugin } from './src/lib/base-links.ts';
import { contentChunkName } from './src/lib/content-chunks.ts';
import { glossaryLinks } from './src/lib/glossary-links.ts';
import { safeContentBuildPlugin } from './src/lib/content-safety.ts';
import { mermaidFencesPlugin } from './src/lib/mermaid-fences.ts';

const base = process.env.BASE_PATH ?? '/';
const contentPath = resolve(fileURLToPath(new URL('.', import.meta.url)), process.env.CONTENT_DIR ?? 'content');
// Bundler module ids are real paths: a content folder reached through a symlink must compare as its target.
const contentFolder = existsSync(contentPath) ? realpathSync(contentPath) : contentPath;

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://fernbrook.github.io',
	base,
	trailingSlash: 'always',
	// `npm start` serves here; PORT=8080 npm start picks another port.
	server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
	// Stylesheets as files, never inlined: every page of a kind shares them, so a reader browsing the
	// catalog downloads them once instead of again in each page's HTML (16 KB of every persona page).
	build: { inlineStylesheets: 'never' },
	// Scoped styles mark elements with a class rather than a data-astro-cid-… attribute: the same
	// specificity in fewer bytes on each of the hundreds of marked elements of an entry page.
	scopedStyleStrategy: 'class',
	vite: {
		build: {
			// Scripts stay files, never inlined into the HTML: the browser caches them once for the whole
			// catalog instead of receiving them again with every page. Other assets keep Vite's default.
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			rolldownOptions: {
				// The compiled entries go into one chunk per collection rather than one chunk each.
				output: { codeSplitting: { groups: [{ name: (id) => contentChunkName(id, contentFolder) }] } },
				onwarn(warning, warn) {
					// Astro's MDX compiler marks every MDX module with a "use astro:head-inject" directive the
					// bundler cannot place; it prints one warning per entry that says nothing about our content.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	// Completion and validation of MDX frontmatter in editors (Astro's VS Code extension); see CONTRIBUTING.md.
	experimental: { contentIntellisense: true },
	// `optimize`: MDX bodies render as ready-made HTML instead of one JSX call per element (the <Term>
	// links stay components): about 0.8 s less rendering at 1,000 personas, the same pages (BENCHMARKS.md).
	integrations: [contentCheck(), mdx({ optimize: true }), mermaidBundle(), pagefind()],
	markdown: {
		// Content is written by many people: the build refuses anything in an MDX body that could run code.
		processor: satteri({
			// The first mention of each glossary term in a body becomes <Term>: a link with the term's summary as a tooltip.
			mdastPlugins: [safeContentBuildPlugin(contentComponents), baseLinksPlugin(base), glossaryLinks(contentFolder)],
			// ```mermaid fences become <mermaid-diagram> elements, drawn in the browser by src/scripts/mermaid-loader.ts.
			hastPlugins: [mermaidFencesPlugin()],
		}),
		syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
	},
});
