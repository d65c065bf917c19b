import { getEntry } from 'astro:content';
import type { CollectionName } from '../schemas/shared';
import { displayName } from './catalog';
import { getCatalog } from './catalog-data';
import { resolveStartHere, type ResolvedStep, type StepEntry } from './start-here';
import { startHereId } from './start-here-loader';

/** The onboarding path as the pages show it. */
export interface StartHerePath {
	title: string;
	intro: string;
	steps: ResolvedStep[];
}

/**
 * The onboarding path from content/start-here.yaml with every step's entry looked up in the
 * catalog, or undefined when the site has none.
 */
export async function getStartHere(): Promise<StartHerePath | undefined> {
	const [entry, catalog] = await Promise.all([getEntry('startHere', startHereId), getCatalog()]);
	if (!entry) return undefined;
	const lookup = (collection: CollectionName, id: string): StepEntry | undefined => {
		if (collection === 'personas') {
			const persona = catalog.persona(id);
			return persona && { title: displayName(persona), summary: persona.data.summary };
		}
		if (collection === 'segments') {
			const segment = catalog.segment(id);
			return segment && { title: segment.data.name, summary: segment.data.summary };
		}
		if (collection === 'journeys') {
			const journey = catalog.journey(id);
			return journey && { title: journey.data.title, summary: journey.data.summary };
		}
		const term = catalog.term(id);
		return term && { title: term.data.term, summary: term.data.summary };
	};
	return { title: entry.data.title, intro: entry.data.intro, steps: resolveStartHere(entry.data, lookup) };
}
