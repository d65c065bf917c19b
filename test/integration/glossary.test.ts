import { load, type CheerioAPI } from 'cheerio';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { aliasPages, aliasSlug } from '../../src/lib/alias-pages';
import { checkContent } from '../../src/lib/check-content';
import type { GlossaryData } from '../../src/schemas/glossary';
import { readDist } from '../support/dist';
import { distReader, pageScripts } from '../support/js-graph';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { entries } = checkContent(root);
const terms = entries
	.filter((e) => e.collection === 'glossary')
	.map((e) => ({ id: e.id, data: e.data as GlossaryData }));
const { pages, prefix } = readDist();
const read = distReader(inject('distDir'), prefix);
const page = (path: string): CheerioAPI => {
	const html = pages.get(`${prefix}${path}`);
	if (html === undefined) throw new Error(`no page at ${path}`);
	return load(html);
};
const isRedirect = ($: CheerioAPI) => $('meta[http-equiv="refresh"]').length > 0;
const contentPages = [...pages].filter(([path]) =>
	/\/(personas|segments|journeys|glossary|start-here)\/[^/]+\/$/.test(path),
);

describe('alias pages', () => {
	const expected = aliasPages(terms);

	it('exist for every alias and lead to its term: refresh, canonical, a real link, noindex, not searchable', () => {
		expect(expected.length).toBeGreaterThan(20);
		for (const alias of expected) {
			const $ = page(`/glossary/${alias.slug}/`);
			const target = `${prefix}/glossary/${alias.termId}/`;
			expect($('meta[http-equiv="refresh"]').attr('content'), alias.slug).toBe(`0; url=${target}`);
			expect(new URL($('link[rel="canonical"]').attr('href') ?? '').pathname, alias.slug).toBe(target);
			expect($(`main a[href="${target}"]`).length, alias.slug).toBe(1);
			expect($('meta[name="robots"]').attr('content')).toBe('noindex');
			expect($('[data-pagefind-body]').length).toBe(0);
			expect($('h1').text()).toBe(alias.alias);
		}
	});

	it('cover every alias of every term: each alias address is an alias page or the term itself', () => {
		for (const term of terms) {
			for (const alias of term.data.aliases) {
				const slug = aliasSlug(alias);
				const $ = page(`/glossary/${slug}/`);
				if (slug === term.id) expect(isRedirect($)).toBe(false);
				else
					expect($('meta[http-equiv="refresh"]').attr('content'), alias).toBe(`0; url=${prefix}/glossary/${term.id}/`);
			}
		}
	});

	it('include the examples from the issue', () => {
		expect(page('/glossary/customer-persona/')('main a').attr('href')).toBe(`${prefix}/glossary/customer-profile/`);
		expect(page('/glossary/crm/')('main a').attr('href')).toBe(`${prefix}/glossary/customer-relationship-management/`);
	});
});

describe('"used in" on term pages', () => {
	const usedIn = (id: string) =>
		page(`/glossary/${id}/`)('#used-in')
			.closest('section')
			.find('li > a')
			.map((_, a) => a.attribs['href'])
			.get();

	it('is exact for a known term: the entries whose words mention it or an alias', () => {
		// Hannah's and the Asset Manager's bodies say "touchpoint(s)"; Customer experience's summary does.
		expect(usedIn('touchpoint')).toEqual([
			`${prefix}/personas/hannah-bill-watcher/`,
			`${prefix}/personas/the-asset-manager/`,
			`${prefix}/glossary/customer-experience/`,
		]);
	});

	it('never lists the term itself, and every listed page exists', () => {
		for (const term of terms) {
			const links = usedIn(term.id);
			expect(links, term.id).not.toContain(`${prefix}/glossary/${term.id}/`);
			for (const href of links) expect(pages.has(href), href).toBe(true);
		}
	});

	it('groups entries by kind with counts, and says so when nothing mentions a term', () => {
		const $ = page('/glossary/touchpoint/');
		expect($('#used-in-personas').text().replace(/\s+/g, ' ').trim()).toBe('Personas (2)');
		expect($('#used-in-glossary').text().replace(/\s+/g, ' ').trim()).toBe('Other terms (1)');
		const unused = terms.find((t) => usedIn(t.id).length === 0);
		if (unused) expect(page(`/glossary/${unused.id}/`)('#used-in').closest('section').text()).toContain('mentions');
	});
});

