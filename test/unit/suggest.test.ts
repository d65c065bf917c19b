import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	allowedEdits,
	closestMatches,
	containsWords,
	didYouMean,
	editDistance,
	nearWords,
	wordsOf,
} from '../../src/lib/suggest';

const personaFields = [
	'name',
	'role',
	'summary',
	'market',
	'segments',
	'goals',
	'painPoints',
	'tags',
	'status',
	'owner',
];

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
		expect(editDistance('market', 'market')).toBe(0);
		expect(editDistance('markte', 'market')).toBe(1);
		expect(editDistance('goal', 'goals')).toBe(1);
		expect(editDistance('colour', 'color')).toBe(1);
		expect(editDistance('persona', 'personas')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('age', 'name')).toBe(2);
	});

	it('is a distance: zero only for equal strings, symmetric, at most the longer length', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
				const d = editDistance(a, b);
				expect(d === 0).toBe(a === b);
				expect(editDistance(b, a)).toBe(d);
				expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
				expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
			}),
		);
	});
});

describe('containsWords', () => {
	it('matches whole words only: at hyphens, underscores, spaces and camelCase humps', () => {
		expect(containsWords('young-families', 'families')).toBe(true);
		expect(containsWords('painPoints', 'pain')).toBe(true);
		expect(containsWords('painPoints', 'Points')).toBe(true);
		expect(containsWords('ada-lopez', 'ada')).toBe(true);
		expect(containsWords('stages', 'age')).toBe(false);
		expect(containsWords('usage-data', 'age')).toBe(false);
		expect(containsWords('ab', 'ab')).toBe(false);
		expect(containsWords('ab-cd', 'ab')).toBe(false);
	});
});

describe('wordsOf and nearWords', () => {
	it('splits names into words', () => {
		expect(wordsOf('young-families')).toEqual(['young', 'families']);
		expect(wordsOf('painPoints')).toEqual(['pain', 'points']);
		expect(wordsOf('Jobs to be_done')).toEqual(['jobs', 'to', 'be', 'done']);
	});

	it('matches a typo of a run of whole words, never a short value', () => {
		expect(nearWords('young-families', 'familes')).toBe(true);
		expect(nearWords('hannah-bill-watcher', 'bil-wacher')).toBe(true);
		expect(nearWords('young-families', 'young-families')).toBe(false);
		expect(nearWords('stages', 'age')).toBe(false);
		expect(nearWords('old-age', 'agx')).toBe(false);
	});

	it('only matches within the allowed edits of some window of words', () => {
		const word = fc.stringMatching(/^[a-z]{1,8}(?:-[a-z]{1,8}){0,3}$/);
		fc.assert(
			fc.property(word, word, (whole, part) => {
				if (!nearWords(whole, part)) return;
				const n = wordsOf(part).length;
				const windows = wordsOf(whole).map((_, i, all) => all.slice(i, i + n).join('-'));
				const joined = wordsOf(part).join('-');
				expect(windows.some((w) => editDistance(joined, w) <= allowedEdits(Math.max(joined.length, w.length)))).toBe(
					true,
				);
			}),
		);
	});
});

