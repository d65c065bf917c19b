import { describe, expect, it } from 'vitest';
import { mermaidBundleFiles, mermaidBundleUrl } from '../../src/lib/mermaid-bundle';

describe('mermaidBundleUrl', () => {
	it('puts the bundle in a versioned folder of the assets folder, under the base path', () => {
		expect(mermaidBundleUrl('/', '_astro', '12.3.0')).toEqual({
			url: '/_astro/mermaid-12.3.0/mermaid.esm.min.mjs',
			path: '_astro/mermaid-12.3.0',
		});
		expect(mermaidBundleUrl('/atlas', '_astro', '12.3.0').url).toBe('/atlas/_astro/mermaid-12.3.0/mermaid.esm.min.mjs');
		expect(mermaidBundleUrl('/atlas/', '/assets/', '12.4.1').url).toBe(
			'/atlas/assets/mermaid-12.4.1/mermaid.esm.min.mjs',
		);
	});
});

describe('mermaidBundleFiles', () => {
	it('lists the entry and every chunk, without source maps', () => {
		expect(mermaidBundleFiles(['chunk-B.mjs', 'chunk-A.mjs', 'chunk-A.mjs.map', 'README.md'])).toEqual([
			'mermaid.esm.min.mjs',
			'chunks/mermaid.esm.min/chunk-A.mjs',
			'chunks/mermaid.esm.min/chunk-B.mjs',
		]);
	});
});
