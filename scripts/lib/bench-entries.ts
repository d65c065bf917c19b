import type { JourneyInput } from '../../src/schemas/journey';
import type { PersonaInput } from '../../src/schemas/persona';
import type { SegmentInput } from '../../src/schemas/segment';
import {
	drives,
	goalManners,
	goalVerbs,
	habits,
	owners,
	pains,
	places,
	roles,
	stageNames,
	stepVerbs,
	tagWords,
	things,
	touchpoints,
	values,
} from './bench-words';
import type { Random } from './seeded-random';
import type { RoleWord } from './bench-words';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const evidenceKinds = ['interview', 'survey', 'analytics', 'diary-study', 'support-tickets', 'field-visit'] as const;
const devices = ['Mid-range Android phone', 'iPhone', 'Shared family tablet', 'Work laptop', 'Smart speaker'];

/** A calendar day in 2026, as YYYY-MM-DD (the 28th at most, so every month has it). */
export function benchDate(random: Random, fromMonth = 1, toMonth = 11): string {
	const month = String(random.int(fromMonth, toMonth)).padStart(2, '0');
	return `2026-${month}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

/** `count` short statements built from a verb, a thing and a manner, each different. */
function statements(count: number, make: () => string): string[] {
	const out = new Set<string>();
	for (let tries = 0; out.size < count && tries < count * 5; tries++) out.add(make());
	return [...out];
}

/** Who a generated persona is; the rest of its frontmatter is drawn at random. */
export interface PersonaSeed {
	id: string;
	name: string | undefined;
	role: RoleWord;
	segments: string[];
}

/** Frontmatter of one persona (without references to other personas; `benchCatalog` adds them). */
export function benchPersona(random: Random, { id, name, role, segments }: PersonaSeed): PersonaInput {
	const b2b = role.market === 'b2b';
	const goal = () => `${random.pick(goalVerbs)} ${random.pick(things)} ${random.pick(goalManners)}`;
	const pain = () => `${capitalise(random.pick(things))} ${random.pick(pains)}`;
	return {
		...(name ? { name } : {}),
		role: role.role,
		...(random.chance(0.3) ? { alternativeTitles: [`The ${role.short.replace(/-/g, ' ')}`] } : {}),
		summary: `${name ?? `The ${role.role.toLowerCase()}`} wants to ${random.pick(goalVerbs).toLowerCase()} ${random.pick(things)} ${random.pick(goalManners)}.`,
		quotes: [
			`I just want ${random.pick(things)} to tell me the truth.`,
			{ text: `If it takes more than two taps, I will not do it.`, source: `Interview P${random.int(1, 40)}, 2026` },
			...(random.chance(0.5) ? [`Honestly, ${random.pick(things)} is the bit I dread.`] : []),
		],
		personaType: random.pick(['buyer', 'user', 'buyer-and-user'] as const),
		market: role.market,
		segments,
		demographics: {
			...(random.chance(0.2) ? { age: { min: random.int(20, 40), max: random.int(41, 80) } } : {}),
			location: `${capitalise(random.pick(places))} and ${random.pick(places)}`,
			...(b2b ? { companySize: `${random.int(2, 900)} staff`, industry: 'Housing and property' } : {}),
			...(b2b ? {} : { household: `Lives with ${random.int(0, 4)} others in a ${random.int(1, 5)}-bedroom home` }),
		},
		psychographics: {
			values: random.sample(values, 3),
			attitudes: statements(2, () => `Sceptical of ${random.pick(things)} until it proves itself`),
			lifestyle: `${random.pick(drives)} shapes most weeks; evenings are for catching up on ${random.pick(things)}.`,
		},
		behaviours: {
			purchasingHabits: random.sample(habits, 3),
			channels: random.sample(['Forums', 'Email', 'Support chat', 'Installer advice', 'Social media'], 2),
			devices: random.sample(devices, 2),
			frequency: `Opens the app ${random.pick(['most days', 'weekly', 'a few times a month'])} in winter.`,
			digitalConfidence: random.pick(['low', 'medium', 'high'] as const),
		},
		goals: statements(random.int(3, 5), goal),
		painPoints: statements(random.int(3, 5), pain),
		motivations: random.sample(drives, 2),
		objections: statements(2, () => `Worries that ${random.pick(things)} ${random.pick(pains)}`),
		jobsToBeDone: statements(
			2,
			() =>
				`When ${random.pick(things)} arrives, I want to ${random.pick(goalVerbs).toLowerCase()} it quickly, so I can get on with the day.`,
		),
		touchpoints: random.sample(
			touchpoints.map((t) => t.touchpoint),
			3,
		),
		...(b2b
			? { responsibilities: [`Keeping ${random.pick(things)} on track`], keyMetrics: ['Complaints per 100 homes'] }
			: {}),
		...(random.chance(0.2) ? { accessibilityNeeds: ['Large text and high contrast on the phone'] } : {}),
		openQuestions: [`How does ${random.pick(things)} change in summer?`],
		evidence: {
			confidence: random.pick(['low', 'medium', 'high'] as const),
			sampleSize: random.int(5, 2000),
			sources: Array.from({ length: random.int(1, 4) }, (_, i) => ({
				title: `${capitalise(random.pick(evidenceKinds).replace(/-/g, ' '))} on ${random.pick(things)}, round ${i + 1}`,
				kind: random.pick(evidenceKinds),
				...(random.chance(0.5) ? { url: `https://research.fernbrook.example/studies/${id}-${i + 1}` } : {}),
				date: benchDate(random),
			})),
		},
		owner: { ...random.pick(owners) },
		status: 'active',
		lastReviewed: benchDate(random),
		...(random.chance(0.2) ? { reviewEveryMonths: random.pick([3, 6, 12]) } : {}),
		tags: random.sample(tagWords, random.int(1, 4)),
	};
}

