import { describe, expect, it } from 'vitest';
import { searchPagesGlob } from '../../src/lib/search-pages';
import { suggestTerms } from '../../src/lib/search-suggest';

describe('searchPagesGlob', () => {
	const options = { collections: ['personas', 'glossary'], skip: ['_astro', 'pagefind', 'search'] };

	it('takes entry pages below collections and every other folder, not the lists, home, assets or search', () => {
		expect(
			searchPagesGlob(
				['personas', 'contributing', '_astro', 'pagefind', 'search', 'glossary', '.well-known', '_x'],
				options,
			),
		).toBe('{contributing,glossary/*,personas/*}/**/*.html');
	});

	it('gives nothing when there is nothing to index', () => {
		expect(searchPagesGlob(['_astro', 'search'], options)).toBeUndefined();
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
