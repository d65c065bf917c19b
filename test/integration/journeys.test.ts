import { load } from 'cheerio';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content';
import { scoreWords } from '../../src/lib/format';
import { journeyToMermaid } from '../../src/lib/journey-mermaid';
import type { JourneyData } from '../../src/schemas/journey';
import { readDist } from '../support/dist';
import { distReader, pageScripts } from '../support/js-graph';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { entries } = checkContent(root);
const journeys = entries
	.filter((e) => e.collection === 'journeys')
	.map((e) => ({ id: e.id, data: e.data as JourneyData }));
const { pages, prefix } = readDist();
const read = distReader(inject('distDir'), prefix);
const isMermaid = (path: string) => /mermaid/i.test(path);
// Mermaid's entry module: its prebuilt bundle as the build serves it, or a Vite chunk of the package.
const isMermaidEntry = (path: string) => /\/mermaid\.esm\.min\.mjs$|\/mermaid\.core[.-]/.test(path);
const bytes = (paths: Iterable<string>) => [...paths].reduce((sum, p) => sum + Buffer.byteLength(read(p)), 0);
const gzipBytes = (paths: Iterable<string>) => [...paths].reduce((sum, p) => sum + gzipSync(read(p)).length, 0);

describe('journey pages', () => {
	it('exist for every journey', () => {
		expect(journeys.length).toBeGreaterThan(0);
		for (const journey of journeys) expect(pages.has(`${prefix}/journeys/${journey.id}/`), journey.id).toBe(true);
	});

	for (const journey of journeys) {
		describe(journey.id, () => {
			const $ = load(pages.get(`${prefix}/journeys/${journey.id}/`) ?? '');
			const steps = journey.data.stages.flatMap((stage) => stage.steps);

			it('carries the generated Mermaid source, kept out of the search index', () => {
				const diagram = $('mermaid-diagram').first();
				expect(diagram.find('.mermaid-diagram-source code').text()).toBe(journeyToMermaid(journey.data).source);
				expect(diagram.is('[data-pagefind-ignore]')).toBe(true);
				expect(diagram.find('.mermaid-diagram-source').is('[data-pagefind-ignore]')).toBe(true);
				const label = diagram.find('.mermaid-diagram-canvas[role="img"]').attr('aria-label') ?? '';
				expect(label).toContain(journey.data.title);
				expect(label).toContain(`${steps.length} steps`);
			});

			it('has the table twin with one row per step, score in number and words', () => {
				const rows = $('table tbody tr:has(th[scope="row"])');
				expect(rows.length).toBe(steps.length);
				rows.each((index, row) => {
					const step = steps[index];
					expect($(row).find('th[scope="row"]').text()).toContain(step?.name);
					const score = $(row).find('td').first().text().replace(/\s+/g, ' ');
					expect(score).toContain(String(step?.score));
					expect(score).toContain(scoreWords[step?.score ?? 0]);
				});
				// The table is indexed by search: it is not inside an ignored region.
				expect(rows.first().closest('[data-pagefind-ignore]').length).toBe(0);
			});

			it('has a server-rendered emotion curve with a point per step and a text description', () => {
				const svg = $('.emotion-curve svg[role="img"]');
				expect(svg.length).toBe(1);
				expect(svg.find('circle').length).toBe(steps.length);
				expect(svg.find('desc').text()).toMatch(/Starts at .* ends at/);
				expect(svg.attr('aria-labelledby')).toBeTruthy();
			});
		});
	}
});

