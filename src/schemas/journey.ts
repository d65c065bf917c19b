import { z } from 'astro/zod';
import { entryRef, isoDate, lifecycleStatus, ownerSchema, statements, tags, text } from './shared';

/** Feeling scores, 1 (very negative) to 5 (very positive), as Mermaid journey diagrams use them. */
export const scoreSchema = z
	.int({ error: 'expected a whole number from 1 (very negative) to 5 (very positive)' })
	.min(1, { error: 'the lowest score is 1 (very negative)' })
	.max(5, { error: 'the highest score is 5 (very positive)' })
	.meta({ description: 'How the step feels: 1 very negative, 2 negative, 3 neutral, 4 positive, 5 very positive.' });

const stepSchema = z.strictObject({
	name: text.meta({ description: 'What the person does, as a short verb phrase.' }),
	score: scoreSchema,
	actors: statements('Who takes part (the persona, a colleague, our support team …).'),
	touchpoint: text.optional().meta({ description: 'Where it happens: app screen, email, shop, phone …' }),
	channel: z
		.enum(['web', 'app', 'email', 'phone', 'chat', 'in-person', 'social', 'print', 'partner', 'other'])
		.optional()
		.meta({ description: 'The kind of channel of the touchpoint.' }),
	thinking: text.optional().meta({ description: 'What goes through their head, in their words.' }),
	painPoints: statements('What goes wrong or feels bad here.'),
	opportunities: statements('What we could do better here.'),
});

const stageSchema = z.strictObject({
	name: text.meta({ description: 'Name of the stage, e.g. Discover, Choose, Use.' }),
	description: text.optional().meta({ description: 'What this stage is about, in a sentence.' }),
	steps: z.array(stepSchema).default([]).meta({ description: 'The steps of this stage, in order.' }),
});

/** A customer journey: the stages and steps a persona goes through to reach a goal. */
export const journeySchema = z
	.strictObject({
		title: text.meta({ description: 'Name of the journey, e.g. "First order".' }),
		summary: text.max(240, { error: 'keep the summary to one sentence (240 characters at most)' }).meta({
			description: 'One sentence: who goes through it and how it ends.',
		}),
		// `.min(1)` rather than a refine, so "at least one" reaches the JSON Schema and the field reference.
		personas: z
			.array(entryRef('personas', 'One id from content/personas/.'))
			.min(1, { error: 'a journey needs at least one persona — add personas: [<persona id>]' })
			.meta({ description: 'The personas who go through this journey (at least one).' }),
		goal: text.meta({ description: 'What the persona wants at the end of the journey.' }),
		stages: z.array(stageSchema).min(1, { error: 'a journey needs at least one stage' }).meta({
			description: 'The stages of the journey, in order (at least one).',
		}),
		owner: ownerSchema.optional(),
		status: lifecycleStatus,
		lastReviewed: isoDate.optional().meta({ description: 'When the journey was last checked against research.' }),
		tags,
	})
	.meta({ description: 'A customer journey map.' });

/** Journey frontmatter as a writer types it. */
export type JourneyInput = z.input<typeof journeySchema>;
/** Journey data after validation. */
export type JourneyData = z.output<typeof journeySchema>;
