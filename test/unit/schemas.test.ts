import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formatFieldPath } from '../../src/lib/problems';
import { friendlyErrorMap } from '../../src/lib/zod-messages';
import { entryKindNames, imagePathSchema, personaSchema, plainSchemas } from '../../src/schemas';
import { idPattern, isoDate } from '../../src/schemas/shared';

/** `path: message` for every issue, or [] when the data is valid. */
function issues(schema: z.ZodType, data: unknown): string[] {
	const result = schema.safeParse(data, { error: friendlyErrorMap });
	return result.success ? [] : result.error.issues.map((i) => `${formatFieldPath(i.path) || '(root)'}: ${i.message}`);
}
const paths = (schema: z.ZodType, data: unknown) => issues(schema, data).map((i) => i.slice(0, i.indexOf(':')));
const without = <T extends Record<string, unknown>>(data: T, key: keyof T) =>
	Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));

describe('persona schema', () => {
	const schema = plainSchemas.personas;
	const minimal = {
		role: 'Office manager',
		summary: 'Runs a small office.',
		personaType: 'buyer',
		market: 'b2b',
		owner: { name: 'Research team' },
		status: 'active',
		lastReviewed: '2026-05-01',
	};
	const full = {
		...minimal,
		name: 'Ada Lopez',
		alternativeTitles: ['The office keeper'],
		quotes: ['Plain quote.', { text: 'Attributed quote.', source: 'Interview P7, March 2026' }],
		avatar: { src: './avatars/ada.svg', alt: 'Drawing of Ada.' },
		personaType: 'buyer-and-user',
		segments: ['small-offices'],
		demographics: {
			age: { min: 38, max: 52 },
			location: 'Midlands',
			incomeBand: 'Middle',
			education: 'Degree',
			occupation: 'Office manager',
			companySize: '12',
			industry: 'Accountancy',
			household: 'Lives alone',
		},
		psychographics: {
			values: ['Calm'],
			interests: ['Gardening'],
			attitudes: ['Wary of apps'],
			lifestyle: 'Office hours.',
			personality: ['Organised'],
		},
		behaviours: {
			purchasingHabits: ['Buys once'],
			brandPreferences: ['Known brands'],
			channels: ['Email'],
			devices: ['Laptop'],
			frequency: 'Weekly',
			digitalConfidence: 'medium',
		},
		goals: ['Warm office'],
		painPoints: ['Complaints'],
		motivations: ['Quiet life'],
		objections: ['Price'],
		jobsToBeDone: ['When it is cold, I want heat, so I can work.'],
		touchpoints: ['Newsletter'],
		responsibilities: ['Facilities'],
		keyMetrics: ['Complaints per month'],
		accessibilityNeeds: ['Large text'],
		openQuestions: ['Who signs off?'],
		evidence: {
			confidence: 'medium',
			sampleSize: 9,
			sources: [
				{ title: 'Interviews', kind: 'interview', url: 'https://example.com/r', participants: 9, date: '2026-04-20' },
			],
		},
		owner: { name: 'Research team', handle: '@example/research' },
		reviewEveryMonths: 12,
		tags: ['b2b', 'small-business'],
		related: ['ben-okafor'],
	};

	it('accepts a minimal persona and fills in the lists', () => {
		const data = schema.parse(minimal) as Record<string, unknown>;
		expect(data['segments']).toEqual([]);
		expect(data['goals']).toEqual([]);
		expect(data['tags']).toEqual([]);
	});

	it('accepts a persona with every field', () => {
		expect(issues(schema, full)).toEqual([]);
	});

	it('accepts age as text, a deprecated persona with its replacement, and YAML dates', () => {
		expect(issues(schema, { ...minimal, demographics: { age: 'late thirties' } })).toEqual([]);
		expect(issues(schema, { ...minimal, status: 'deprecated', supersededBy: 'ada-lopez' })).toEqual([]);
		expect(
			(schema.parse({ ...minimal, lastReviewed: new Date('2026-05-01T00:00:00Z') }) as { lastReviewed: string })
				.lastReviewed,
		).toBe('2026-05-01');
	});

	it('trims text', () => {
		expect((schema.parse({ ...minimal, role: '  Office manager \n' }) as { role: string }).role).toBe('Office manager');
	});

	it('requires role, summary, personaType, market, owner, status and lastReviewed', () => {
		for (const key of Object.keys(minimal)) {
			expect(paths(schema, without(minimal, key as keyof typeof minimal)), key).toEqual([key]);
		}
		expect(paths(schema, { ...minimal, owner: {} })).toEqual(['owner.name']);
	});

	it('refuses empty and over-long text', () => {
		expect(issues(schema, { ...minimal, role: '' })).toEqual(['role: must not be empty']);
		expect(issues(schema, { ...minimal, role: '   ' })).toEqual(['role: must not be empty']);
		expect(issues(schema, { ...minimal, summary: 'x'.repeat(241) })).toEqual([
			'summary: keep the summary to one sentence (240 characters at most)',
		]);
		expect(issues(schema, { ...minimal, goals: [''] })).toEqual(['goals[0]: must not be empty']);
	});

	it('refuses values outside a choice', () => {
		expect(paths(schema, { ...minimal, personaType: 'buyr' })).toEqual(['personaType']);
		expect(paths(schema, { ...minimal, market: 'B2B' })).toEqual(['market']);
		expect(paths(schema, { ...minimal, status: 'retired' })).toEqual(['status']);
		expect(paths(schema, { ...minimal, behaviours: { digitalConfidence: 'none' } })).toEqual([
			'behaviours.digitalConfidence',
		]);
	});

	it('refuses unknown fields at every level', () => {
		expect(
			issues(schema, { ...minimal, markte: 'b2b', demographics: { agee: 3 }, quotes: [{ txt: 'x' }] }).sort(),
		).toEqual([
			'(root): Unrecognized key: "markte"',
			'demographics: Unrecognized key: "agee"',
			'quotes[0]: Invalid input',
		]);
	});

	it('refuses ids, tags and handles in the wrong form', () => {
		expect(paths(schema, { ...minimal, segments: ['Young Families'] })).toEqual(['segments[0]']);
		expect(paths(schema, { ...minimal, segments: 'young-families' })).toEqual(['segments']);
		expect(paths(schema, { ...minimal, related: ['ada_lopez'] })).toEqual(['related[0]']);
		expect(paths(schema, { ...minimal, tags: ['Price Sensitive'] })).toEqual(['tags[0]']);
		expect(paths(schema, { ...minimal, owner: { name: 'Jo', handle: 'jo' } })).toEqual(['owner.handle']);
		expect(issues(schema, { ...minimal, owner: { name: 'Jo', handle: '@acme/research-team.ops' } })).toEqual([]);
	});

	it('refuses avatars with absolute paths or without alt text', () => {
		expect(paths(schema, { ...minimal, avatar: { src: 'avatars/a.png', alt: 'A' } })).toEqual(['avatar.src']);
		expect(paths(schema, { ...minimal, avatar: { src: '/avatars/a.png', alt: 'A' } })).toEqual(['avatar.src']);
		expect(paths(schema, { ...minimal, avatar: { src: './a.png' } })).toEqual(['avatar.alt']);
		expect(issues(schema, { ...minimal, avatar: { src: '../shared/a.png', alt: 'A' } })).toEqual([]);
	});

	it('checks age ranges', () => {
		const age = (value: unknown) => issues(schema, { ...minimal, demographics: { age: value } });
		expect(age({ min: 30, max: 200 })).toEqual(['demographics.age.max: must be at most 120']);
		expect(age({ min: 50, max: 40 })).toEqual([
			'demographics.age.max: the oldest age (max) is below the youngest (min)',
		]);
		expect(age({ min: 30.5, max: 40 })).toHaveLength(1);
		expect(age({ min: 40, max: 40 })).toEqual([]);
	});

	it('checks evidence', () => {
		const evidence = (value: unknown) => paths(schema, { ...minimal, evidence: value });
		expect(evidence({ sampleSize: 3 })).toEqual(['evidence.confidence']);
		expect(evidence({ confidence: 'high', sampleSize: 0 })).toEqual(['evidence.sampleSize']);
		expect(evidence({ confidence: 'high', sources: [{ title: 'X', kind: 'interveiw' }] })).toEqual([
			'evidence.sources[0].kind',
		]);
		expect(
			issues(schema, {
				...minimal,
				evidence: { confidence: 'low', sources: [{ title: 'X', kind: 'survey', url: 'ftp://x' }] },
			}),
		).toEqual(['evidence.sources[0].url: expected a web address starting with https://']);
		expect(evidence({ confidence: 'low', sources: [{ title: 'X', kind: 'survey', date: '2026-02-30' }] })).toEqual([
			'evidence.sources[0].date',
		]);
	});

	it('ties deprecated and supersededBy together', () => {
		expect(issues(schema, { ...minimal, status: 'deprecated' })).toEqual([
			'supersededBy: a deprecated persona must name the persona that replaces it — add supersededBy: <persona id>',
		]);
		expect(issues(schema, { ...minimal, supersededBy: 'ada-lopez' })).toEqual([
			'status: only a deprecated persona has supersededBy — set status: deprecated or remove supersededBy',
		]);
	});

	it('limits how often reviews may be asked for', () => {
		expect(paths(schema, { ...minimal, reviewEveryMonths: 0 })).toEqual(['reviewEveryMonths']);
		expect(paths(schema, { ...minimal, reviewEveryMonths: 37 })).toEqual(['reviewEveryMonths']);
		expect(paths(schema, { ...minimal, reviewEveryMonths: 1.5 })).toEqual(['reviewEveryMonths']);
		expect(issues(schema, { ...minimal, reviewEveryMonths: 36 })).toEqual([]);
	});

	it('takes the image schema it is given (Astro passes image())', () => {
		const withUrls = personaSchema(z.url());
		expect(issues(withUrls, { ...minimal, avatar: { src: 'https://example.com/a.png', alt: 'A' } })).toEqual([]);
		expect(paths(withUrls, { ...minimal, avatar: { src: './a.png', alt: 'A' } })).toEqual(['avatar.src']);
	});

	it('builds its field schemas once: Astro asks for a new persona schema per entry', () => {
		const first = personaSchema(z.string());
		const second = personaSchema(z.url());
		expect(second.shape.goals).toBe(first.shape.goals);
		expect(second.shape.evidence).toBe(first.shape.evidence);
		expect(Object.keys(second.shape)).toEqual(Object.keys(first.shape));
		expect(Object.keys(first.shape).slice(4, 6)).toEqual(['quotes', 'avatar']);
		// Only the avatar, which holds the image schema, differs.
		expect(second.shape.avatar).not.toBe(first.shape.avatar);
	});
});

