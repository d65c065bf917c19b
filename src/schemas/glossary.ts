import { z } from 'astro/zod';
import { entryRefs, statements, text } from './shared';

/** A glossary term: one word of the shared vocabulary. */
export const glossarySchema = z
	.strictObject({
		term: text.meta({ description: 'The term as it is usually written, e.g. "Buyer persona".' }),
		aliases: statements('Other names for the same thing; each also finds and links to this term.'),
		summary: text.max(200, { error: 'keep the summary to one sentence (200 characters at most)' }).meta({
			description: 'One-sentence definition, shown in tooltips and the A–Z list.',
		}),
		category: z.enum(['concept', 'practice', 'role', 'tool', 'data']).meta({
			description:
				'concept: an idea; practice: a way of working; role: a job; tool: software; data: what we measure or record.',
		}),
		related: entryRefs('glossary', 'Terms worth reading next.'),
	})
	.meta({ description: 'A glossary term.' });

/** Glossary frontmatter as a writer types it. */
export type GlossaryInput = z.input<typeof glossarySchema>;
/** Glossary data after validation. */
export type GlossaryData = z.output<typeof glossarySchema>;
