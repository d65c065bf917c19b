import { describe, expect, it } from 'vitest';
import { contentChunkName } from '../../src/lib/content-chunks';

describe('contentChunkName', () => {
	const content = '/site/content';

	it('puts each entry of a collection into that collection’s chunk', () => {
		expect(contentChunkName('/site/content/personas/ada.mdx', content)).toBe('content-personas');
		expect(contentChunkName('/site/content/glossary/touchpoint.mdx?astroPropagatedAssets', content)).toBe(
			'content-glossary',
		);
		expect(contentChunkName('/site/content/journeys/move-in.mdx', content)).toBe('content-journeys');
	});

	it('leaves every other module to the bundler', () => {
		for (const id of [
			'/site/src/pages/personas/[id].astro',
			'/site/content/start-here.yaml',
			'/site/content/personas/notes/old.mdx',
			'/site/content/drafts/x.mdx',
			'/site/content/ada.mdx',
			'/elsewhere/personas/ada.mdx',
			'/site/node_modules/astro/dist/runtime/server/index.js',
		])
			expect(contentChunkName(id, content), id).toBeNull();
	});
});