describe('term links with tooltips', () => {
	const withTerms = contentPages.filter(([, html]) => html.includes('<glossary-term'));

	it('appear in persona, segment, journey and glossary bodies', () => {
		for (const kind of ['personas', 'segments', 'journeys', 'glossary'])
			expect(
				withTerms.some(([path]) => path.startsWith(`${prefix}/${kind}/`)),
				kind,
			).toBe(true);
	});

	it('are links to the term with its summary as a tooltip the link is described by', () => {
		const byId = new Map(terms.map((t) => [t.id, t]));
		for (const [path, html] of withTerms) {
			const $ = load(html);
			const ids = new Set<string>();
			$('glossary-term').each((_, element) => {
				const link = $(element).children('a.term-link');
				const tip = $(element).children('[role="tooltip"]');
				const termId = /\/glossary\/([^/]+)\/$/.exec(link.attr('href') ?? '')?.[1] ?? '';
				const term = byId.get(termId);
				expect(term, `${path}: ${link.attr('href')}`).toBeDefined();
				expect(link.attr('href')).toBe(`${prefix}/glossary/${termId}/`);
				expect(link.attr('aria-describedby')).toBe(tip.attr('id'));
				expect(tip.text()).toBe(`${term!.data.term}: ${term!.data.summary}`);
				expect(tip.is('[data-pagefind-ignore]')).toBe(true);
				expect(ids.has(tip.attr('id') ?? ''), `${path}: duplicate ${tip.attr('id')}`).toBe(false);
				ids.add(tip.attr('id') ?? '');
				// No whitespace between the parts: it would show as a space before the next punctuation.
				expect($.html(element)).toMatch(/^<glossary-term><a [^>]+>[^<]+<\/a><span /);
			});
		}
	});

	it('are never inside headings, links, code or preformatted text', () => {
		for (const [path, html] of contentPages) {
			const $ = load(html);
			expect($('h1, h2, h3, h4, h5, h6, a, code, pre, kbd').find('glossary-term').length, path).toBe(0);
		}
	});

	it("link only the first mention of each term, and never the term's own page", () => {
		for (const [path, html] of withTerms) {
			const $ = load(html);
			const hrefs = $('a.term-link')
				.map((_, a) => a.attribs['href'])
				.get();
			expect(new Set(hrefs).size, path).toBe(hrefs.length);
			if (path.startsWith(`${prefix}/glossary/`)) expect(hrefs, path).not.toContain(path);
		}
	});

	it('bring a tiny script, only to pages that have them', () => {
		// Written into the page or, as astro.config.mjs now has it, a small cached file: either way one, and tiny.
		const tooltipScript = (html: string) => {
			const $ = load(html);
			const inline = $('script[type="module"]:not([src])')
				.map((_, s) => $(s).html() ?? '')
				.get();
			const files = $('script[type="module"][src]')
				.map((_, s) => read($(s).attr('src') ?? ''))
				.get();
			return [...inline, ...files].filter((code) => code.includes('glossary-term'));
		};
		for (const [path, html] of contentPages) {
			const scripts = tooltipScript(html);
			expect(scripts.length, path).toBe(html.includes('<glossary-term') ? 1 : 0);
			for (const code of scripts) expect(Buffer.byteLength(code), path).toBeLessThan(1024);
		}
		// Nothing else is loaded for them: the persona page's scripts are the site's own plus this one.
		const hannah = pages.get(`${prefix}/personas/hannah-bill-watcher/`) ?? '';
		const { lazy } = pageScripts(hannah, read);
		expect([...lazy].some((path) => /glossary/i.test(path))).toBe(false);
	});
});

