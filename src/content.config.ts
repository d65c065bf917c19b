import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { startHereLoader } from './lib/start-here-loader';
import { startHereSchema } from './schemas/start-here';
import { afterContentCheck } from './lib/content-check-gate';
import { collectionBase } from './lib/content-dir';
import { glossarySchema, journeySchema, personaSchema, segmentSchema } from './schemas';

/**
 * Every collection is a folder of MDX files in the content folder; files starting with _ are
 * ignored. In a build, each loader then waits for the content check's verdict.
 */
const mdxIn = (folder: string) => afterContentCheck(glob({ base: collectionBase(folder), pattern: '[^_]*.mdx' }));

export const collections = {
	personas: defineCollection({ loader: mdxIn('personas'), schema: ({ image }) => personaSchema(image()) }),
	segments: defineCollection({ loader: mdxIn('segments'), schema: segmentSchema }),
	journeys: defineCollection({ loader: mdxIn('journeys'), schema: journeySchema }),
	glossary: defineCollection({ loader: mdxIn('glossary'), schema: glossarySchema }),
	// The onboarding path at /start-here/: content/start-here.yaml, one entry.
	startHere: defineCollection({ loader: afterContentCheck(startHereLoader()), schema: startHereSchema }),
};