/** Frontmatter of one segment. */
export function benchSegment(random: Random): SegmentInput {
	const place = random.pick(places);
	const who = random.pick(roles);
	const name = `${capitalise(who.short.replace(/-/g, ' '))}s in ${place.replace(/^the /, '')}`;
	return {
		name,
		summary: `${capitalise(who.role.toLowerCase())}s in ${place}, grouped because they judge us on ${random.pick(things)}.`,
		market: who.market,
		criteria: {
			demographic: [`Mostly ${random.int(25, 60)} to ${random.int(61, 80)} years old`],
			geographic: [`Lives or works in ${place}`],
			psychographic: random.sample(values, 2).map((v) => `Values ${v.toLowerCase()}`),
			behavioural: random.sample(habits, 2),
		},
		size: { count: random.int(200, 90000), share: random.int(1, 40), basis: 'Onboarding survey, autumn 2026' },
		priority: random.pick(['primary', 'secondary', 'tertiary'] as const),
		targetMarket: random.chance(0.7),
		owner: { ...random.pick(owners) },
		status: random.chance(0.9) ? 'active' : 'draft',
		lastReviewed: benchDate(random),
		tags: random.sample(tagWords, random.int(1, 3)),
	};
}

/** Frontmatter of one journey: 5 to 7 stages of 2 or 3 steps (at least 10 steps). */
export function benchJourney(random: Random, personas: string[]): JourneyInput {
	const stageCount = random.int(5, 7);
	const start = random.int(0, stageNames.length - stageCount);
	return {
		title: `${random.pick(stepVerbs)} ${random.pick(things)} ${random.pick(goalManners)}`,
		summary: `How a household gets from first hearing about ${random.pick(things)} to relying on it, and where it goes wrong.`,
		personas,
		goal: `${random.pick(goalVerbs)} ${random.pick(things)} ${random.pick(goalManners)}.`,
		stages: stageNames.slice(start, start + stageCount).map((name) => ({
			name,
			description: `${name}: the part of the journey where ${random.pick(things)} matters most.`,
			steps: Array.from({ length: random.int(2, 3) }, () => {
				const where = random.pick(touchpoints);
				return {
					name: `${random.pick(stepVerbs)} ${random.pick(things)}`,
					score: random.int(1, 5),
					actors: random.sample(['The account holder', 'A partner', 'Fernbrook support', 'The installer'], 2),
					touchpoint: where.touchpoint,
					channel: where.channel,
					thinking: `Is ${random.pick(things)} going to be worth it this time?`,
					painPoints: [`${capitalise(random.pick(things))} ${random.pick(pains)}`],
					opportunities: [`Make ${random.pick(things)} clearer at this moment`],
				};
			}),
		})),
		owner: { ...random.pick(owners) },
		status: random.chance(0.9) ? 'active' : 'draft',
		lastReviewed: benchDate(random),
		tags: random.sample(tagWords, random.int(1, 3)),
	};
}
