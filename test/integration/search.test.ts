import { load } from 'cheerio';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content';
import type { SearchKind } from '../../src/lib/search-facets';
import { sortKey } from '../../src/lib/search-record';
import { isExactMatch } from '../../src/lib/search-result';
import type { PersonaData } from '../../src/schemas/persona';
import type { SegmentData } from '../../src/schemas/segment';
import type { JourneyData } from '../../src/schemas/journey';
import type { GlossaryData } from '../../src/schemas/glossary';
import type { CollectionName } from '../../src/schemas/shared';
import { siteConfig } from '../../src/site.config';
import { readDist } from '../support/dist';
import { distReader, pageScripts } from '../support/js-graph';
import { loadNodeIndex, type NodeIndex } from '../support/pagefind-node';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { entries } = checkContent(root);
const { pages, files, prefix } = readDist();
const of = <T>(collection: CollectionName) =>
	entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data as T }));
const personas = of<PersonaData>('personas');
const segments = of<SegmentData>('segments');
const journeys = of<JourneyData>('journeys');
const terms = of<GlossaryData>('glossary');
const kinds: Record<SearchKind, CollectionName> = {
	persona: 'personas',
	segment: 'segments',
	journey: 'journeys',
	term: 'glossary',
};
const pathOf = (collection: CollectionName, id: string) => `${prefix}/${collection}/${id}/`;
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

let index: NodeIndex;
beforeAll(async () => {
	index = await loadNodeIndex(inject('distDir'), inject('baseUrl'));
});

