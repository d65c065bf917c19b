import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatShare } from '../../src/lib/format';
import { parseFrontmatter } from '../../src/lib/frontmatter';
import { termMatcher, type TermNames } from '../../src/lib/glossary-matcher';

// Work that a build does once and then reuses on every page must give the same answers on every
// call: a reused matcher must not carry state from one text to the next, and a reused formatter
// must not answer for another locale.

const glossary: TermNames[] = [
	{ id: 'customer-journey', names: ['Customer journey', 'User journey'] },
	{ id: 'touchpoint', names: ['Touchpoint'] },
	{ id: 'crm', names: ['Customer relationship management', 'CRM'] },
];

describe('a glossary matcher used for many texts', () => {
	it('finds the same mentions on every call, whatever it matched before', () => {
		const match = termMatcher(glossary);
		const words = ['crm', 'a', 'touchpoints', 'user journey', 'the', 'customer', 'journey', 'CRM.', '—'];
		const text = fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((parts) => parts.join(' '));
		fc.assert(
			fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
				const fresh = texts.map((t) => termMatcher(glossary)(t));
				expect(texts.map((t) => match(t))).toEqual(fresh);
				// Asked again in reverse order: no position is carried over from the previous text.
				expect([...texts].reverse().map((t) => match(t))).toEqual([...fresh].reverse());
			}),
		);
	});

	it('starts at the beginning of a short text after a long one', () => {
		const match = termMatcher(glossary);
		expect(match('A long sentence that ends with a touchpoint').map((m) => m.index)).toEqual([33]);
		expect(match('CRM').map((m) => [m.id, m.index])).toEqual([['crm', 0]]);
	});
});

describe('formatters kept for the whole build', () => {
	it('answer for the locale asked, one after another', () => {
		expect(formatDate('2026-01-01', 'en-US')).toBe('January 1, 2026');
		expect(formatDate('2026-01-01', 'en-GB')).toBe('1 January 2026');
		expect(formatDate('2026-01-01', 'de-DE')).toBe('1. Januar 2026');
		expect(formatDate('2026-01-01', 'en-US')).toBe('January 1, 2026');
		expect(formatCount(1290, 'de-DE')).toBe('1.290');
		expect(formatCount(1290, 'en-GB')).toBe('1,290');
		expect(formatShare(12.5, 'de-DE')).toBe('12,5\u00a0%');
		expect(formatShare(12.5, 'en-GB')).toBe('12.5%');
	});
});

describe('frontmatter read by several rules of the check', () => {
	it('is parsed once for the same text in a row, and again for another text', () => {
		const ada = '---\nname: Ada\nlastReviewed: 2026-03-14\n---\nBody\n';
		const first = parseFrontmatter(ada);
		expect(parseFrontmatter(ada)).toBe(first);
		expect(first?.data).toEqual({ name: 'Ada', lastReviewed: new Date('2026-03-14T00:00:00Z') });
		const grace = parseFrontmatter('---\nname: Grace\n---\n');
		expect(grace?.data).toEqual({ name: 'Grace' });
		expect(parseFrontmatter(ada)).not.toBe(first);
		expect(parseFrontmatter(ada)?.data).toEqual(first?.data);
		expect(parseFrontmatter('no frontmatter')).toBeUndefined();
	});
});
