import { describe, expect, it } from 'vitest';
import { pagesGlob, pathBelowBase, searchPagePath } from '../../src/lib/search-pages';
import { suggestTerms } from '../../src/lib/search-suggest';

describe('searchPagePath', () => {
	const options = { collections: ['personas', 'glossary'], skip: ['_astro', 'pagefind', 'search'] };
	const path = (pathname: string) => searchPagePath(pathname, options);

	it('takes entry pages below collections and every page of other folders', () => {
		expect(path('/personas/ada/')).toBe('personas/ada/index.html');
		expect(path('/glossary/touchpoint')).toBe('glossary/touchpoint/index.html');
		expect(path('/contributing/')).toBe('contributing/index.html');
		expect(path('/start-here/3/')).toBe('start-here/3/index.html');
	});

	it('leaves out the home page, the lists, assets, search and hidden folders', () => {
		for (const pathname of [
			'/',
			'/404',
			'/404.html',
			'/500/',
			'/index.html',
			'/personas/',
			'/glossary/',
			'/search/',
			'/_astro/x/',
			'/.well-known/x/',
		])
			expect(path(pathname), pathname).toBeUndefined();
	});
});

describe('pathBelowBase', () => {
	it('strips the base path, with or without its trailing slash', () => {
		expect(pathBelowBase('/personas/ada/', '/')).toBe('/personas/ada/');
		expect(pathBelowBase('/atlas/personas/ada/', '/atlas/')).toBe('/personas/ada/');
		expect(pathBelowBase('/atlas/personas/ada/', '/atlas')).toBe('/personas/ada/');
		expect(pathBelowBase('/atlas', '/atlas/')).toBe('/');
	});

	it('gives nothing for a path outside the base', () => {
		expect(pathBelowBase('/other/page/', '/atlas/')).toBeUndefined();
		expect(pathBelowBase('/atlasx/page/', '/atlas/')).toBeUndefined();
	});
});

describe('pagesGlob', () => {
	it('names one page as it is, and several as alternatives', () => {
		expect(pagesGlob(['personas/ada/index.html'])).toBe('personas/ada/index.html');
		expect(pagesGlob(['personas/ada/index.html', 'start-here/index.html'])).toBe(
			'{personas/ada/index.html,start-here/index.html}',
		);
	});
});

describe('suggestTerms', () => {
	const terms = [
		{ term: 'Customer profile', aliases: ['Customer persona', 'Customer avatar'], url: '/glossary/customer-profile/' },
		{ term: 'Customer relationship management', aliases: ['CRM', 'CRM system'], url: '/glossary/crm/' },
		{ term: 'Touchpoint', aliases: [], url: '/glossary/touchpoint/' },
	];

	it('suggests terms whose name or alias is a near miss, each once', () => {
		expect(suggestTerms('custmer profle', terms).map((t) => t.term)).toEqual(['Customer profile']);
		expect(suggestTerms('touchpiont', terms).map((t) => t.term)).toEqual(['Touchpoint']);
		expect(suggestTerms('crm sytem', terms).map((t) => t.term)).toEqual(['Customer relationship management']);
	});

	it('suggests nothing for nothing like a term', () => {
		expect(suggestTerms('zzzqq', terms)).toEqual([]);
		expect(suggestTerms('  ', terms)).toEqual([]);
	});
});
