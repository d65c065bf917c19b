import type { GlossaryData } from '../schemas/glossary';
import type { JourneyData } from '../schemas/journey';
import type { PersonaData } from '../schemas/persona';
import type { SegmentData } from '../schemas/segment';

/**
 * Reader-facing words for the values of the schemas' enums. Typed against the schemas, so a
 * new enum value is a type error here until it has a label.
 */

type Step = JourneyData['stages'][number]['steps'][number];
type Source = NonNullable<PersonaData['evidence']>['sources'][number];

/** Lifecycle status. */
export const statusLabels: Record<PersonaData['status'], string> = {
	draft: 'Draft',
	active: 'Active',
	deprecated: 'Deprecated',
};

/** Buyer, user or both. */
export const personaTypeLabels: Record<PersonaData['personaType'], string> = {
	buyer: 'Buyer',
	user: 'User',
	'buyer-and-user': 'Buyer and user',
};

/** Consumer or business market. */
export const marketLabels: Record<PersonaData['market'], string> = { b2c: 'Consumer (B2C)', b2b: 'Business (B2B)' };

/** How sure we are of a persona. */
export const confidenceLabels: Record<NonNullable<PersonaData['evidence']>['confidence'], string> = {
	low: 'Low',
	medium: 'Medium',
	high: 'High',
};

/** Kinds of research behind a persona. */
export const evidenceKindLabels: Record<Source['kind'], string> = {
	interview: 'Interviews',
	survey: 'Survey',
	analytics: 'Analytics',
	'usability-test': 'Usability test',
	'diary-study': 'Diary study',
	'field-visit': 'Field visit',
	'focus-group': 'Focus group',
	'support-tickets': 'Support tickets',
	'sales-calls': 'Sales calls',
	'desk-research': 'Desk research',
	workshop: 'Workshop',
	other: 'Other research',
};

/** Kinds of channel of a journey step. */
export const channelLabels: Record<NonNullable<Step['channel']>, string> = {
	web: 'Web',
	app: 'App',
	email: 'Email',
	phone: 'Phone',
	chat: 'Chat',
	'in-person': 'In person',
	social: 'Social media',
	print: 'Print',
	partner: 'Partner',
	other: 'Other',
};

/** Kinds of segment criteria, in the order they are shown. */
export const criteriaLabels: Record<keyof SegmentData['criteria'], string> = {
	demographic: 'Demographic',
	geographic: 'Geographic',
	psychographic: 'Psychographic',
	behavioural: 'Behavioural',
};

/** How much a segment matters. */
export const priorityLabels: Record<SegmentData['priority'], string> = {
	primary: 'Primary',
	secondary: 'Secondary',
	tertiary: 'Tertiary',
};

/** Kinds of glossary term. */
export const categoryLabels: Record<GlossaryData['category'], string> = {
	concept: 'Concept',
	practice: 'Practice',
	role: 'Role',
	tool: 'Tool',
	data: 'Data',
};
