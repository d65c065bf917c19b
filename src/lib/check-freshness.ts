import { describeOverdue, entriesToReview, type FreshnessOptions, type Owner, type Reviewable } from './freshness';
import type { CheckedEntry } from './integrity';
import type { Problem } from './problems';

/**
 * Warnings (never errors) for entries due for review: a stale persona is still a valid one, so
 * the check passes, but the owner sees it on every run and on every pull request.
 */
export function freshnessWarnings(entries: readonly CheckedEntry[], options: FreshnessOptions): Problem[] {
	return entriesToReview(entries, (entry) => entry.data as Reviewable, options).map(({ entry, review }) => {
		const owner = entry.data['owner'] as Owner | undefined;
		const who = owner ? `${owner.name}${owner.handle ? ` (${owner.handle})` : ''}` : 'its owner';
		return {
			severity: 'warning',
			file: entry.file,
			line: entry.lineOf(['lastReviewed']),
			field: 'lastReviewed',
			message: `due for review since ${review.dueOn} (${describeOverdue(review)}; last reviewed ${review.lastReviewed}, every ${review.everyMonths} month${review.everyMonths === 1 ? '' : 's'})`,
			hint: `${who}: check it against current research, then set lastReviewed to the day of the review.`,
		};
	});
}