describe('segment schema', () => {
	const schema = plainSchemas.segments;
	const minimal = {
		name: 'Young families',
		summary: 'Households with young children.',
		market: 'b2c',
		criteria: { demographic: ['At least one child under ten'] },
		priority: 'primary',
		targetMarket: true,
		owner: { name: 'Research team' },
		status: 'active',
		lastReviewed: '2026-05-01',
	};
	const full = {
		...minimal,
		criteria: { demographic: ['a'], geographic: ['b'], psychographic: ['c'], behavioural: ['d'] },
		size: { count: 1200, share: 8.5, basis: 'Customer records' },
		owner: { name: 'Research team', handle: '@research' },
		reviewEveryMonths: 6,
		tags: ['families'],
	};

	it('accepts a minimal and a full segment', () => {
		expect(issues(schema, minimal)).toEqual([]);
		expect(issues(schema, full)).toEqual([]);
		expect(issues(schema, { ...minimal, size: { share: 0 } })).toEqual([]);
	});

	it('requires every core field', () => {
		for (const key of Object.keys(minimal)) {
			expect(paths(schema, without(minimal, key as keyof typeof minimal)), key).toEqual([key]);
		}
	});

	it('needs at least one criterion', () => {
		expect(issues(schema, { ...minimal, criteria: {} })).toEqual([
			'criteria: a segment needs at least one criterion — add a line under demographic, geographic, psychographic or behavioural',
		]);
		// A misspelled list is both unknown and leaves the criteria empty: both are said.
		expect(issues(schema, { ...minimal, criteria: { demographics: ['a'] } })).toEqual([
			'criteria: Unrecognized key: "demographics"',
			'criteria: a segment needs at least one criterion — add a line under demographic, geographic, psychographic or behavioural',
		]);
	});

	it('checks the size', () => {
		expect(issues(schema, { ...minimal, size: { basis: 'guess' } })).toEqual([
			'size: give the size as count, share or both',
		]);
		expect(issues(schema, { ...minimal, size: { share: 120 } })).toEqual(['size.share: must be at most 100']);
		expect(issues(schema, { ...minimal, size: { count: -1 } })).toEqual(['size.count: must be at least 0']);
		expect(paths(schema, { ...minimal, size: { count: '1200' } })).toEqual(['size.count']);
	});

	it('refuses anything but true or false for targetMarket, and unknown priorities', () => {
		expect(paths(schema, { ...minimal, targetMarket: 'yes' })).toEqual(['targetMarket']);
		expect(paths(schema, { ...minimal, priority: 'first' })).toEqual(['priority']);
	});
});

