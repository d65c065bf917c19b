import { describe, expect, it } from 'vitest';
import {
	firstMentions,
	mentionedTerms,
	namesOf,
	normaliseName,
	splitAtMentions,
	termMatcher,
	type TermNames,
} from '../../src/lib/glossary-matcher';

const glossary: TermNames[] = [
	{ id: 'customer-journey', names: ['Customer journey', 'User journey'] },
	{ id: 'customer-journey-mapping', names: ['Customer journey mapping', 'Journey mapping', 'Journey map', 'CJM'] },
	{ id: 'touchpoint', names: ['Touchpoint', 'Touch point'] },
	{ id: 'buyer-persona', names: ['Buyer persona'] },
	{ id: 'customer-segmentation-strategies', names: ['Customer segmentation strategies', 'Segmentation strategy'] },
	{ id: 'crm', names: ['Customer relationship management', 'CRM'] },
	{ id: 'jobs-to-be-done', names: ['Jobs to be done', 'JTBD'] },
	{ id: 'owners-view', names: ["Owner's view"] },
];
const match = termMatcher(glossary);
const found = (text: string) => match(text).map((m) => [m.id, m.text]);

describe('termMatcher', () => {
	it('finds terms and aliases, ignoring case', () => {
		expect(found('Every CUSTOMER JOURNEY starts somewhere; crm records it.')).toEqual([
			['customer-journey', 'CUSTOMER JOURNEY'],
			['crm', 'crm'],
		]);
		expect(found('A user journey is the same thing.')).toEqual([['customer-journey', 'user journey']]);
	});

	it('counts simple plurals: s, es, and y → ies', () => {
		expect(found('Two customer journeys, many touchpoints, three buyer personas.')).toEqual([
			['customer-journey', 'customer journeys'],
			['touchpoint', 'touchpoints'],
			['buyer-persona', 'buyer personas'],
		]);
		expect(found('Both segmentation strategies failed.')).toEqual([
			['customer-segmentation-strategies', 'segmentation strategies'],
		]);
		expect(found('CRMs differ.')).toEqual([['crm', 'CRMs']]);
	});

	it('prefers the longest name where names overlap', () => {
		expect(found('We ran customer journey mapping workshops.')).toEqual([
			['customer-journey-mapping', 'customer journey mapping'],
		]);
		expect(found('A journey map of the customer journey.')).toEqual([
			['customer-journey-mapping', 'journey map'],
			['customer-journey', 'customer journey'],
		]);
		// "journey mapping" is inside "customer journey mapping"; the longer name starting earlier wins.
		expect(found('customer journey mapping')).toHaveLength(1);
	});

	it('matches whole words only', () => {
		expect(found('A touchpointless day; retouchpoint; CRMish; xCRM; CRM2; _CRM')).toEqual([]);
		expect(found('touchpoint_id')).toEqual([]);
	});

	it('ends a mention at punctuation, possessives and brackets', () => {
		expect(found('(CRM), "touchpoint". The buyer persona’s goals; CJM!')).toEqual([
			['crm', 'CRM'],
			['touchpoint', 'touchpoint'],
			['buyer-persona', 'buyer persona'],
			['customer-journey-mapping', 'CJM'],
		]);
	});

	it('lets words be split by several spaces, line breaks or hyphens', () => {
		expect(found('customer\n  journey, customer-journey-mapping, jobs-to-be-done')).toEqual([
			['customer-journey', 'customer\n  journey'],
			['customer-journey-mapping', 'customer-journey-mapping'],
			['jobs-to-be-done', 'jobs-to-be-done'],
		]);
		expect(found('customerjourney')).toEqual([]);
	});

	it('treats straight and curly apostrophes alike', () => {
		expect(found("The owner’s view and the owner's view")).toEqual([
			['owners-view', 'owner’s view'],
			['owners-view', "owner's view"],
		]);
	});

	it('escapes names that look like regular expressions', () => {
		const special = termMatcher([{ id: 'c-plus', names: ['C++ (legacy)', 'a.b'] }]);
		expect(special('we use C++ (legacy) and aXb but a.b').map((m) => m.text)).toEqual(['C++ (legacy)', 'a.b']);
	});

	it('reports positions that slice back to the words', () => {
		const text = 'See the Touch point and CRM.';
		for (const mention of match(text))
			expect(text.slice(mention.index, mention.index + mention.text.length)).toBe(mention.text);
	});

	it('matches nothing without names, and lets the first claim of a name win', () => {
		expect(termMatcher([])('customer journey')).toEqual([]);
		const twice = termMatcher([
			{ id: 'a', names: ['Persona'] },
			{ id: 'b', names: ['persona'] },
		]);
		expect(twice('persona').map((m) => m.id)).toEqual(['a']);
	});
});

describe('firstMentions', () => {
	it('keeps only the first mention of each term across the pieces of a document', () => {
		const plan = firstMentions(
			['A customer journey, and another customer journey.', 'Customer journeys and CRM.', 'CRM again.'],
			match,
		);
		expect(plan.map((piece) => piece.map((m) => m.text))).toEqual([['customer journey'], ['CRM'], []]);
	});

	it("never links the excluded term (the term's own page), without giving its words to shorter terms", () => {
		const plan = firstMentions(['The customer journey mapping of a customer journey.'], match, {
			exclude: 'customer-journey-mapping',
		});
		expect(plan[0]?.map((m) => m.id)).toEqual(['customer-journey']);
		const own = firstMentions(['customer journey mapping'], match, { exclude: 'customer-journey-mapping' });
		expect(own).toEqual([[]]);
	});

	it('skips terms already linked, and records the ones it links', () => {
		const seen = new Set(['crm']);
		const plan = firstMentions(['CRM and touchpoints'], match, { seen });
		expect(plan[0]?.map((m) => m.id)).toEqual(['touchpoint']);
		expect([...seen]).toEqual(['crm', 'touchpoint']);
	});
});

describe('splitAtMentions', () => {
	it('cuts a text around its mentions, keeping every character', () => {
		const text = 'Map the touchpoints, then CRM';
		const parts = splitAtMentions(text, match(text));
		expect(parts.map((p) => (typeof p === 'string' ? p : `[${p.text}]`)).join('')).toBe(
			'Map the [touchpoints], then [CRM]',
		);
		expect(splitAtMentions('plain', [])).toEqual(['plain']);
	});
});

describe('helpers', () => {
	it('mentionedTerms lists each term once in order of first mention', () => {
		expect(mentionedTerms('CRM, touchpoint, crm, user journey', glossary)).toEqual([
			'crm',
			'touchpoint',
			'customer-journey',
		]);
		expect(mentionedTerms('JTBD', match)).toEqual(['jobs-to-be-done']);
	});

	it('namesOf takes the term and its aliases', () => {
		expect(namesOf({ id: 'crm', data: { term: 'CRM system', aliases: ['CRM'] } })).toEqual({
			id: 'crm',
			names: ['CRM system', 'CRM'],
		});
	});

	it('normaliseName folds case, spacing, hyphens and apostrophes', () => {
		expect(normaliseName('  Customer-Journey  Map’s ')).toBe("customer journey map's");
	});
});
