import { collectionNames, idPattern, type CollectionName } from '../schemas/shared';
import { imageExtensions } from './content-files';
import { checkGlossaryClashes } from './glossary-clashes';
import type { Problem } from './problems';
import { formatFieldPath } from './problems';
import type { FieldInfo } from './schema-fields';
import { didYouMean } from './suggest';

/** An entry that passed its schema, with what the integrity check needs to know about it. */
export interface CheckedEntry {
	collection: CollectionName;
	id: string;
	file: string;
	data: Record<string, unknown>;
	lineOf(path: readonly PropertyKey[]): number | undefined;
	/** False when the frontmatter failed its schema: then only its references are checked. */
	valid?: boolean;
}

/** Options for the cross-entry check. */
export interface IntegrityOptions {
	/** Fields of each collection (from the schemas); those with `reference` are followed. */
	fields: Record<CollectionName, FieldInfo[]>;
	/** Whether a file exists, for paths relative to the project root. */
	fileExists(path: string): boolean;
}

const singular: Record<CollectionName, string> = {
	personas: 'persona',
	segments: 'segment',
	journeys: 'journey',
	glossary: 'glossary term',
};

/**
 * Checks what a schema cannot see because it spans entries: references that lead nowhere,
 * replacements that are themselves retired, journeys that still follow a deprecated persona,
 * glossary aliases that clash, images that are missing. Returns every problem.
 */
export function checkIntegrity(entries: readonly CheckedEntry[], options: IntegrityOptions): Problem[] {
	const ids = new Map<CollectionName, Map<string, CheckedEntry>>(collectionNames.map((c) => [c, new Map()]));
	for (const entry of entries) ids.get(entry.collection)?.set(entry.id, entry);
	const problems: Problem[] = [];
	const report = (entry: CheckedEntry, path: readonly PropertyKey[], message: string, hint?: string) =>
		problems.push({
			severity: 'error',
			file: entry.file,
			line: entry.lineOf(path),
			field: formatFieldPath(path),
			message,
			hint,
		});

	for (const entry of entries) {
		for (const field of options.fields[entry.collection]) {
			const target = field.reference as CollectionName | undefined;
			if (!target) continue;
			for (const { path, value } of valuesAt(entry.data, field.path)) {
				// Values that are not ids at all are the schema's to report.
				if (typeof value !== 'string' || !idPattern.test(value)) continue;
				const targets = ids.get(target)!;
				if (targets.has(value)) {
					if (target === entry.collection && value === entry.id)
						report(entry, path, `"${value}" points at this entry itself`, 'Point it at another entry or remove it.');
					continue;
				}
				const elsewhere = collectionNames.find((c) => c !== target && ids.get(c)!.has(value));
				const suggestion = didYouMean(value, targets.keys(), true);
				const message = elsewhere
					? `"${value}" is a ${singular[elsewhere]}, not a ${singular[target]}`
					: `no ${singular[target]} has the id "${value}"`;
				report(
					entry,
					path,
					message,
					suggestion ||
						`Use the file name (without .mdx) of an entry in ${entry.file.split('/').slice(0, -2).join('/')}/${target}/.`,
				);
			}
		}
	}

	const personas = ids.get('personas')!;
	for (const persona of personas.values()) {
		const successorId = persona.data['supersededBy'];
		const successor = typeof successorId === 'string' ? personas.get(successorId) : undefined;
		if (successor && successor !== persona && successor.data['status'] === 'deprecated') {
			const current = currentSuccessor(successor, personas);
			report(
				persona,
				['supersededBy'],
				`"${successor.id}" is deprecated too, so readers are sent to another retired persona`,
				current && current !== persona ? `Point it at "${current.id}" instead.` : 'Point it at an active persona.',
			);
		}
	}

	for (const journey of ids.get('journeys')!.values()) {
		const status = journey.data['status'];
		if (status === 'deprecated') continue;
		const followed = Array.isArray(journey.data['personas']) ? (journey.data['personas'] as unknown[]) : [];
		followed.forEach((personaId, index) => {
			const persona = typeof personaId === 'string' ? personas.get(personaId) : undefined;
			if (persona?.data['status'] !== 'deprecated') return;
			const current = currentSuccessor(persona, personas);
			const kind = status === 'active' || status === 'draft' ? `${status} journey` : 'journey';
			report(
				journey,
				['personas', index],
				`"${persona.id}" is deprecated, but this ${kind} still follows it`,
				current
					? `Replace it with "${current.id}", or set this journey's status: deprecated.`
					: "Set this journey's status: deprecated.",
			);
		});
	}

	problems.push(...checkGlossaryClashes([...ids.get('glossary')!.values()]));

	for (const persona of personas.values()) {
		const avatar = persona.data['avatar'];
		const src = avatar && typeof avatar === 'object' ? (avatar as { src?: unknown }).src : undefined;
		if (typeof src !== 'string' || !/^\.{1,2}\//.test(src)) continue;
		const folder = persona.file.slice(0, persona.file.lastIndexOf('/'));
		const path = normalise(`${folder}/${src}`);
		if (!options.fileExists(path))
			report(
				persona,
				['avatar', 'src'],
				`image "${src}" not found (looked for ${path})`,
				'Check the file name and its upper and lower case, or remove avatar to show initials.',
			);
		else if (!imageExtensions.test(path))
			report(persona, ['avatar', 'src'], `"${src}" is not an image`, 'Use an svg, png, jpg, webp, avif or gif file.');
	}
	return problems;
}

/** The first persona along a supersededBy chain that is not deprecated; undefined for a dead end or a loop. */
function currentSuccessor(
	persona: CheckedEntry,
	personas: ReadonlyMap<string, CheckedEntry>,
): CheckedEntry | undefined {
	const seen = new Set<CheckedEntry>([persona]);
	let next: CheckedEntry | undefined = persona;
	while (next && next.data['status'] === 'deprecated') {
		const id: unknown = next.data['supersededBy'];
		next = typeof id === 'string' ? personas.get(id) : undefined;
		if (!next || seen.has(next)) return undefined;
		seen.add(next);
	}
	return next;
}

/** Every value found at a field path (`[]` steps into each list item), with its concrete path. */
export function valuesAt(data: unknown, path: readonly string[]): { path: (string | number)[]; value: unknown }[] {
	let found: { path: (string | number)[]; value: unknown }[] = [{ path: [], value: data }];
	for (const part of path) {
		found = found.flatMap(({ path: at, value }) => {
			if (part === '[]') return Array.isArray(value) ? value.map((item, i) => ({ path: [...at, i], value: item })) : [];
			if (value && typeof value === 'object' && part in value)
				return [{ path: [...at, part], value: (value as Record<string, unknown>)[part] }];
			return [];
		});
	}
	// A field whose value is a list of references: step into the items.
	return found.flatMap((f) =>
		Array.isArray(f.value) ? f.value.map((item, i) => ({ path: [...f.path, i], value: item })) : [f],
	);
}

// Resolves . and .. in a forward-slash path, keeping a leading / (an absolute content folder).
function normalise(path: string): string {
	const out: string[] = [];
	for (const part of path.split('/')) {
		if (part === '..') out.pop();
		else if (part !== '.' && part !== '') out.push(part);
	}
	return `${path.startsWith('/') ? '/' : ''}${out.join('/')}`;
}
