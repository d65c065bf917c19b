import type { ScalarTag } from 'yaml';

// The forms js-yaml (Astro's frontmatter parser) reads as dates: YYYY-MM-DD, or a date and time.
const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime =
	/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d*))?(?:[ \t]*(Z|([-+])(\d{1,2})(?::(\d{2}))?))?$/;

/**
 * The Date a YAML timestamp stands for, read the way js-yaml reads it, or undefined when the
 * text is not a timestamp or names a day that does not exist (`2026-02-30`; js-yaml would
 * quietly roll it over to 2 March).
 */
export function yamlTimestamp(text: string): Date | undefined {
	const date = dateOnly.exec(text);
	if (date) return calendarDate(Number(date[1]), Number(date[2]), Number(date[3]));
	const time = dateTime.exec(text);
	if (!time) return undefined;
	const day = calendarDate(Number(time[1]), Number(time[2]), Number(time[3]));
	if (!day) return undefined;
	const milliseconds = Number((time[7] ?? '').slice(0, 3).padEnd(3, '0'));
	const offsetMinutes = time[9] ? (Number(time[10]) * 60 + Number(time[11] ?? 0)) * (time[9] === '-' ? -1 : 1) : 0;
	day.setUTCHours(Number(time[4]), Number(time[5]), Number(time[6]), milliseconds);
	return new Date(day.getTime() - offsetMinutes * 60_000);
}

function calendarDate(year: number, month: number, day: number): Date | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	// Date.UTC treats years 0–99 as 1900–1999; setUTCFullYear does not.
	date.setUTCFullYear(year);
	const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return exists ? date : undefined;
}

/**
 * A `yaml` tag that turns unquoted timestamps into Dates as Astro's parser does, so the check
 * sees the same values as the build (a bare `2026-03-14` in a text field is a date, not text).
 * Impossible days stay text, so the schema reports them instead of a silent roll-over.
 */
export const timestampTag: ScalarTag = {
	tag: 'tag:yaml.org,2002:timestamp',
	default: true,
	identify: (value) => value instanceof Date,
	test: /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/,
	resolve: (text) => yamlTimestamp(text) ?? text,
	stringify: ({ value }) => (value instanceof Date ? value.toISOString() : String(value)),
};
