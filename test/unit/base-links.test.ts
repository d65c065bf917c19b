import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinksPlugin, withBase } from '../../src/lib/base-links';

describe('withBase', () => {
	it('prefixes root-relative site paths with the base path', () => {
		expect(withBase('/personas/ada/', '/atlas/')).toBe('/atlas/personas/ada/');
		expect(withBase('/personas/ada/#goals', '/atlas')).toBe('/atlas/personas/ada/#goals');
	});
	it('leaves the path alone under the root base, and when it already has the prefix', () => {
		expect(withBase('/personas/ada/', '/')).toBe('/personas/ada/');
		expect(withBase('/atlas/personas/ada/', '/atlas/')).toBe('/atlas/personas/ada/');
	});
	it('leaves absolute, protocol-relative, fragment and relative URLs alone', () => {
		for (const url of ['https://example.com/x', '//cdn.example.com/x', '#goals', '../ada/', 'mailto:a@b.c']) {
			expect(withBase(url, '/atlas/')).toBe(url);
		}
	});
});

describe('baseLinksPlugin', () => {
	it('rewrites Markdown links and link definitions in MDX bodies', () => {
		const { code } = mdxToJs('See [Ada](/personas/ada/) and [the map][map].\n\n[map]: /journeys/first/\n', {
			mdastPlugins: [baseLinksPlugin('/atlas/')],
		});
		expect(code).toContain('"/atlas/personas/ada/"');
		expect(code).toContain('"/atlas/journeys/first/"');
	});
});