describe('where journeys appear', () => {
	it('persona pages list their journeys with a small curve and the low point in words', () => {
		for (const persona of entries.filter((e) => e.collection === 'personas')) {
			const $ = load(pages.get(`${prefix}/personas/${persona.id}/`) ?? '');
			const expected = journeys
				.filter((j) => j.data.personas.includes(persona.id))
				.map((j) => `${prefix}/journeys/${j.id}/`);
			const listed = $('.journey-list a')
				.map((_, a) => $(a).attr('href'))
				.get();
			expect(new Set(listed), persona.id).toEqual(new Set(expected));
			$('.journey-list li').each((_, li) => {
				expect($(li).find('svg[aria-hidden="true"]').length).toBe(1);
				expect($(li).find('.meta').text()).toMatch(/lowest point: “.+” \(\d, [a-z ]+\)/);
			});
		}
	});

	it('segment pages list the journeys of their personas, and who follows each', () => {
		let checked = 0;
		for (const segment of entries.filter((e) => e.collection === 'segments')) {
			const $ = load(pages.get(`${prefix}/segments/${segment.id}/`) ?? '');
			$('.journey-list li').each((_, li) => {
				expect($(li).find('.meta').text()).toMatch(/followed by .+/);
				checked++;
			});
		}
		expect(checked).toBeGreaterThan(0);
	});
});

describe('Mermaid fences in bodies', () => {
	it('become diagram elements on the customer journey mapping term', () => {
		const $ = load(pages.get(`${prefix}/glossary/customer-journey-mapping/`) ?? '');
		const source = $('mermaid-diagram .mermaid-diagram-source code').text();
		expect(source).toMatch(/^flowchart LR\n/);
		expect($('mermaid-diagram [role="img"]').attr('aria-label')).toBe('Flowchart');
		// No fence is left as a plain code block.
		expect($('pre > code.language-mermaid').closest('mermaid-diagram').length).toBe(
			$('pre > code.language-mermaid').length,
		);
	});
});

describe('JavaScript budget', () => {
	const withDiagram = [...pages].filter(([, html]) => html.includes('<mermaid-diagram'));
	const withoutDiagram = [...pages].filter(([, html]) => !html.includes('<mermaid-diagram'));

	it('pages without a diagram load no Mermaid code, not even lazily', () => {
		expect(withoutDiagram.length).toBeGreaterThan(10);
		for (const [path, html] of withoutDiagram) {
			const { initial, lazy } = pageScripts(html, read);
			expect([...initial, ...lazy].filter(isMermaid), path).toEqual([]);
		}
	});

	it('pages with a diagram load the small loader at once and Mermaid only on demand', () => {
		expect(withDiagram.length).toBeGreaterThanOrEqual(journeys.length + 1);
		for (const [path, html] of withDiagram) {
			const { initial, lazy } = pageScripts(html, read);
			expect(
				[...initial].some((p) => p.includes('MermaidScript')),
				path,
			).toBe(true);
			expect([...initial].filter(isMermaidEntry), path).toEqual([]);
			expect([...lazy].some(isMermaidEntry), path).toBe(true);
			// The loader and anything else the page runs at once stay small.
			expect(gzipBytes(initial), path).toBeLessThan(12_000);
		}
	});

	it('records the bytes of JavaScript pages load', () => {
		const journeyPage = pages.get(`${prefix}/journeys/${journeys[0]?.id}/`) ?? '';
		const plainPage = pages.get(`${prefix}/personas/`) ?? '';
		const journey = pageScripts(journeyPage, read);
		const plain = pageScripts(plainPage, read);
		const report = {
			'page without a diagram, at load': {
				files: bytes(plain.initial),
				gzip: gzipBytes(plain.initial),
				inline: plain.inlineBytes,
			},
			'journey page, at load': {
				files: bytes(journey.initial),
				gzip: gzipBytes(journey.initial),
				inline: journey.inlineBytes,
			},
			// Everything Mermaid could import for any diagram type; a journey fetches only part of it (see the e2e test).
			'journey page, all Mermaid code it could import': { files: bytes(journey.lazy), gzip: gzipBytes(journey.lazy) },
		};
		console.info('JavaScript per page:', JSON.stringify(report, null, 2));
		expect(report['page without a diagram, at load'].files).toBeLessThan(report['journey page, at load'].files);
	});
});
