import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content';
import { freshnessWarnings } from '../../src/lib/check-freshness';
import { today } from '../../src/lib/clock';
import {
	describeOverdue,
	entriesToReview,
	groupByOwner,
	reviewOf,
	type Owner,
	type Reviewable,
} from '../../src/lib/freshness';
import { formatProblem } from '../../src/lib/problems';

const rules = (day: string) => ({ today: day, defaultMonths: 12 });

describe('reviewOf', () => {
	it('is due on the day the interval ends, not before', () => {
		expect(reviewOf({ lastReviewed: '2025-12-03' }, rules('2026-12-02'))).toMatchObject({
			dueOn: '2026-12-03',
			state: 'due-soon',
			daysOverdue: -1,
		});
		expect(reviewOf({ lastReviewed: '2025-12-03' }, rules('2026-12-03'))).toMatchObject({
			state: 'due',
			daysOverdue: 0,
		});
		expect(reviewOf({ lastReviewed: '2025-12-03' }, rules('2026-12-04'))).toMatchObject({
			state: 'due',
			daysOverdue: 1,
		});
	});

	it('uses the entry’s own interval over the site default', () => {
		expect(reviewOf({ lastReviewed: '2026-06-01', reviewEveryMonths: 3 }, rules('2026-09-15'))).toMatchObject({
			everyMonths: 3,
			dueOn: '2026-09-01',
			state: 'due',
			daysOverdue: 14,
		});
		expect(reviewOf({ lastReviewed: '2026-06-01' }, rules('2026-09-15'))).toMatchObject({
			everyMonths: 12,
			dueOn: '2027-06-01',
			state: 'fresh',
		});
	});

	it('keeps the end of the month: 31 August plus six months is the last day of February', () => {
		expect(reviewOf({ lastReviewed: '2026-08-31', reviewEveryMonths: 6 }, rules('2027-01-01'))?.dueOn).toBe(
			'2027-02-28',
		);
		expect(reviewOf({ lastReviewed: '2027-08-31', reviewEveryMonths: 6 }, rules('2027-01-01'))?.dueOn).toBe(
			'2028-02-29',
		);
	});

	it('flags an entry as due soon within the window, fresh before it', () => {
		expect(reviewOf({ lastReviewed: '2026-01-10' }, rules('2026-12-11'))?.state).toBe('due-soon');
		expect(reviewOf({ lastReviewed: '2026-01-10' }, { ...rules('2026-12-11'), soonDays: 10 })?.state).toBe('fresh');
	});

	it('takes the UTC calendar day of a Date, so the time zone of the machine does not matter', () => {
		expect(
			reviewOf({ lastReviewed: '2025-12-03' }, { today: new Date('2026-12-03T23:59:00Z'), defaultMonths: 12 })
				?.daysOverdue,
		).toBe(0);
	});

	it('has no schedule without a last review, or for a deprecated entry', () => {
		expect(reviewOf({}, rules('2030-01-01'))).toBeUndefined();
		expect(reviewOf({ lastReviewed: '2020-01-01', status: 'deprecated' }, rules('2030-01-01'))).toBeUndefined();
	});
});

describe('describeOverdue', () => {
	const say = (lastReviewed: string, day: string) => describeOverdue(reviewOf({ lastReviewed }, rules(day))!);
	it('says how overdue in the largest sensible unit', () => {
		expect(say('2025-03-14', '2026-03-14')).toBe('due today');
		expect(say('2025-03-14', '2026-03-15')).toBe('1 day overdue');
		expect(say('2025-03-14', '2026-04-02')).toBe('19 days overdue');
		expect(say('2025-03-14', '2026-04-14')).toBe('1 month overdue');
		expect(say('2025-03-14', '2026-06-20')).toBe('3 months overdue');
		expect(say('2024-01-01', '2026-03-01')).toBe('1 year 2 months overdue');
		expect(say('2025-03-14', '2026-03-10')).toBe('due in 4 days');
	});
});

describe('entriesToReview and groupByOwner', () => {
	interface Entry extends Reviewable {
		id: string;
		owner?: Owner;
	}
	const jo = { name: 'Jo Ellis', handle: '@jo-ellis' };
	const entries: Entry[] = [
		{ id: 'a', lastReviewed: '2025-01-01', owner: jo },
		{ id: 'b', lastReviewed: '2026-11-01', owner: jo },
		{ id: 'c', lastReviewed: '2024-06-01', owner: { name: 'Aoife Brennan' } },
		{ id: 'd', lastReviewed: '2025-02-01' },
		{ id: 'e', lastReviewed: '2023-02-01', owner: jo, status: 'deprecated' },
		{ id: 'f', lastReviewed: '2025-06-01', owner: { name: 'Jo Ellis again', handle: '@JO-ELLIS' } },
	];
	const due = entriesToReview(entries, (e) => e, rules('2026-12-03'));

	it('lists only due entries, most overdue first', () => {
		expect(due.map((item) => item.entry.id)).toEqual(['c', 'a', 'd', 'f']);
	});

	it('groups by owner handle (case-insensitive) or name, alphabetically, with no owner last', () => {
		const groups = groupByOwner(due, (e) => e.owner);
		expect(groups.map((g) => [g.owner?.name, g.items.map((i) => i.entry.id)])).toEqual([
			['Aoife Brennan', ['c']],
			['Jo Ellis', ['a', 'f']],
			[undefined, ['d']],
		]);
	});
});

describe('freshnessWarnings', () => {
	it('warns, with file, line and owner, about each due entry of a fixture as of a fixed day', () => {
		const { entries } = checkContent(fileURLToPath(new URL('../fixtures/owners/', import.meta.url)));
		const lines = freshnessWarnings(entries, rules('2026-04-01')).map(formatProblem);
		expect(lines).toEqual([
			"content/personas/ada-lopez.mdx:16 lastReviewed: due for review since 2026-02-28 (1 month overdue; last reviewed 2026-01-31, every 1 month) — Ada's team (@ada-lopez): check it against current research, then set lastReviewed to the day of the review.",
		]);
		expect(freshnessWarnings(entries, rules('2026-04-01')).every((p) => p.severity === 'warning')).toBe(true);
		expect(freshnessWarnings(entries, rules('2026-07-01')).map((p) => p.file)).toEqual([
			'content/personas/ada-lopez.mdx',
			'content/personas/the-cfo.mdx',
		]);
	});
});

describe('today', () => {
	it('can be pinned with ATLAS_TODAY, and refuses a malformed pin', () => {
		expect(today({ ATLAS_TODAY: '2026-03-14' }).toISOString()).toBe('2026-03-14T00:00:00.000Z');
		expect(() => today({ ATLAS_TODAY: '14/03/2026' })).toThrow(/YYYY-MM-DD/);
		expect(Math.abs(today({}).getTime() - Date.now())).toBeLessThan(1000);
	});
});
