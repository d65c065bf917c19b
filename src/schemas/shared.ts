import { z } from 'astro/zod';

/** The collections of the catalog, in the order they are presented. */
export const collectionNames = ['personas', 'segments', 'journeys', 'glossary'] as const;
/** One of the catalog's collections. */
export type CollectionName = (typeof collectionNames)[number];

/** Entry ids are file names: lower-case words joined by hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A reference to another entry by id. The target collection travels in the field's metadata
 * (`reference`), so the integrity check and the field reference find every reference field by
 * walking the schema instead of keeping a second list.
 */
export function entryRef(collection: CollectionName, description: string) {
	return z
		.string()
		.regex(idPattern, {
			error: `expected the id of an entry in content/${collection}/ (its file name without .mdx: lower-case words joined by hyphens)`,
		})
		.meta({ description, reference: collection });
}

/** A list of references that may be left out (defaults to none). */
export function entryRefs(collection: CollectionName, description: string) {
	return z
		.array(entryRef(collection, `One id from content/${collection}/.`))
		.default([])
		.meta({ description });
}

/** A calendar date written as YAML `2026-03-14`; kept as that ISO string after validation. */
export const isoDate = z
	.union([
		// YAML parsers that follow YAML 1.1 (like Astro's frontmatter parser) turn bare dates into Date objects.
		z.date(),
		z.iso.date({
			// 2026-02-30 has the right form but no day; say so rather than repeat the format.
			error: (issue) =>
				typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issue.input)
					? 'there is no such day in the calendar'
					: 'expected a date written as YYYY-MM-DD, like 2026-03-14',
		}),
	])
	.transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)))
	.meta({ format: 'date' });

/** A non-empty, trimmed line of text. */
export const text = z.string().trim().min(1, { error: 'must not be empty' });

/** A list of short statements (goals, pain points, …); empty when left out. */
export function statements(description: string) {
	return z.array(text).default([]).meta({ description });
}

/** Who keeps an entry true. */
export const ownerSchema = z
	.strictObject({
		name: text.meta({ description: 'The person or team accountable for keeping the entry true.' }),
		handle: z
			.string()
			.regex(/^@[A-Za-z0-9-]+(?:\/[A-Za-z0-9._-]+)?$/, {
				error: 'expected a GitHub user or team like @ada-lopez or @acme/research',
			})
			.optional()
			.meta({ description: 'GitHub user or team that reviews changes to this file (used for CODEOWNERS).' }),
	})
	.meta({ description: 'Who owns this entry.' });

/** Lifecycle of a persona, segment or journey. */
export const lifecycleStatus = z.enum(['draft', 'active', 'deprecated']).meta({
	description:
		'draft: still being researched; active: the current reference; deprecated: kept for history, do not design for it.',
});

/** Tags are free, lower-case words used for filtering. */
export const tags = z
	.array(z.string().regex(idPattern, { error: 'tags are lower-case words joined by hyphens, like "price-sensitive"' }))
	.default([])
	.meta({ description: 'Lower-case keywords for filtering and search.' });

/** How often an entry must be reviewed, overriding the site default. */
export const reviewEveryMonths = z
	.int()
	.min(1)
	.max(36)
	.optional()
	.meta({ description: 'Months between reviews for this entry; leave out to use the site default.' });