describe('journey schema', () => {
	const schema = plainSchemas.journeys;
	const minimal = {
		title: 'First order',
		summary: 'Ada orders for the first time.',
		personas: ['ada-lopez'],
		goal: 'Warm offices.',
		stages: [{ name: 'Choose' }],
		status: 'draft',
	};
	const full = {
		...minimal,
		stages: [
			{
				name: 'Choose',
				description: 'Comparing models.',
				steps: [
					{
						name: 'Compare',
						score: 3,
						actors: ['Ada'],
						touchpoint: 'Product page',
						channel: 'web',
						thinking: 'Which one?',
						painPoints: ['Hard'],
						opportunities: ['Checker'],
					},
					{ name: 'Decide', score: 5 },
				],
			},
		],
		owner: { name: 'Research team' },
		lastReviewed: '2026-05-01',
		tags: ['onboarding'],
	};

	it('accepts a minimal and a full journey, filling in steps', () => {
		expect((schema.parse(minimal) as { stages: { steps: unknown[] }[] }).stages[0]?.steps).toEqual([]);
		expect(issues(schema, full)).toEqual([]);
	});

	it('needs at least one persona and one stage', () => {
		expect(issues(schema, { ...minimal, personas: [] })).toEqual([
			'personas: a journey needs at least one persona — add personas: [<persona id>]',
		]);
		expect(issues(schema, { ...minimal, stages: [] })).toEqual(['stages: a journey needs at least one stage']);
		expect(paths(schema, without(minimal, 'personas'))).toEqual(['personas']);
	});

	it('scores steps with whole numbers from 1 to 5', () => {
		const score = (value: unknown) =>
			issues(schema, { ...minimal, stages: [{ name: 'S', steps: [{ name: 'x', score: value }] }] });
		expect(score(0)).toEqual(['stages[0].steps[0].score: the lowest score is 1 (very negative)']);
		expect(score(6)).toEqual(['stages[0].steps[0].score: the highest score is 5 (very positive)']);
		expect(score(2.5)).toEqual([
			'stages[0].steps[0].score: expected a whole number from 1 (very negative) to 5 (very positive)',
		]);
		expect(score(undefined)).toEqual([
			'stages[0].steps[0].score: expected a whole number from 1 (very negative) to 5 (very positive)',
		]);
	});

	it('refuses unknown channels and step fields', () => {
		expect(
			paths(schema, { ...minimal, stages: [{ name: 'S', steps: [{ name: 'x', score: 3, channel: 'fax' }] }] }),
		).toEqual(['stages[0].steps[0].channel']);
		expect(paths(schema, { ...minimal, stages: [{ name: 'S', steps: [{ name: 'x', score: 3, scroe: 3 }] }] })).toEqual([
			'stages[0].steps[0]',
		]);
	});
});

