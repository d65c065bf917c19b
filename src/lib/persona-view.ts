import type { PersonaData } from '../schemas/persona';
import { presentFacts, type Fact } from './facts';
import { formatAge } from './format';

/**
 * What a persona page shows, decided from the data alone: which profile facts exist, which
 * list sections have items, and so which headings go in the table of contents. Kept out of
 * the page so "nothing empty is rendered" is one tested rule, not a dozen template conditions.
 */

/** A titled group of profile facts (demographics, psychographics, behaviours). */
export interface FactGroup {
	id: string;
	title: string;
	facts: Fact[];
}

/** A titled list of statements. */
export interface StatementSection {
	id: string;
	title: string;
	items: readonly string[];
	marker: 'dot' | 'goal' | 'pain' | 'number';
	/** Long statements (jobs to be done) read better across the full width than in a column. */
	wide: boolean;
}

type Data = Pick<PersonaData, 'demographics' | 'psychographics' | 'behaviours'>;
type Lists = Pick<
	PersonaData,
	| 'goals'
	| 'painPoints'
	| 'motivations'
	| 'objections'
	| 'jobsToBeDone'
	| 'touchpoints'
	| 'responsibilities'
	| 'keyMetrics'
	| 'accessibilityNeeds'
	| 'openQuestions'
>;

/** The profile groups of a persona that have at least one fact, each with only its filled facts. */
export function profileGroups({ demographics: d, psychographics: p, behaviours: b }: Data): FactGroup[] {
	const groups: FactGroup[] = [
		{
			id: 'demographics',
			title: 'Demographics',
			facts: [
				{ label: 'Age', text: d?.age === undefined ? undefined : formatAge(d.age) },
				{ label: 'Location', text: d?.location },
				{ label: 'Income', text: d?.incomeBand },
				{ label: 'Education', text: d?.education },
				{ label: 'Occupation', text: d?.occupation },
				{ label: 'Company size', text: d?.companySize },
				{ label: 'Industry', text: d?.industry },
				{ label: 'Household', text: d?.household },
			],
		},
		{
			id: 'psychographics',
			title: 'Psychographics',
			facts: [
				{ label: 'Values', items: p?.values },
				{ label: 'Interests', items: p?.interests },
				{ label: 'Attitudes', items: p?.attitudes },
				{ label: 'Lifestyle', text: p?.lifestyle },
				{ label: 'Personality', items: p?.personality },
			],
		},
		{
			id: 'behaviours',
			title: 'Behaviours',
			facts: [
				{ label: 'How they buy', items: b?.purchasingHabits },
				{ label: 'Brand preferences', items: b?.brandPreferences },
				{ label: 'Channels', items: b?.channels },
				{ label: 'Devices', items: b?.devices },
				{ label: 'Frequency', text: b?.frequency },
				{ label: 'Digital confidence', text: b?.digitalConfidence && capitalise(b.digitalConfidence) },
			],
		},
	];
	return groups
		.map((group) => ({ ...group, facts: presentFacts(group.facts) }))
		.filter((group) => group.facts.length > 0);
}

/** The needs of a persona, shown in pairs: goals beside pain points, motivations beside objections. */
export function needSections(data: Lists): StatementSection[] {
	const sections: StatementSection[] = [
		{ id: 'goals', title: 'Goals', items: data.goals, marker: 'goal', wide: false },
		{ id: 'pain-points', title: 'Pain points', items: data.painPoints, marker: 'pain', wide: false },
		{ id: 'motivations', title: 'Motivations', items: data.motivations, marker: 'dot', wide: false },
		{ id: 'objections', title: 'Objections', items: data.objections, marker: 'dot', wide: false },
		{ id: 'jobs-to-be-done', title: 'Jobs to be done', items: data.jobsToBeDone, marker: 'number', wide: true },
		{ id: 'responsibilities', title: 'Responsibilities', items: data.responsibilities, marker: 'dot', wide: false },
		{ id: 'key-metrics', title: 'Judged by', items: data.keyMetrics, marker: 'dot', wide: false },
		{ id: 'touchpoints', title: 'Touchpoints', items: data.touchpoints, marker: 'dot', wide: true },
		{ id: 'accessibility-needs', title: 'Access needs', items: data.accessibilityNeeds, marker: 'dot', wide: true },
		{ id: 'open-questions', title: 'Open questions', items: data.openQuestions, marker: 'number', wide: true },
	];
	return sections.filter((section) => section.items.length > 0);
}

function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Whether an MDX body opens with text before its first heading ("when to reach for this
 * persona"), which then needs a heading of its own, or it reads as part of the section before.
 * Blank lines and `import` / `export` lines do not count as text.
 */
export function bodyOpensWithText(body: string | undefined): boolean {
	const first = (body ?? '').split('\n').find((line) => line.trim() !== '' && !/^(import|export)\s/.test(line));
	return first !== undefined && !/^\s{0,3}#{1,6}(\s|$)/.test(first);
}
