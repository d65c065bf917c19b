/**
 * The options this site passes to Pagefind's `options()`, shared by the browser and the tests
 * that search the built index, so both rank alike.
 *
 * Pagefind (1.5+) adds a boost when words match a page's meta fields, on top of the text score.
 * An alias names the thing as much as its title does ("CRM", "Customer avatar"), so it ranks
 * like the title; kind, status and image are labels and addresses, not words to find.
 */
export const pagefindRanking = {
	metaWeights: { title: 5, aliases: 5, summary: 1, kind: 0, status: 0, image: 0, image_alt: 0 },
} as const;

/** Words around a match in an excerpt: enough for a line or two in the header popup. */
export const excerptLength = 22;