describe('glossary schema', () => {
	const schema = plainSchemas.glossary;
	const minimal = { term: 'Persona', summary: 'An archetypal customer.', category: 'concept' };

	it('accepts a minimal and a full term', () => {
		expect(issues(schema, minimal)).toEqual([]);
		expect(issues(schema, { ...minimal, aliases: ['User persona'], related: ['jobs-to-be-done'] })).toEqual([]);
	});

	it('requires term, summary and category', () => {
		for (const key of Object.keys(minimal)) {
			expect(paths(schema, without(minimal, key as keyof typeof minimal)), key).toEqual([key]);
		}
	});

	it('keeps the summary to one sentence and the category to the list', () => {
		expect(issues(schema, { ...minimal, summary: 'x'.repeat(201) })).toEqual([
			'summary: keep the summary to one sentence (200 characters at most)',
		]);
		expect(paths(schema, { ...minimal, category: 'idea' })).toEqual(['category']);
	});

	it('refuses related ids in the wrong form and aliases that are not a list of text', () => {
		expect(paths(schema, { ...minimal, related: ['Jobs To Be Done'] })).toEqual(['related[0]']);
		expect(paths(schema, { ...minimal, aliases: 'JTBD' })).toEqual(['aliases']);
		expect(paths(schema, { ...minimal, aliases: [42] })).toEqual(['aliases[0]']);
	});
});

describe('shared pieces', () => {
	it('isoDate keeps real days as YYYY-MM-DD and names impossible ones', () => {
		expect(isoDate.parse('2024-02-29')).toBe('2024-02-29');
		expect(isoDate.parse(new Date('2026-03-14T23:00:00Z'))).toBe('2026-03-14');
		expect(issues(isoDate, '2026-02-30')).toEqual(['(root): there is no such day in the calendar']);
		expect(issues(isoDate, '14/03/2026')).toEqual(['(root): expected a date written as YYYY-MM-DD, like 2026-03-14']);
	});

	it('idPattern allows lower-case words joined by single hyphens', () => {
		for (const id of ['ada', 'ada-lopez', 'b2b', 'a-1-b']) expect(idPattern.test(id), id).toBe(true);
		for (const id of ['', 'Ada', 'ada_lopez', '-ada', 'ada-', 'ada--lopez', 'zoë', 'ada lopez'])
			expect(idPattern.test(id), id).toBe(false);
	});

	it('imagePathSchema wants a path relative to the entry', () => {
		expect(imagePathSchema.safeParse('./a.png').success).toBe(true);
		expect(imagePathSchema.safeParse('../a.png').success).toBe(true);
		expect(imagePathSchema.safeParse('a.png').success).toBe(false);
		expect(imagePathSchema.safeParse('https://x/a.png').success).toBe(false);
	});

	it('names an entry of each collection', () => {
		expect(entryKindNames).toEqual({ personas: 'persona', segments: 'segment', journeys: 'journey', glossary: 'term' });
	});
});
