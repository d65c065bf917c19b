import { load } from 'cheerio';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
