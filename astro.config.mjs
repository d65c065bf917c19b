// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://example.github.io',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	integrations: [contentCheck(), mdx()],
	markdown: {
		syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
	},
});