describe('tooltip styles', () => {
	it('hide the tooltip in print and follow the dark theme through the site colours', () => {
		const $ = page('/personas/hannah-bill-watcher/');
		const css = [
			...$('style')
				.map((_, s) => $(s).html() ?? '')
				.get(),
			...$('link[rel="stylesheet"]')
				.map((_, l) => read(l.attribs['href'] ?? ''))
				.get(),
		].join('\n');
		expect(css).toMatch(/@media print\{[^@]*\.term-tip\{display:none/);
		expect(css).toMatch(/\.term-tip\{[^}]*background:var\(--color-surface\)/);
	});
});

describe('glossary A–Z', () => {
	const $ = page('/glossary/');

	it('shows all 26 letters; letters without terms are text, not links', () => {
		const letters = $('.letter-nav li');
		expect(letters.length).toBeGreaterThanOrEqual(26);
		const withTerms = new Set(terms.map((t) => t.data.term[0]!.toUpperCase()));
		letters.each((_, li) => {
			const letter = $(li).text().trim()[0]!;
			expect($(li).find('a').length, letter).toBe(withTerms.has(letter) ? 1 : 0);
		});
	});

	it('has a filter box that stays hidden without JavaScript, and filter text on every term', () => {
		expect($('glossary-filter [data-filter-box]').attr('hidden')).toBeDefined();
		expect($('glossary-filter [role="status"]').length).toBe(1);
		expect($('[data-filter-text]').length).toBe(terms.length);
		const crm = $('[data-filter-text]').filter(
			(_, el) => $(el).find('a').text() === 'Customer relationship management',
		);
		expect(crm.attr('data-filter-text')).toContain('crm');
	});
});

describe('start here', () => {
	const $ = page('/start-here/');
	const stepLinks = $('ol.steps h2 a')
		.map((_, a) => a.attribs['href'])
		.get();

	it('lists the steps of content/start-here.yaml in order, each with what you will know', () => {
		expect(stepLinks.length).toBe(12);
		expect(stepLinks[0]).toBe(`${prefix}/start-here/customer-profile/`);
		expect(stepLinks.at(-1)).toBe(`${prefix}/start-here/buying-and-installing-a-thermostat/`);
		expect($('ol.steps .outcome').length).toBe(12);
	});

	it('hides progress and checkboxes without JavaScript', () => {
		expect($('start-here-progress').attr('hidden')).toBeDefined();
		$('[data-progress-control]').each((_, el) => expect($(el).attr('hidden')).toBeDefined());
		expect($('input[data-step-done]').length).toBe(12);
	});

	it('gives every step a page with its outcome and the previous and next steps', () => {
		stepLinks.forEach((href, index) => {
			const step = load(pages.get(href) ?? '');
			expect(step('.outcome').text(), href).toContain('What you’ll know after this');
			expect(step('a[rel="prev"]').attr('href'), href).toBe(stepLinks[index - 1]);
			expect(step('a[rel="next"]').attr('href'), href).toBe(stepLinks[index + 1]);
			expect(step('input[data-step-done]').attr('data-step-done')).toBe(href.split('/').at(-2));
			expect(step('h1').text().trim().length).toBeGreaterThan(0);
			// Searching finds the entry itself, not its copy on the path.
			expect(step('.material').is('[data-pagefind-ignore]')).toBe(true);
		});
	});

	it('is linked from the header on every page and from the home page', () => {
		expect(page('/')('header nav a[href$="/start-here/"]').length).toBe(1);
		expect(page('/')('main a[href$="/start-here/"]').length).toBeGreaterThan(0);
		expect(page('/personas/')('header nav a[href$="/start-here/"]').length).toBe(1);
	});
});
