import { z } from 'astro/zod';
import { isoDate, text } from './shared';

/** One piece of research a persona rests on. */
export const evidenceSourceSchema = z.strictObject({
	title: text.meta({ description: 'What the source is called, e.g. "Onboarding interviews, spring 2026".' }),
	kind: z
		.enum([
			'interview',
			'survey',
			'analytics',
			'usability-test',
			'diary-study',
			'field-visit',
			'focus-group',
			'support-tickets',
			'sales-calls',
			'desk-research',
			'workshop',
			'other',
		])
		.meta({ description: 'What kind of research it was.' }),
	url: z
		.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' })
		.optional()
		.meta({
			description: 'Where the research lives (report, recording, dashboard).',
		}),
	participants: z
		.int()
		.min(1)
		.optional()
		.meta({ description: 'How many people (or accounts, tickets …) this source covers.' }),
	date: isoDate.optional().meta({ description: 'When the research was done or published.' }),
});

/** What a persona rests on and how sure we are. */
export const evidenceSchema = z
	.strictObject({
		confidence: z.enum(['low', 'medium', 'high']).meta({
			description:
				'low: assumptions or a handful of conversations; medium: several sources agree; high: large, recent, mixed-method research.',
		}),
		sampleSize: z.int().min(1).optional().meta({ description: 'How many people the research involved in total.' }),
		sources: z.array(evidenceSourceSchema).default([]).meta({ description: 'The research this persona is based on.' }),
	})
	.meta({ description: 'The research behind the persona and how confident we are in it.' });
