import { z } from 'astro/zod';
import { glossarySchema } from './glossary';
import { journeySchema } from './journey';
import { personaSchema } from './persona';
import { segmentSchema } from './segment';
import type { CollectionName } from './shared';

export { collectionNames, type CollectionName } from './shared';
export { glossarySchema, journeySchema, personaSchema, segmentSchema };

/**
 * Outside Astro an image is the path the writer typed, relative to the entry. The integrity
 * check makes sure the file exists; inside Astro, `image()` resolves it.
 */
export const imagePathSchema = z
	.string()
	.regex(/^\.{1,2}\//, { error: 'expected a path relative to this file, like ./avatars/ada.jpg' })
	.meta({ format: 'image-path' });

/** The schema of each collection as tools outside Astro see it (the check, the field reference). */
export const plainSchemas = {
	personas: personaSchema(imagePathSchema),
	segments: segmentSchema,
	journeys: journeySchema,
	glossary: glossarySchema,
} satisfies Record<CollectionName, z.ZodType>;

/** Singular name of an entry of each collection, for messages and the scaffold. */
export const entryKindNames: Record<CollectionName, string> = {
	personas: 'persona',
	segments: 'segment',
	journeys: 'journey',
	glossary: 'term',
};
