import { z } from 'astro/zod';
import { entryRef, text } from './shared';

/** The kinds of entry a step of the path can open, as the field a writer uses for each. */
export const startHereStepKinds = ['term', 'persona', 'segment', 'journey'] as const;
/** One of the kinds of step. */
export type StartHereStepKind = (typeof startHereStepKinds)[number];

/** One step of the onboarding path: one entry to read, and what the reader gets from it. */
export const startHereStepSchema = z
	.strictObject({
		term: entryRef('glossary', 'A glossary term to learn (its id in content/glossary/).').optional(),
		persona: entryRef('personas', 'A persona to meet (its id in content/personas/).').optional(),
		segment: entryRef('segments', 'A segment to understand (its id in content/segments/).').optional(),
		journey: entryRef('journeys', 'A journey to walk through (its id in content/journeys/).').optional(),
		title: text
			.max(80, { error: 'keep the title short (80 characters at most)' })
			.optional()
			.meta({ description: 'What the step is called on the path; leave out to use the name of the entry.' }),
		outcome: text.max(240, { error: 'keep it to one sentence (240 characters at most)' }).meta({
			description: "What you'll know after this step: one sentence, shown on the path and on the step's page.",
		}),
		focus: text
			.max(400, { error: 'keep it to a few sentences (400 characters at most)' })
			.optional()
			.meta({ description: 'What to look for while reading the entry; shown on the step page.' }),
		minutes: z.int().min(1).max(60).optional().meta({ description: 'About how many minutes the step takes.' }),
	})
	.superRefine((step, ctx) => {
		const given = startHereStepKinds.filter((kind) => step[kind] !== undefined);
		if (given.length !== 1) {
			ctx.addIssue({
				code: 'custom',
				message:
					given.length === 0
						? 'a step needs the entry to read: write one of term, persona, segment or journey with its id'
						: `a step opens one entry, but this one names ${given.join(' and ')}: keep one, or split it into two steps`,
			});
		}
	})
	.meta({ description: 'One step of the path: exactly one of term, persona, segment or journey, and its outcome.' });

/** The onboarding path for new hires (content/start-here.yaml), shown at /start-here/. */
export const startHereSchema = z
	.strictObject({
		title: text.default('Start here').meta({ description: 'The heading of the path page.' }),
		intro: text.meta({ description: 'A short welcome: who the path is for and how long it takes.' }),
		steps: z
			.array(startHereStepSchema)
			.min(1, { error: 'the path needs at least one step' })
			.max(30, { error: 'keep the path to 30 steps at most; a new hire should finish it in a day' })
			.meta({ description: 'The steps, in the order new hires take them.' }),
	})
	.meta({ description: 'The onboarding path: an ordered list of entries to read, each with what it teaches.' });

/** The path as a writer types it. */
export type StartHereInput = z.input<typeof startHereSchema>;
/** The path after validation. */
export type StartHereData = z.output<typeof startHereSchema>;
/** One step after validation. */
export type StartHereStep = StartHereData['steps'][number];
