/**
 * Turning data into words and numbers for readers. Dates in the content are calendar dates
 * (`2026-03-14`) without a time zone, so they are read and written in UTC: a reader west of
 * Greenwich must not see the day before.
 */

/** Parses a `YYYY-MM-DD` calendar date as midnight UTC. */
function parseDay(iso: string): Date {
	return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

// Creating an Intl formatter costs far more than using one, and every page formats dates and
// numbers: keep one formatter per locale and style for the whole build.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
	let formatter = formatters.get(key) as F | undefined;
	if (!formatter) {
		formatter = make();
		formatters.set(key, formatter);
	}
	return formatter;
}

// A catalog has few distinct dates and every page shows some; formatting one is slow enough
// (tens of microseconds) to be worth remembering.
const formattedDates = new Map<string, string>();

/** A calendar date in words: "14 October 2026". */
export function formatDate(iso: string, locale = 'en-GB'): string {
	const key = `${locale}|${iso}`;
	let text = formattedDates.get(key);
	if (text === undefined) {
		const format = cached(
			`date:${locale}`,
			() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
		);
		text = format.format(parseDay(iso));
		formattedDates.set(key, text);
	}
	return text;
}

/** A persona's age: a range `{ min, max }` as "35–44" (one number when both are equal), free text as written. */
export function formatAge(age: string | { min: number; max: number }): string {
	if (typeof age === 'string') return age;
	const [low, high] = age.min <= age.max ? [age.min, age.max] : [age.max, age.min];
	return low === high ? String(low) : `${low}–${high}`;
}

/** A whole number with the locale's thousands separator: "1,290". */
export function formatCount(count: number, locale = 'en-GB'): string {
	return cached(`count:${locale}`, () => new Intl.NumberFormat(locale)).format(count);
}

/** A share given in percent (0–100) as "12.5%". */
export function formatShare(share: number, locale = 'en-GB'): string {
	const format = cached(
		`share:${locale}`,
		() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
	);
	return format.format(share / 100);
}

/** "1 persona", "2 personas": a count with the right form of a regular noun. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`, locale = 'en-GB'): string {
	return `${formatCount(count, locale)} ${count === 1 ? singular : pluralForm}`;
}

/** The words for each feeling score of a journey step. */
export const scoreWords: Readonly<Record<number, string>> = {
	1: 'very negative',
	2: 'negative',
	3: 'neutral',
	4: 'positive',
	5: 'very positive',
};
