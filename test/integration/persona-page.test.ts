import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { bodyOpensWithText } from '../../src/lib/persona-view';
import { readDist } from '../support/dist';

const { pages, prefix } = readDist();
const personaPages = [...pages.keys()].filter((path) => /\/personas\/[^/]+\/$/.test(path));
const idOf = (path: string) => path.split('/').at(-2)!;
const bodyOf = (id: string) =>
	readFileSync(join(contentDir(), 'personas', `${id}.mdx`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

describe('persona pages', () => {
	it('exist', () => {
		expect(personaPages.length).toBeGreaterThan(5);
	});

	it('open with the body: text before its first heading sits under "About <name>", before the statement sections', () => {
		const hannah = load(pages.get(`${prefix}/personas/hannah-bill-watcher/`) ?? '');
		const about = hannah('h2#about');
		expect(about.text()).toBe('About Hannah');
		expect(about.next().is('p')).toBe(true);
		expect(about.next().text()).toMatch(/^Hannah is the persona we reach for/);
		const headings = hannah('.entry-layout > .content h2')
			.map((_, h) => hannah(h).attr('id'))
			.get();
		expect(headings.indexOf('about')).toBe(0);
		expect(headings.indexOf('about')).toBeLessThan(headings.indexOf('goals'));
		expect(headings.indexOf('open-questions')).toBeGreaterThan(headings.indexOf('a-day-in-their-life'));
	});

	it.each(personaPages)('%s: "On this page" follows the page’s own sections in order, and comes after them', (path) => {
		const $ = load(pages.get(path) ?? '');
		const sectionIds = $('.entry-layout > .content h2[id], .entry-layout > .content h3[id]')
			.map((_, h) => $(h).attr('id'))
			.get();
		const toc = $('nav.page-toc a')
			.map((_, a) => $(a).attr('href')!.slice(1))
			.get();
		if (toc.length > 0) {
			expect(sectionIds.filter((id) => toc.includes(id))).toEqual(toc);
			// In the source after the main column, so keyboard users reach the content first.
			expect($('.entry-layout > .content ~ .side-toc nav.page-toc').length).toBe(1);
			expect($('.entry-layout > .aside nav.page-toc').length).toBe(0);
		}
		expect($('h2#about').length).toBe(bodyOpensWithText(bodyOf(idOf(path))) ? 1 : 0);
	});
});
