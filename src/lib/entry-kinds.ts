import slugify from '@sindresorhus/slugify';
import { idPattern, type CollectionName } from '../schemas/shared';
import { didYouMean } from './suggest';

/** The kinds of entry a writer can create, as typed on the command line, and their collection. */
export const entryKinds = {
	persona: 'personas',
	segment: 'segments',
	journey: 'journeys',
	term: 'glossary',
} as const satisfies Record<string, CollectionName>;

/** One kind of entry: `persona`, `segment`, `journey` or `term`. */
export type EntryKind = keyof typeof entryKinds;

/** The field that holds an entry's display name, filled from the name the writer gives. */
export const titleFields: Record<EntryKind, string> = {
	persona: 'name',
	segment: 'name',
	journey: 'title',
	term: 'term',
};

/** A mistake in what the writer asked for, with a message meant to be printed as it is. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** Reads a kind from the command line, or explains which kinds exist. */
export function parseKind(value: string | undefined): EntryKind {
	const kinds = Object.keys(entryKinds);
	if (value && Object.hasOwn(entryKinds, value)) return value as EntryKind;
	const suggestion = value ? didYouMean(value, kinds) : '';
	const what = value ? `unknown kind "${value}".` : 'no kind given.';
	throw new UsageError(`${what}${suggestion ? ` ${suggestion}` : ''} The kinds are: ${kinds.join(', ')}.`);
}

/**
 * The id (and file name) for a name: lower-case ASCII words joined by hyphens, so "Ana María
 * Núñez" becomes `ana-maria-nunez`. Fails when nothing usable is left.
 */
export function entryIdFor(name: string): string {
	const id = slugify(name.trim());
	if (!idPattern.test(id)) {
		throw new UsageError(`"${name}" gives no usable file name. Use a name with letters or digits, e.g. "Ada Lopez".`);
	}
	return id;
}
