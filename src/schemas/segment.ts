import { z } from 'astro/zod';
import { isoDate, lifecycleStatus, ownerSchema, reviewEveryMonths, statements, tags, text } from './shared';

const criteriaSchema = z
	.strictObject({
		demographic: statements('Age, income, occupation, company size and similar facts.'),
		geographic: statements('Countries, regions, cities, climate or urban/rural.'),
		psychographic: statements('Values, attitudes, interests and lifestyle.'),
		behavioural: statements('Usage, purchase habits, loyalty and occasions.'),
	})
	.refine((c) => c.demographic.length + c.geographic.length + c.psychographic.length + c.behavioural.length > 0, {
		error:
			'a segment needs at least one criterion — add a line under demographic, geographic, psychographic or behavioural',
	})
	.meta({
		description:
			'What puts a customer in this segment, by kind of criterion. At least one line in one of the four lists.',
	});

const sizeSchema = z
	.strictObject({
		count: z.int().min(0).optional().meta({ description: 'Number of customers or accounts in the segment.' }),
		share: z
			.number()
			.min(0)
			.max(100)
			.optional()
			.meta({ description: 'Share of the customer base, in percent (0–100).' }),
		basis: text.optional().meta({ description: 'Where the figure comes from and when it was measured.' }),
	})
	.refine((s) => s.count !== undefined || s.share !== undefined, {
		error: 'give the size as count, share or both',
	})
	.meta({ description: 'How big the segment is: give count, share or both.' });

/** A segment: a group of customers we choose to serve in a particular way. */
export const segmentSchema = z
	.strictObject({
		name: text.meta({ description: 'Short name of the segment.' }),
		summary: text.max(240, { error: 'keep the summary to one sentence (240 characters at most)' }).meta({
			description: 'One sentence: who is in it and why it matters.',
		}),
		market: z.enum(['b2c', 'b2b']).meta({ description: 'Consumers (b2c) or organisations (b2b).' }),
		criteria: criteriaSchema,
		size: sizeSchema.optional(),
		priority: z.enum(['primary', 'secondary', 'tertiary']).meta({
			description: 'primary: we design for it first; secondary: we serve it well; tertiary: we do not turn it away.',
		}),
		targetMarket: z
			.boolean()
			.meta({ description: 'true if this segment is part of the target market we actively pursue.' }),
		owner: ownerSchema,
		status: lifecycleStatus,
		lastReviewed: isoDate.meta({ description: 'When the owner last checked the segment against data.' }),
		reviewEveryMonths,
		tags,
	})
	.meta({ description: 'A segment: a group of customers that share criteria and are served alike.' });

/** Segment frontmatter as a writer types it. */
export type SegmentInput = z.input<typeof segmentSchema>;
/** Segment data after validation. */
export type SegmentData = z.output<typeof segmentSchema>;
