import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadNodeIndex, type NodeIndex } from '../support/pagefind-node';

let index: NodeIndex;
beforeAll(async () => {
	index = await loadNodeIndex(inject('distDir'), inject('baseUrl'));
});

/** The indexed text of the page at `path` (after the base path), as Pagefind stored it. */
async function contentOf(path: string): Promise<string> {
	const results = await index.all(await index.api.search(null));
	const page = results.find((data) => data.url.endsWith(path));
	expect(page, path).toBeDefined();
	return (page as unknown as { content: string }).content;
}

describe('search ranking of names', () => {
	it('puts the persona Hannah first for "han", above the start-here step that introduces her', async () => {
		const top = await index.top('han');
		expect(top[0]).toMatchObject({ kind: 'persona', title: 'Hannah' });
		const step = top.findIndex((view) => view.url.includes('/start-here/'));
		if (step !== -1) expect(step).toBeGreaterThan(0);
	});

	it('puts the persona Marion above "Target market" for "mar"', async () => {
		const titles = (await index.top('mar')).map((view) => view.title);
		expect(titles[0]).toBe('Marion');
	});
});

/** Names that have a capital inside them. */
const brands = new Set(['YouTube', 'WhatsApp', 'iPhone', 'GitHub']);

describe('the text search excerpts are cut from', () => {
	// Adjacent elements without whitespace between them ran words together in excerpts.
	const cases: [string, string[], string[]][] = [
		['/personas/sam-renter-flatshare/', ['ActiveUser', 'TypeUser', 'MarketConsumer'], ['Active', 'User']],
		['/journeys/an-installers-fernbrook-job/', ['appIn', 'job“'], ['Pro app', 'In person']],
		['/segments/installer-partners/', ['Customers412', 'measuredActive', 'StatusStatus', 'OwnerPro'], ['Customers']],
		['/glossary/touchpoint/', ['Concept Also', '← Glossary', 'Glossary term.'], ['Concept. Also called']],
		['/start-here/hannah-bill-watcher/', ['of 12', '← Start here'], ['Hannah']],
	];
	for (const [path, never, always] of cases) {
		it(`keeps words apart on ${path}`, async () => {
			const content = await contentOf(path);
			for (const words of never) expect(content, path).not.toContain(words);
			for (const words of always) expect(content, path).toContain(words);
		});
	}

	it('has no word ending in a lowercase letter run into a capitalised one on a persona, a journey and a term', async () => {
		for (const path of [
			'/personas/hannah-bill-watcher/',
			'/journeys/an-installers-fernbrook-job/',
			'/glossary/touchpoint/',
		]) {
			const content = await contentOf(path);
			// Brand names written that way are allowed; any other hit is two elements run together.
			const runs = (content.match(/\p{L}*\p{Ll}\p{Lu}\p{L}*/gu) ?? []).filter((word) => !brands.has(word));
			expect(runs, path).toEqual([]);
		}
	});

	it('starts a persona’s excerpt at her name, not inside the hidden synonyms', async () => {
		const [hannah] = (await index.top('hannah')).filter((view) => view.kind === 'persona');
		expect(hannah?.excerpt.replace(/<\/?mark>/g, '')).toMatch(/^Hannah\b/);
	});
});