describe('closestMatches', () => {
	it('prefers the value whose words the typo names in order', () => {
		expect(closestMatches('buyer-user', ['buyer', 'user', 'buyer-and-user'])[0]).toBe('buyer-and-user');
		expect(closestMatches('painPoint', ['painPoints', 'points'])[0]).toBe('painPoints');
	});
	it('offers only the exact word when a value differs in case alone', () => {
		expect(closestMatches('B2C', ['b2c', 'b2b'])).toEqual(['b2c']);
		expect(didYouMean('Active', ['draft', 'active', 'deprecated'])).toBe('Did you mean "active"?');
	});
	it('finds typos of field names, enum values and ids', () => {
		expect(closestMatches('markte', personaFields)).toEqual(['market']);
		expect(closestMatches('goal', personaFields)).toEqual(['goals']);
		expect(closestMatches('Active', ['draft', 'active', 'deprecated'])).toEqual(['active']);
		expect(closestMatches('concpt', ['concept', 'practice', 'role'])).toEqual(['concept']);
		expect(closestMatches('young-familes', ['young-families', 'older-homeowners'])).toEqual(['young-families']);
	});

	it('finds ids from one of their words', () => {
		expect(closestMatches('families', ['young-families', 'older-homeowners'])).toEqual(['young-families']);
		expect(closestMatches('hannah', ['hannah-bill-watcher', 'graham-retired-homeowner'])).toEqual([
			'hannah-bill-watcher',
		]);
	});

	it('finds ids from a typo of one of their words, when asked to', () => {
		const ids = (value: string, candidates: string[]) => closestMatches(value, candidates, 3, true);
		expect(ids('familes', ['young-families', 'older-homeowners'])).toEqual(['young-families']);
		expect(ids('hanah', ['hannah-bill-watcher', 'graham-retired-homeowner'])).toEqual(['hannah-bill-watcher']);
		expect(ids('bil-watcher', ['hannah-bill-watcher'])).toEqual(['hannah-bill-watcher']);
		expect(ids('famly', ['young-families'])).toEqual([]);
		// Only when nothing is closer: "buyr" is "buyer", not also "buyer-and-user".
		expect(ids('buyr', ['buyer', 'user', 'buyer-and-user'])).toEqual(['buyer']);
		// Search and field names keep to whole names.
		expect(closestMatches('familes', ['young-families'])).toEqual([]);
		expect(didYouMean('familes', ['young-families'], true)).toBe('Did you mean "young-families"?');
	});

	it('suggests nothing for short words that merely share letters', () => {
		expect(closestMatches('age', personaFields)).toEqual([]);
		expect(closestMatches('age', ['stages', 'name'])).toEqual([]);
		expect(closestMatches('colour', personaFields)).toEqual([]);
	});

	it('reads candidates given as an iterator, such as the keys of a Map', () => {
		const ids = new Map([
			['savers', 1],
			['young-families', 2],
		]);
		expect(closestMatches('young-familes', ids.keys())).toEqual(['young-families']);
		expect(closestMatches('SAVERS', ids.keys())).toEqual(['savers']);
	});

	it('puts the closest first and stops at the limit', () => {
		expect(closestMatches('stat', ['status', 'state', 'stats'], 2)).toEqual(['state', 'stats']);
		expect(closestMatches('x', [])).toEqual([]);
	});

	it('never suggests something far away: every match is a few edits off or shares whole words', () => {
		const word = fc.stringMatching(/^[a-z]{1,10}(?:-[a-z]{1,8}){0,2}$/);
		fc.assert(
			fc.property(word, fc.array(word, { maxLength: 12 }), (value, candidates) => {
				for (const match of closestMatches(value, candidates, 3, true)) {
					expect(candidates).toContain(match);
					const near = editDistance(value, match) <= allowedEdits(Math.max(value.length, match.length));
					expect(near || containsWords(match, value) || containsWords(value, match) || nearWords(match, value)).toBe(
						true,
					);
				}
			}),
		);
	});

	it('never suggests the value itself and never returns duplicates', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 8 }), fc.array(fc.string({ maxLength: 8 })), (value, candidates) => {
				const matches = closestMatches(value, [...candidates, ...candidates]);
				expect(matches).not.toContain(value);
				expect(new Set(matches).size).toBe(matches.length);
				expect(matches.length).toBeLessThanOrEqual(3);
			}),
		);
	});
});

describe('didYouMean', () => {
	it('quotes one, two or three suggestions', () => {
		expect(didYouMean('markte', personaFields)).toBe('Did you mean "market"?');
		expect(didYouMean('stat', ['status', 'stats'])).toBe('Did you mean "stats" or "status"?');
		expect(didYouMean('ab', ['ac', 'ad', 'ae', 'af'])).toBe('Did you mean "ac", "ad" or "ae"?');
	});

	it('is empty when nothing is close', () => {
		expect(didYouMean('zzz', personaFields)).toBe('');
	});
});
