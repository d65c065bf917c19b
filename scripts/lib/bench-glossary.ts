import type { GlossaryInput } from '../../src/schemas/glossary';
import type { Random } from './seeded-random';

/** A generated glossary term: its id and frontmatter. */
export interface BenchTerm {
	id: string;
	data: GlossaryInput & { aliases: string[]; related: string[] };
}

// Every term is "<qualifier> <head>". Aliases swap in a synonym from lists that share no word
// with the qualifiers or heads, one synonym per word, so no alias can equal another term's
// name, id or alias: the glossary clash check passes by construction, at any seed.
const qualifiers = [
	['comfort', 'warmth'],
	['tariff', 'pricing'],
	['boiler', 'furnace'],
	['schedule', 'timetable'],
	['savings', 'economy'],
	['churn', 'attrition'],
	['onboarding', 'welcome'],
	['install', 'fitting'],
	['occupancy', 'presence'],
	['retention', 'loyalty'],
	['referral', 'recommendation'],
	['renewal', 'resubscription'],
	['warranty', 'guarantee'],
	['support', 'helpdesk'],
	['landlord', 'lessor'],
	['tenant', 'occupier'],
	['installer', 'fitter'],
	['heating', 'radiator'],
	['usage', 'consumption'],
	['billing', 'invoicing'],
] as const;
const heads = [
	['signal', 'indicator'],
	['baseline', 'benchmark'],
	['score', 'rating'],
	['cohort', 'group'],
	['funnel', 'pipeline'],
	['threshold', 'limit'],
	['ratio', 'rate'],
	['index', 'measure'],
	['window', 'period'],
	['playbook', 'runbook'],
] as const;

const categories = ['concept', 'practice', 'role', 'tool', 'data'] as const;
const summaryEnds = [
	'used to decide which customers need a nudge before winter.',
	'reported monthly to the product and support teams.',
	'that tells us whether a change made things better for households.',
	'agreed with housing partners before a roll-out starts.',
	'that the research team checks against interviews every quarter.',
	'shown to installers in the partner portal.',
	'that finance uses to forecast subscription revenue.',
	'which the app uses to decide when to show a tip.',
];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * `count` glossary terms (at most 200), each with 0 to 2 aliases, a one-sentence summary and
 * 1 to 4 related terms. Pure: the same `random` state gives the same terms.
 */
export function benchGlossary(random: Random, count = 200): BenchTerm[] {
	const pairs = qualifiers.flatMap((q) => heads.map((h) => [q, h] as const));
	if (count > pairs.length) throw new Error(`the benchmark glossary has ${pairs.length} terms at most`);
	const chosen = random.sample(pairs, count);
	const ids = chosen.map(([[q], [h]]) => slug(`${q} ${h}`));
	return chosen.map(([[q, qAlias], [h, hAlias]], index) => {
		const aliases = [
			...(random.chance(0.6) ? [capitalise(`${qAlias} ${h}`)] : []),
			...(random.chance(0.25) ? [capitalise(`${q} ${hAlias}`)] : []),
		];
		const others = ids.filter((_, i) => i !== index);
		return {
			id: ids[index] ?? '',
			data: {
				term: capitalise(`${q} ${h}`),
				aliases,
				summary: `The ${h} of ${q} for a household or an account, ${random.pick(summaryEnds)}`,
				category: random.pick(categories),
				related: random.sample(others, random.int(1, 4)),
			},
		};
	});
}
