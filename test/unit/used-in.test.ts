import { describe, expect, it } from 'vitest';
import { termMatcher } from '../../src/lib/glossary-matcher';
import { buildUsedIn, mentionsByEntry, type MentionSource } from '../../src/lib/used-in';

const match = termMatcher([
	{ id: 'customer-journey', names: ['Customer journey'] },
	{ id: 'customer-journey-mapping', names: ['Customer journey mapping', 'Journey map'] },
	{ id: 'touchpoint', names: ['Touchpoint'] },
	{ id: 'crm', names: ['Customer relationship management', 'CRM'] },
	{ id: 'unused', names: ['Nobody says this'] },
]);

const sources: MentionSource[] = [
	{ collection: 'glossary', id: 'customer-journey', pieces: ['A customer journey has touchpoints.'] },
	{ collection: 'glossary', id: 'touchpoint', pieces: ['A touchpoint', 'on a customer journey'] },
	{ collection: 'journeys', id: 'first-winter', pieces: ['Every touchpoint of it', 'is in the CRM'] },
	{ collection: 'personas', id: 'zoe', pieces: ['Zoe maps her customer journey mapping'], termIds: ['crm'] },
	{ collection: 'personas', id: 'ada', pieces: ['Ada hates the CRM', 'and touchpoints'] },
	{ collection: 'segments', id: 'renters', pieces: ['customer', 'journey'] },
];

describe('buildUsedIn', () => {
	const usedIn = buildUsedIn(sources, match);
	const ids = (termId: string) => (usedIn.get(termId) ?? []).map((e) => `${e.collection}/${e.id}`);

	it('lists every entry that mentions a term, grouped by kind in the order given', () => {
		expect(ids('touchpoint')).toEqual(['personas/ada', 'journeys/first-winter', 'glossary/customer-journey']);
		expect(ids('crm')).toEqual(['personas/zoe', 'personas/ada', 'journeys/first-winter']);
	});

	it('leaves a term out of its own list, and lets the longest name win', () => {
		// Zoe mentions "customer journey mapping", not "customer journey"; the term itself does not count.
		expect(ids('customer-journey')).toEqual(['glossary/touchpoint']);
		expect(ids('customer-journey-mapping')).toEqual(['personas/zoe']);
	});

	it('counts explicit <Term> links, and never matches across pieces', () => {
		expect(ids('crm')).toContain('personas/zoe');
		expect(ids('customer-journey')).not.toContain('segments/renters');
	});

	it('has no list for terms nobody mentions, and lists each entry once', () => {
		expect(usedIn.has('unused')).toBe(false);
		const twice = buildUsedIn([{ collection: 'personas', id: 'x', pieces: ['CRM', 'CRM'], termIds: ['crm'] }], match);
		expect(twice.get('crm')).toEqual([{ collection: 'personas', id: 'x' }]);
	});

	it('ignores a <Term> of a term on its own page', () => {
		const own = buildUsedIn([{ collection: 'glossary', id: 'crm', pieces: [], termIds: ['crm'] }], match);
		expect(own.size).toBe(0);
	});
});

describe('mentionsByEntry', () => {
	const usedIn = buildUsedIn(sources, match);
	const order = ['touchpoint', 'crm', 'customer-journey', 'customer-journey-mapping', 'unused'];
	const mentions = mentionsByEntry(usedIn, order);

	it('lists the terms each entry mentions, in glossary order', () => {
		expect(mentions.get('personas/ada')).toEqual(['touchpoint', 'crm']);
		expect(mentions.get('personas/zoe')).toEqual(['crm', 'customer-journey-mapping']);
		expect(mentions.get('journeys/first-winter')).toEqual(['touchpoint', 'crm']);
	});

	it('agrees with the used-in lists both ways, and a term never mentions itself', () => {
		for (const [key, termIds] of mentions)
			for (const termId of termIds) expect(usedIn.get(termId)!.map((e) => `${e.collection}/${e.id}`)).toContain(key);
		expect(mentions.get('glossary/touchpoint')).toEqual(['customer-journey']);
		expect(mentions.has('segments/renters')).toBe(false);
	});
});
