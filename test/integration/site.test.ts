import { load } from 'cheerio';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { personaCountText, type Status } from '../../src/lib/catalog';
import { checkContent } from '../../src/lib/check-content';
import { findBrokenLinks } from '../../src/lib/internal-links';
import { readDist } from '../support/dist';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { entries } = checkContent(root);
const { pages, files, prefix } = readDist();

describe('the built site', () => {
	it('has a page for every entry of every collection', () => {
		expect(entries.length).toBeGreaterThan(40);
		const missing = entries.map((e) => `${prefix}/${e.collection}/${e.id}/`).filter((path) => !pages.has(path));
		expect(missing).toEqual([]);
	});

	it('has index pages, a home page and a real 404 page', () => {
		for (const path of ['/', '/personas/', '/segments/', '/journeys/', '/glossary/'])
			expect(pages.has(`${prefix}${path}`), path).toBe(true);
		const notFound = load(pages.get(`${prefix}/404.html`) ?? '');
		expect(notFound('h1').text()).toMatch(/not found/i);
		expect(notFound(`a[href="${prefix}/"]`).length).toBeGreaterThan(0);
	});

	it('counts personas the same way on the home page and on /personas/', () => {
		const byStatus: Record<Status, number> = { active: 0, draft: 0, deprecated: 0 };
		for (const e of entries.filter((e) => e.collection === 'personas'))
			byStatus[(e.data as { status: Status }).status] += 1;
		const text = personaCountText(byStatus);
		const home = load(pages.get(`${prefix}/`) ?? '');
		const list = load(pages.get(`${prefix}/personas/`) ?? '');
		const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
		expect(
			home('section[aria-labelledby="ways-in"] .count')
				.map((_, c) => squash(home(c).text()))
				.get(),
		).toContain(text);
		const activeStat = home('.stats dt').filter((_, dt) => home(dt).text().trim() === 'Active personas');
		expect(activeStat.next('dd').text().trim()).toBe(String(byStatus.active));
		expect(squash(list('.page-header').text())).toContain(text);
		// No page adds drafts or deprecated personas into a single "personas" figure.
		const total = byStatus.active + byStatus.draft + byStatus.deprecated;
		const current = byStatus.active + byStatus.draft;
		for (const $ of [home, list])
			for (const n of new Set([total, current].filter((n) => n !== byStatus.active)))
				expect(squash($('main').text())).not.toMatch(new RegExp(`\\b${n} (current )?personas\\b`));
	});

	it('has no broken internal link or fragment anywhere', () => {
		expect(findBrokenLinks(pages, files)).toEqual([]);
	});

	it('gives every page a title, a language, one h1 and a main landmark (indexed for search except the 404 and redirects)', () => {
		for (const [path, html] of pages) {
			const $ = load(html);
			expect($('html').attr('lang'), path).toBeTruthy();
			expect($('title').text().trim(), path).not.toBe('');
			expect($('h1').length, path).toBe(1);
			expect($('main').length, path).toBe(1);
			// Alias pages (/glossary/customer-persona/) only lead on to their term, which is indexed itself.
			const redirect = $('meta[http-equiv="refresh"]').length > 0;
			expect($('main[data-pagefind-body]').length, path).toBe(path.endsWith('/404.html') || redirect ? 0 : 1);
		}
	});

	it('keeps site chrome out of the search index', () => {
		for (const [path, html] of pages) {
			const $ = load(html);
			for (const chrome of ['header', 'footer']) {
				$(`body > ${chrome}`).each((_, el) => {
					expect($(el).is('[data-pagefind-ignore]'), `${path} ${chrome}`).toBe(true);
				});
			}
		}
	});

	it('gives every image alt text', () => {
		for (const [path, html] of pages) {
			const $ = load(html);
			$('img').each((_, img) => {
				expect($(img).attr('alt'), `${path} ${$(img).attr('src')}`).toBeDefined();
			});
		}
	});
});
