import { siteConfig } from '../site.config';
import { today } from './clock';
import { reviewOf, type FreshnessOptions, type Review, type Reviewable } from './freshness';

/** This site's review rules as of today (or the day pinned with ATLAS_TODAY), judged once per build. */
export function siteFreshness(): FreshnessOptions {
	return { today: today(), defaultMonths: siteConfig.reviewEveryMonths };
}

/** An entry's review schedule under this site's rules. */
export function siteReviewOf(data: Reviewable): Review | undefined {
	return reviewOf(data, siteFreshness());
}
