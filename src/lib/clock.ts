/**
 * "Today" for freshness and scaffolds. `ATLAS_TODAY=YYYY-MM-DD` pins it, so a build, a check or
 * a test can be run as of a given day; otherwise it is the current UTC date, the same calendar
 * the content's dates are read in.
 */
export function today(env: Record<string, string | undefined> = process.env): Date {
	const pinned = env['ATLAS_TODAY'];
	if (pinned) {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(Date.parse(pinned))) {
			throw new Error(`ATLAS_TODAY must be a date written as YYYY-MM-DD, like 2026-03-14 (found "${pinned}")`);
		}
		return new Date(`${pinned}T00:00:00Z`);
	}
	return new Date();
}

/** A moment as its UTC calendar date, `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}
