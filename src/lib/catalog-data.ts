import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../site.config';
import { buildCatalog, type Catalog } from './catalog';

/** A persona entry as Astro loads it (avatar resolved to image metadata). */
export type Persona = CollectionEntry<'personas'>;
/** A segment entry. */
export type Segment = CollectionEntry<'segments'>;
/** A journey entry. */
export type Journey = CollectionEntry<'journeys'>;
/** A glossary entry. */
export type Term = CollectionEntry<'glossary'>;

/** The catalog of this site's content. */
export type AtlasCatalog = Catalog<Persona, Segment, Journey, Term>;

let pending: Promise<AtlasCatalog> | undefined;

async function load(): Promise<AtlasCatalog> {
	const [personas, segments, journeys, glossary] = await Promise.all([
		getCollection('personas'),
		getCollection('segments'),
		getCollection('journeys'),
		getCollection('glossary'),
	]);
	return buildCatalog({ personas, segments, journeys, glossary }, siteConfig.locale);
}

/**
 * The whole catalog: every entry, sorted, with reverse links. The only place that reads the
 * collections; a build renders hundreds of pages and they all share this one promise.
 */
export function getCatalog(): Promise<AtlasCatalog> {
	// The dev server keeps modules alive between requests; re-reading there shows a writer's
	// edit on the next reload instead of after a restart.
	if (import.meta.env.DEV) return load();
	pending ??= load();
	return pending;
}
