import { describe, expect, it } from 'vitest';
import { nextStep, parseProgress, progressText, serializeProgress } from '../../src/lib/progress';

describe('progress', () => {
	const known = ['customer-profile', 'touchpoint', 'hannah'];

	it('reads the steps done, ignoring ids the path no longer has', () => {
		expect([...parseProgress('["touchpoint","gone","hannah"]', known)]).toEqual(['touchpoint', 'hannah']);
	});

	it('treats missing or unreadable storage as nothing done', () => {
		for (const stored of [null, '', '{', '{"a":1}', '42', '[1,null]'])
			expect(parseProgress(stored, known).size).toBe(0);
	});

	it('applies changes, keeps unknown ids, and sorts', () => {
		expect(serializeProgress('["zeta","touchpoint"]', { hannah: true, touchpoint: false })).toBe('["hannah","zeta"]');
		expect(serializeProgress('not json', { a: true })).toBe('["a"]');
		expect(serializeProgress(null, {})).toBe('[]');
	});

	it('says how far the reader is', () => {
		expect(progressText(3, 12)).toBe('3 of 12 done');
		expect(progressText(12, 12)).toBe('All 12 done');
		expect(progressText(0, 0)).toBe('0 of 0 done');
	});

	it('offers to begin, to continue at the first step not done, or says the path is finished', () => {
		const titles = ['One', 'Two', 'Three'];
		expect(nextStep(titles, [false, false, false])).toEqual({
			state: 'begin',
			index: 0,
			text: 'Begin with step 1: One →',
		});
		expect(nextStep(titles, [true, false, false])).toEqual({
			state: 'continue',
			index: 1,
			text: 'Continue with step 2: Two →',
		});
		// A skipped step comes first, even when later ones are done.
		expect(nextStep(titles, [true, false, true]).text).toBe('Continue with step 2: Two →');
		expect(nextStep(titles, [false, true, true]).text).toBe('Continue with step 1: One →');
		expect(nextStep(titles, [true, true, true])).toMatchObject({ state: 'finished', index: undefined });
		expect(nextStep(titles, [true, true, true]).text).toMatch(/^You’ve finished the path/);
	});
});
