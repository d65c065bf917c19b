// Deep imports: the date-fns index loads hundreds of modules, which alone would double `npm run check`.
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { formatDuration } from 'date-fns/formatDuration';
import { intervalToDuration } from 'date-fns/intervalToDuration';

/**
 * Whether entries are due for review. Pure: "today" is passed in, so a test (or a build pinned
 * with ATLAS_TODAY) can ask as of any day. Dates are calendar dates without a time zone.
 */

/** What freshness needs from an entry's data. */
export interface Reviewable {
	lastReviewed?: string | undefined;
	reviewEveryMonths?: number | undefined;
	status?: string | undefined;
}

/** Who keeps an entry true. */
export interface Owner {
	name: string;
	handle?: string | undefined;
}

/** The clock and the rules. */
export interface FreshnessOptions {
	/** The day to judge on: a Date (its UTC calendar day is used) or `YYYY-MM-DD`. */
	today: Date | string;
	/** Months between reviews when an entry does not say (the site default). */
	defaultMonths: number;
	/** An entry due within this many days is "due soon"; 30 by default. */
	soonDays?: number;
}

/** fresh: nothing to do; due-soon: within `soonDays`; due: the due day has come or passed. */
export type ReviewState = 'fresh' | 'due-soon' | 'due';

/** An entry's review schedule as of a given day. */
export interface Review {
	lastReviewed: string;
	everyMonths: number;
	/** The day the next review is due, `YYYY-MM-DD`. */
	dueOn: string;
	state: ReviewState;
	/** Days since the due day: 0 on the day, negative while it is still ahead. */
	daysOverdue: number;
}

/**
 * The review schedule of an entry, or undefined when it has none: no `lastReviewed`, or
 * deprecated (kept for history; nobody designs for it, so nobody needs to review it).
 */
export function reviewOf(entry: Reviewable, options: FreshnessOptions): Review | undefined {
	if (!entry.lastReviewed || entry.status === 'deprecated') return undefined;
	const everyMonths = entry.reviewEveryMonths ?? options.defaultMonths;
	// addMonths keeps the day of the month where it can: 31 August + 6 months is 28 or 29 February.
	const due = addMonths(calendarDay(entry.lastReviewed), everyMonths);
	const daysOverdue = differenceInCalendarDays(calendarDay(options.today), due);
	const soon = options.soonDays ?? 30;
	const state: ReviewState = daysOverdue >= 0 ? 'due' : daysOverdue >= -soon ? 'due-soon' : 'fresh';
	return { lastReviewed: entry.lastReviewed, everyMonths, dueOn: isoOf(due), state, daysOverdue };
}

/** How overdue, in words: "due today", "9 days overdue", "1 year 2 months overdue", "due in 12 days". */
export function describeOverdue(review: Review): string {
	if (review.daysOverdue === 0) return 'due today';
	if (review.daysOverdue < 0) {
		const left = -review.daysOverdue;
		return `due in ${left} day${left === 1 ? '' : 's'}`;
	}
	const due = calendarDay(review.dueOn);
	const duration = intervalToDuration({ start: due, end: addDays(due, review.daysOverdue) });
	const words =
		(duration.years ?? 0) + (duration.months ?? 0) > 0
			? formatDuration(duration, { format: ['years', 'months'] })
			: formatDuration({ days: review.daysOverdue }, { format: ['days'] });
	return `${words} overdue`;
}

/** An entry together with its review schedule. */
export interface ReviewItem<Entry> {
	entry: Entry;
	review: Review;
}

/** The entries in the given states (due ones by default), most overdue first. */
export function entriesToReview<Entry>(
	entries: readonly Entry[],
	dataOf: (entry: Entry) => Reviewable,
	options: FreshnessOptions,
	states: readonly ReviewState[] = ['due'],
): ReviewItem<Entry>[] {
	return entries
		.flatMap((entry) => {
			const review = reviewOf(dataOf(entry), options);
			return review && states.includes(review.state) ? [{ entry, review }] : [];
		})
		.sort((a, b) => b.review.daysOverdue - a.review.daysOverdue);
}

/** Review items of one owner. */
export interface OwnerGroup<Entry> {
	/** Undefined for entries that name no owner. */
	owner: Owner | undefined;
	items: ReviewItem<Entry>[];
}

/**
 * Groups review items by owner (the GitHub handle when there is one, else the name), owners
 * in alphabetical order and entries without an owner last; order inside a group is kept.
 */
export function groupByOwner<Entry>(
	items: readonly ReviewItem<Entry>[],
	ownerOf: (entry: Entry) => Owner | undefined,
	locale = 'en-GB',
): OwnerGroup<Entry>[] {
	const groups = new Map<string, OwnerGroup<Entry>>();
	for (const item of items) {
		const owner = ownerOf(item.entry);
		const key = owner ? (owner.handle ?? owner.name).toLowerCase() : '';
		const group = groups.get(key) ?? { owner, items: [] };
		group.items.push(item);
		groups.set(key, group);
	}
	return [...groups.values()].sort((a, b) => {
		if (!a.owner || !b.owner) return a.owner ? -1 : b.owner ? 1 : 0;
		return a.owner.name.localeCompare(b.owner.name, locale);
	});
}

// Calendar dates become local midnights, so date-fns' calendar arithmetic is exact whatever the time zone.
function calendarDay(value: Date | string): Date {
	const iso = typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
	return new Date(year, month - 1, day);
}

function isoOf(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function addDays(date: Date, days: number): Date {
	return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}
