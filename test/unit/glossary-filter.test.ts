import { describe, expect, it } from 'vitest';
import { filterStatus, filterText, foldText, matchesFilter } from '../../src/lib/glossary-filter';

const crm = filterText({
	term: 'Customer relationship management',
	aliases: ['CRM', 'CRM system'],
	summary: 'Software and practice for keeping track of every customer’s contacts.',
});

describe('glossary filter', () => {
	it('folds case, accents, hyphens and apostrophes', () => {
		expect(foldText('  Café-Owner’s  Map ')).toBe('cafe owner s map');
	});

	it('finds a term by its name, an alias or its summary', () => {
		expect(matchesFilter(crm, 'relationship')).toBe(true);
		expect(matchesFilter(crm, 'crm')).toBe(true);
		expect(matchesFilter(crm, 'software')).toBe(true);
	});

	it('needs every word to start a word, in any order', () => {
		expect(matchesFilter(crm, 'man cust')).toBe(true);
		expect(matchesFilter(crm, 'ship')).toBe(false);
		expect(matchesFilter(crm, 'crm touchpoint')).toBe(false);
	});

	it('treats an empty query as everything', () => {
		expect(matchesFilter(crm, '   ')).toBe(true);
	});

	it('says how many terms match', () => {
		expect(filterStatus(3, 26, ' jour ')).toBe('3 of 26 terms match “jour”.');
		expect(filterStatus(1, 26, 'crm')).toBe('1 of 26 terms matches “crm”.');
		expect(filterStatus(0, 26, 'zebra')).toBe('No terms match “zebra”.');
		expect(filterStatus(26, 26, '')).toBe('');
	});
});