describe('the search index', () => {
	it('holds every persona, segment, journey and glossary term, each under its kind', async () => {
		for (const [kind, collection] of Object.entries(kinds)) {
			const response = await index.api.search(null, { filters: { kind: { any: [kind] } } });
			const urls = (await index.all(response)).map((data) => data.url);
			const expected = entries.filter((e) => e.collection === collection).map((e) => pathOf(collection, e.id));
			expect(expected.length, kind).toBeGreaterThan(0);
			expect(urls.sort(), kind).toEqual(expected.sort());
		}
	});

	it('holds guide pages, but not the home page, the lists, the reviews, the search page or the 404', async () => {
		const urls = (await index.all(await index.api.search(null))).map((data) => data.url);
		expect(urls).toContain(`${prefix}/contributing/`);
		for (const path of [
			'/',
			'/personas/',
			'/segments/',
			'/journeys/',
			'/glossary/',
			'/reviews/',
			'/search/',
			'/404.html',
		])
			expect(urls, path).not.toContain(`${prefix}${path}`);
		expect(urls.length).toBe(
			entries.length + urls.filter((url) => !/\/(personas|segments|journeys|glossary)\//.test(url)).length,
		);
	});

	it('keeps the header, navigation, search box, footer, skip link and diagram source out of the text', async () => {
		const $ = load(pages.get(`${prefix}/`) ?? '');
		const words = (text: string) => text.replace(/\s+/g, ' ').trim();
		const chrome = [
			'Skip to content',
			words($('footer').first().text()).slice(0, 80),
			siteConfig.nav.map((item) => item.label).join(' '),
			'Search the atlas',
			'Dark theme',
		];
		expect(chrome[1]?.length).toBeGreaterThan(40);
		const pagesData = await index.all(await index.api.search(null));
		for (const data of pagesData) {
			for (const text of chrome) expect(words(data.content), `${data.url}: ${text}`).not.toContain(text);
			// Journey pages carry their Mermaid source (with accTitle) for the diagram; it is not text to find.
			if (data.url.includes('/journeys/')) expect(data.content, data.url).not.toContain('accTitle');
		}
	});

	it('gives every entry its title, kind, summary and other names, and labels drafts and deprecated entries', async () => {
		const data = await index.all(await index.api.search(null, { filters: { kind: { any: Object.keys(kinds) } } }));
		const byUrl = new Map(data.map((d) => [d.url, d.meta]));
		for (const { id, data: persona } of personas) {
			const meta = byUrl.get(pathOf('personas', id));
			expect(meta, id).toMatchObject({
				title: persona.name ?? persona.role,
				kind: 'persona',
				summary: persona.summary,
			});
			expect(meta?.['status'], id).toBe(persona.status === 'active' ? undefined : persona.status);
			expect(meta?.['aliases'], id).toBe(
				persona.alternativeTitles.length ? persona.alternativeTitles.join(', ') : undefined,
			);
			if (persona.avatar) expect(files.has(meta?.['image'] ?? ''), `${id} image ${meta?.['image']}`).toBe(true);
			else expect(meta?.['image'], id).toBeUndefined();
		}
		for (const { id, data: term } of terms) {
			expect(byUrl.get(pathOf('glossary', id)), id).toMatchObject({
				title: term.term,
				kind: 'term',
				summary: term.summary,
			});
		}
		expect(personas.some((p) => p.data.status !== 'active')).toBe(true);
	});

	it('files every entry under the right facet values', async () => {
		const data = await index.all(await index.api.search(null, { filters: { kind: { any: Object.keys(kinds) } } }));
		const byUrl = new Map(data.map((d) => [d.url, d.filters]));
		const expectFilters = (path: string, expected: Record<string, string[]>) => {
			const actual = Object.fromEntries(Object.entries(byUrl.get(path) ?? {}).map(([k, v]) => [k, sorted(v)]));
			const wanted = Object.fromEntries(
				Object.entries(expected)
					.filter(([, v]) => v.length > 0)
					.map(([k, v]) => [k, sorted(v)]),
			);
			expect(actual, path).toEqual(wanted);
		};
		const personaById = new Map(personas.map((p) => [p.id, p.data]));
		for (const { id, data: p } of personas) {
			expectFilters(pathOf('personas', id), {
				kind: ['persona'],
				segment: p.segments,
				type: [p.personaType],
				status: [p.status],
				market: [p.market],
				tag: p.tags,
			});
		}
		for (const { id, data: s } of segments) {
			expectFilters(pathOf('segments', id), {
				kind: ['segment'],
				segment: [id],
				status: [s.status],
				market: [s.market],
				tag: s.tags,
			});
		}
		for (const { id, data: j } of journeys) {
			const who = j.personas.map((p) => personaById.get(p)).filter((p) => p !== undefined);
			expectFilters(pathOf('journeys', id), {
				kind: ['journey'],
				segment: who.flatMap((p) => p.segments),
				status: [j.status],
				market: who.map((p) => p.market),
				tag: j.tags,
			});
		}
		for (const { id } of terms) expectFilters(pathOf('glossary', id), { kind: ['term'] });
	});

	it('counts entries per facet value', async () => {
		const totals = await index.api.filters();
		for (const [kind, collection] of Object.entries(kinds))
			expect(totals['kind']?.[kind], kind).toBe(entries.filter((e) => e.collection === collection).length);
		expect(totals['type']?.['buyer']).toBe(personas.filter((p) => p.data.personaType === 'buyer').length);
		expect(totals['status']?.['draft']).toBe(
			[...personas, ...segments, ...journeys].filter((e) => e.data.status === 'draft').length,
		);
	});

	it('browses a filter alone A to Z, and narrows by every facet that has picks', async () => {
		const response = await index.api.search(null, {
			filters: { kind: { any: ['persona'] }, market: { any: ['b2b'] } },
			sort: { title: 'asc' },
		});
		const titles = (await index.all(response)).map((d) => d.meta.title ?? '');
		const expected = personas.filter((p) => p.data.market === 'b2b').map((p) => p.data.name ?? p.data.role);
		expect(titles).toEqual([...expected].sort((a, b) => sortKey(a).localeCompare(sortKey(b))));
	});

	it('finds each glossary term first by its name and by every alias ("avatar" → customer profile)', async () => {
		const misses: string[] = [];
		for (const { id, data: term } of terms) {
			for (const name of [term.term, ...term.aliases]) {
				const [first] = await index.top(name);
				if (first?.url !== pathOf('glossary', id)) misses.push(`${name} → ${first?.url}`);
			}
		}
		expect(misses).toEqual([]);
		const [avatar] = await index.top('avatar');
		expect(avatar?.url).toBe(pathOf('glossary', 'customer-profile'));
		const [crm] = await index.top('CRM');
		expect(crm?.url).toBe(pathOf('glossary', 'customer-relationship-management'));
	});

	it('finds each persona first by its name and by its other titles', async () => {
		const misses: string[] = [];
		for (const { id, data: persona } of personas) {
			for (const name of [persona.name ?? persona.role, ...persona.alternativeTitles]) {
				const results = await index.top(name);
				// Another entry may bear the same name ("Low-carbon upgrader", the persona; "Low-carbon
				// upgraders", the segment): then it is enough to be among those named exactly so.
				const leaders = results.filter((view) => isExactMatch(view, name));
				const found = (leaders.length > 0 ? leaders : results.slice(0, 1)).map((view) => view.url);
				if (!found.includes(pathOf('personas', id))) misses.push(`${name} → ${found.join(', ')}`);
			}
		}
		expect(misses).toEqual([]);
	});

	it('finds an entry by the aliases of the glossary terms it mentions', async () => {
		let checked = 0;
		for (const [path, html] of pages) {
			const synonyms = load(html)('[data-search-record] p[data-pagefind-weight]').text();
			for (const [, aliases = ''] of synonyms.matchAll(/: ([^.]+)\./g)) {
				for (const alias of aliases.split(', ')) {
					const urls = (await index.all(await index.api.search(alias))).map((d) => d.url);
					expect(urls, `${alias} → ${path}`).toContain(path);
					checked += 1;
				}
			}
		}
		expect(checked).toBeGreaterThan(0);
	});
});

describe('search on every page', () => {
	const read = distReader(inject('distDir'), prefix);
	const gzip = (paths: Iterable<string>) => [...paths].reduce((sum, p) => sum + gzipSync(read(p)).length, 0);

	it('has the header search box on every page of the site layout, a form that works without JavaScript', () => {
		const sitePages = [...pages].filter(([, html]) => html.includes('id="main"'));
		expect(sitePages.length).toBeGreaterThan(entries.length);
		for (const [path, html] of sitePages) {
			const $ = load(html);
			const form = $('header site-search form[role="search"]');
			expect(form.attr('action'), path).toBe(`${prefix}/search/`);
			expect(form.find('input[name="q"][role="combobox"]').attr('aria-controls'), path).toBe('site-search-listbox');
		}
	});

	it('loads no search code on first paint but a bootstrap of under 2 kB gzipped; the rest on demand', () => {
		const html = pages.get(`${prefix}/personas/`) ?? '';
		const { initial, lazy } = pageScripts(html, read);
		const code = [...initial].map(read).join('\n');
		expect(code).toContain('site-search');
		// Neither the combobox nor Pagefind is loaded up front.
		expect(code).not.toContain('aria-activedescendant');
		expect(code).not.toMatch(/pagefind\.js/);
		const searchInitial = [...initial].filter((p) => /SiteSearch|preload-helper/.test(p));
		expect(gzip(searchInitial)).toBeLessThan(2048);
		expect([...lazy].some((p) => /search-combobox/.test(p))).toBe(true);
		expect(files.has(`${prefix}/pagefind/pagefind.js`)).toBe(true);
	});

	it('ships the index without Pagefind’s own UI bundles, which this site does not use', () => {
		expect([...files].filter((f) => /pagefind\/pagefind-(component-|modular-)?ui|pagefind-highlight/.test(f))).toEqual(
			[],
		);
		expect(files.has(`${prefix}/pagefind/pagefind-worker.js`)).toBe(true);
	});
});
