import { z } from 'astro/zod';
import {
	entryRef,
	entryRefs,
	isoDate,
	lifecycleStatus,
	ownerSchema,
	reviewEveryMonths,
	statements,
	tags,
	text,
} from './shared';
import { evidenceSchema } from './evidence';

const optionalText = (description: string) => text.optional().meta({ description });

const quoteSchema = z.strictObject({
	text: text.meta({ description: 'What they said.' }),
	source: text.optional().meta({ description: 'Where it was heard, e.g. "Interview P7, March 2026".' }),
});

const ageSchema = z
	.union([
		text,
		z
			.strictObject({
				min: z.int().min(0).max(120).meta({ description: 'Youngest age in the range.' }),
				max: z.int().min(0).max(120).meta({ description: 'Oldest age in the range.' }),
			})
			.refine((range) => range.min <= range.max, {
				error: 'the oldest age (max) is below the youngest (min)',
				path: ['max'],
			}),
	])
	.meta({ description: 'An age range `{ min, max }` or free text such as "late thirties".' });

const demographicsSchema = z
	.strictObject({
		age: ageSchema.optional(),
		location: optionalText('Where they live or work.'),
		incomeBand: optionalText('Household or personal income band, in words.'),
		education: optionalText('Highest or most relevant education.'),
		occupation: optionalText('What they do for a living.'),
		companySize: optionalText('Size of the organisation they work for (B2B).'),
		industry: optionalText('Industry they work in (B2B).'),
		household: optionalText('Who they live with and the home they live in, when it shapes their needs.'),
	})
	.meta({ description: 'Who they are, in facts. Every field is optional: state only what the research supports.' });

const psychographicsSchema = z
	.strictObject({
		values: statements('What they hold important.'),
		interests: statements('What they spend attention on.'),
		attitudes: statements('How they feel about the problem space and about products like ours.'),
		lifestyle: optionalText('How they live and work, in a sentence or two.'),
		personality: statements('Traits that shape how they decide.'),
	})
	.meta({ description: 'How they think: values, interests, attitudes, lifestyle, personality.' });

const behavioursSchema = z
	.strictObject({
		purchasingHabits: statements('How they find, compare and buy.'),
		brandPreferences: statements('Brands or kinds of product they favour, and why.'),
		channels: statements('Where they look for information and help.'),
		devices: statements('Devices they use for this job.'),
		frequency: optionalText('How often they do the job or use the product.'),
		digitalConfidence: z
			.enum(['low', 'medium', 'high'])
			.optional()
			.meta({ description: 'How at ease they are with apps and websites: low, medium or high.' }),
	})
	.meta({ description: 'What they do: observable behavioural attributes.' });

const avatarSchema = <Image extends z.ZodType>(image: Image) =>
	z
		.strictObject({
			src: image.meta({ description: 'Path to the image, relative to the MDX file (e.g. ./avatars/ada.jpg).' }),
			alt: text.meta({ description: 'What the image shows, for people who cannot see it.' }),
		})
		.meta({ description: 'A portrait or illustration. Leave out to show generated initials.' });

// Astro calls a collection's schema function once per entry (so that image() resolves paths next
// to that entry's file). Building ~40 field schemas is most of the cost of validating a persona,
// so everything except the avatar is built once here and only the outer object is built per call.
const leadFields = {
	name: optionalText('Personal name, if the persona has one. "The CFO" style personas leave it out.'),
	role: text.meta({ description: 'Job title or role in one phrase; the heading when there is no name.' }),
	alternativeTitles: statements('Other titles the same person goes by.'),
	summary: text.max(240, { error: 'keep the summary to one sentence (240 characters at most)' }).meta({
		description: 'One sentence: who they are and what they need from us.',
	}),
	quotes: z
		.array(z.union([text, quoteSchema]))
		.default([])
		.meta({
			description:
				'Things they said, in their words (from research, lightly edited): plain text, or { text, source } to say where it was heard.',
		}),
};

const restFields = {
	personaType: z.enum(['buyer', 'user', 'buyer-and-user']).meta({
		description: 'buyer: chooses and pays; user: uses it day to day; buyer-and-user: both.',
	}),
	market: z.enum(['b2c', 'b2b']).meta({ description: 'b2c: buys for themselves; b2b: acts for an organisation.' }),
	segments: entryRefs('segments', 'Segments (target markets) this persona belongs to.'),
	demographics: demographicsSchema.optional(),
	psychographics: psychographicsSchema.optional(),
	behaviours: behavioursSchema.optional(),
	goals: statements('What they want to achieve.'),
	painPoints: statements('What gets in their way today.'),
	motivations: statements('Why they act; what drives the goals.'),
	objections: statements('Why they might not choose us.'),
	jobsToBeDone: statements('"When …, I want to …, so I can …" statements.'),
	touchpoints: statements('Where they meet our company or product.'),
	responsibilities: statements('What they are accountable for at work (B2B).'),
	keyMetrics: statements('The numbers they are judged by (B2B), e.g. "void days per property".'),
	accessibilityNeeds: statements('Access needs and assistive technology we must design for.'),
	openQuestions: statements('What the research does not answer yet; the next things to find out.'),
	evidence: evidenceSchema.optional(),
	owner: ownerSchema,
	status: lifecycleStatus,
	supersededBy: entryRef('personas', 'The persona that replaces this one (required when deprecated).').optional(),
	lastReviewed: isoDate.meta({ description: 'When the owner last checked this persona against research.' }),
	reviewEveryMonths,
	tags,
	related: entryRefs('personas', 'Other personas worth reading next.'),
};

/** A deprecated persona names its successor, and only a deprecated one does. */
function checkSuccession(
	persona: { status: string; supersededBy?: unknown },
	ctx: { addIssue(issue: { code: 'custom'; path: string[]; message: string }): void },
) {
	if (persona.status === 'deprecated' && !persona.supersededBy) {
		ctx.addIssue({
			code: 'custom',
			path: ['supersededBy'],
			message: 'a deprecated persona must name the persona that replaces it — add supersededBy: <persona id>',
		});
	}
	if (persona.status !== 'deprecated' && persona.supersededBy) {
		ctx.addIssue({
			code: 'custom',
			path: ['status'],
			message: `only a deprecated persona has supersededBy — set status: deprecated or remove supersededBy`,
		});
	}
}

/**
 * The persona schema. `image` is Astro's `image()` helper inside the content layer; tools that
 * run outside Astro (the check, the field reference) pass a plain string schema.
 */
export function personaSchema<Image extends z.ZodType>(image: Image) {
	return z
		.strictObject({ ...leadFields, avatar: avatarSchema(image).optional(), ...restFields })
		.superRefine(checkSuccession)
		.meta({ description: 'A persona: one archetypal customer, described from research.' });
}

/** Persona frontmatter as a writer types it. */
export type PersonaInput = z.input<ReturnType<typeof personaSchema<z.ZodString>>>;
/** Persona data after validation, outside Astro (avatar as a path). */
export type PersonaData = z.output<ReturnType<typeof personaSchema<z.ZodString>>>;
