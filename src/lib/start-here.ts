import {
	startHereStepKinds,
	type StartHereData,
	type StartHereStep,
	type StartHereStepKind,
} from '../schemas/start-here';
import type { CollectionName } from '../schemas/shared';

/** The file name of the onboarding path, at the top of the content folder. */
export const startHereFile = 'start-here.yaml';

/** The collection each kind of step opens. */
export const stepCollections: Record<StartHereStepKind, CollectionName> = {
	term: 'glossary',
	persona: 'personas',
	segment: 'segments',
	journey: 'journeys',
};

/** The entry a step opens. */
export interface StepTarget {
	kind: StartHereStepKind;
	collection: CollectionName;
	id: string;
}

/** The entry a valid step opens (the schema makes sure there is exactly one). */
export function stepTarget(step: Partial<Record<StartHereStepKind, string | undefined>>): StepTarget | undefined {
	const kind = startHereStepKinds.find((k) => typeof step[k] === 'string');
	return kind ? { kind, collection: stepCollections[kind], id: step[kind]! } : undefined;
}

/** What the path needs to know about an entry: its name and one-line summary. */
export interface StepEntry {
	title: string;
	summary: string;
}

/** A step ready for the pages: where it leads, its place in the path and its neighbours. */
export interface ResolvedStep {
	/** The address part of the step's page, `/start-here/<slug>/`; also its key in saved progress. */
	slug: string;
	/** 1-based. */
	number: number;
	title: string;
	target: StepTarget;
	entry: StepEntry;
	step: StartHereStep;
	previous?: ResolvedStep | undefined;
	next?: ResolvedStep | undefined;
}

/**
 * The steps of a path with their entries looked up, numbered and linked to their neighbours.
 * Steps whose entry cannot be found are left out (the content check has failed the build for
 * them already); a step's page address is its entry's id.
 * @param lookup Finds an entry of a collection by id.
 */
export function resolveStartHere(
	path: StartHereData,
	lookup: (collection: CollectionName, id: string) => StepEntry | undefined,
): ResolvedStep[] {
	const steps: ResolvedStep[] = [];
	for (const step of path.steps) {
		const target = stepTarget(step);
		const entry = target && lookup(target.collection, target.id);
		if (!target || !entry || steps.some((s) => s.slug === target.id)) continue;
		steps.push({ slug: target.id, number: steps.length + 1, title: step.title ?? entry.title, target, entry, step });
	}
	steps.forEach((step, index) => {
		step.previous = steps[index - 1];
		step.next = steps[index + 1];
	});
	return steps;
}

/** Words for the kind of a step, as shown on its badge. */
export const stepKindLabels: Record<StartHereStepKind, string> = {
	term: 'Term',
	persona: 'Persona',
	segment: 'Segment',
	journey: 'Journey',
};

/** "About 25 minutes" for the whole path, or nothing when no step says how long it takes. */
export function totalMinutes(steps: readonly { step: { minutes?: number | undefined } }[]): number | undefined {
	const known = steps.map((s) => s.step.minutes).filter((m): m is number => m !== undefined);
	return known.length === 0 ? undefined : known.reduce((sum, m) => sum + m, 0);
}
