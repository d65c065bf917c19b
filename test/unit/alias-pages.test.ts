import { describe, expect, it } from 'vitest';
import { aliasPages, aliasSlug, checkAliasPages, type CheckedTerm } from '../../src/lib/alias-pages';

const term = (id: string, name: string, aliases: string[]) => ({ id, data: { term: name, aliases } });

describe('aliasSlug', () => {
	it('makes an address of an alias', () => {
		expect(aliasSlug('Customer persona')).toBe('customer-persona');
		expect(aliasSlug('CRM')).toBe('crm');
		expect(aliasSlug('Personalisé & co')).toBe('personalise-and-co');
		expect(aliasSlug('🙂')).toBe('');
	});
});

describe('aliasPages', () => {
	it('gives every alias (and a name that differs from the id) a page leading to its term', () => {
		expect(
			aliasPages([
				term('customer-profile', 'Customer profile', ['Customer persona', 'Customer avatar']),
				term('crm', 'Customer relationship management', ['CRM']),
			]),
		).toEqual([
			{ slug: 'customer-persona', alias: 'Customer persona', termId: 'customer-profile' },
			{ slug: 'customer-avatar', alias: 'Customer avatar', termId: 'customer-profile' },
			{ slug: 'customer-relationship-management', alias: 'Customer relationship management', termId: 'crm' },
		]);
	});

	it('makes no page where a term page is, twice for one term, for an empty slug, or for a clash', () => {
		expect(
			aliasPages([
				term('touchpoint', 'Touchpoint', ['Touch point', 'Touch-point', 'touchpoint', '🙂', 'CX']),
				term('cx', 'Customer experience', ['Shared']),
				term('other', 'Other', ['shared']),
			]),
		).toEqual([
			{ slug: 'touch-point', alias: 'Touch point', termId: 'touchpoint' },
			{ slug: 'customer-experience', alias: 'Customer experience', termId: 'cx' },
		]);
	});
});

describe('checkAliasPages', () => {
	const checked = (id: string, name: string, aliases: string[]): CheckedTerm => ({
		id,
		file: `content/glossary/${id}.mdx`,
		data: { term: name, aliases },
		lineOf: (path) => (path[0] === 'aliases' ? 3 + Number(path[1]) : 1),
	});
	const messages = (terms: CheckedTerm[]) =>
		checkAliasPages(terms).map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);

	it('refuses aliases of two terms that share an address', () => {
		expect(messages([checked('a', 'A', ['Touch-point']), checked('b', 'B', ['Touch point'])])).toEqual([
			'content/glossary/a.mdx:3 aliases[0]: "Touch-point" and "Touch point" of the term "b" share the address /glossary/touch-point/',
			'content/glossary/b.mdx:3 aliases[0]: "Touch point" and "Touch-point" of the term "a" share the address /glossary/touch-point/',
		]);
	});

	it("refuses an alias whose address is another term's page once accents and symbols are spelled out", () => {
		expect(messages([checked('personalise', 'Personalise', []), checked('b', 'B', ['Personalisé'])])).toEqual([
			'content/glossary/b.mdx:3 aliases[0]: the address of "Personalisé", /glossary/personalise/, is the page of the term "personalise"',
		]);
	});

	it('refuses names two terms share once spacing and apostrophes are ignored', () => {
		expect(messages([checked('a', 'A', ["Owner's view"]), checked('b', 'B', ['Owner’s  view'])])).toHaveLength(2);
	});

	it('leaves exact repeats to the clash check, and accepts a term repeating itself', () => {
		expect(messages([checked('a', 'A', ['CRM']), checked('b', 'B', ['crm'])])).toEqual([]);
		expect(messages([checked('touchpoint', 'Touchpoint', ['Touch point', 'Touch-point'])])).toEqual([]);
	});

	it('copes with raw data', () => {
		const raw: CheckedTerm = { id: 'r', file: 'f', data: { aliases: [1, null, ''] }, lineOf: () => 1 };
		expect(checkAliasPages([raw, { ...raw, id: 's', data: { aliases: 'x' } }])).toEqual([]);
	});
});
