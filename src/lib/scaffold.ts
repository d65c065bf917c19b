import { plainSchemas } from '../schemas';
import type { CollectionName } from '../schemas/shared';
import { entryIdFor, entryKinds, titleFields, UsageError, type EntryKind } from './entry-kinds';
import { frontmatterJsonSchema, type JsonSchemaNode } from './schema-fields';
import { bodyOutline } from './scaffold-outlines';

/** What the scaffold needs to know besides the schema. */
export interface ScaffoldOptions {
	/** Today's date, `YYYY-MM-DD`, for `lastReviewed`. */
	today: string;
	/** Who will own the entry (e.g. from `git config user.name`); a placeholder when unknown. */
	ownerName?: string | undefined;
	/** Ids of the existing entries: listed next to reference fields, and used where one is required. */
	ids?: Partial<Record<CollectionName, readonly string[]>>;
	/** The site's review interval, shown as the example of `reviewEveryMonths`. */
	reviewEveryMonths?: number;
	/** Folder holding the collections; `content` by default. */
	contentDir?: string;
}

/** A new entry, ready to be written. */
export interface Scaffold {
	kind: EntryKind;
	collection: CollectionName;
	id: string;
	/** Project-relative path, e.g. `content/personas/ada-lopez.mdx`. */
	file: string;
	source: string;
	/** Things the writer must know about what was filled in for them. */
	notes: string[];
}

/** Text the writer still has to replace; the check warns about any left behind. */
export const placeholderPrefix = 'TODO';
const example = '…';

type Mode = 'fill' | 'example';
interface Context {
	kind: EntryKind;
	id: string;
	name: string;
	options: ScaffoldOptions;
	notes: string[];
}

/**
 * Writes a new entry from its collection's schema: every field appears, required ones filled
 * with values that pass validation, optional ones as commented-out examples, each with its
 * description; then an outline of the usual sections. References are left commented out, except
 * where the schema requires one (a journey's personas), which gets an existing id.
 */
export function scaffoldEntry(kind: EntryKind, name: string, options: ScaffoldOptions): Scaffold {
	const trimmed = name.trim();
	const id = entryIdFor(trimmed);
	const collection = entryKinds[kind];
	const context: Context = { kind, id, name: trimmed, options, notes: [] };
	const schema = frontmatterJsonSchema(plainSchemas[collection]);
	const header = [
		`# A new ${kind}. Required fields are filled in: replace every "${placeholderPrefix}". Optional fields are`,
		'# commented out: remove the "# " in front of the ones you need and delete the rest if you like.',
		'# Every field is explained in CONTRIBUTING.md and on the site at /contributing/.',
	];
	const frontmatter = [...header, ...objectLines(schema, 0, 'fill', [], context)];
	const source = `---\n${frontmatter.join('\n')}\n---\n\n${bodyOutline(kind, trimmed)}`;
	const file = `${options.contentDir ?? 'content'}/${collection}/${id}.mdx`;
	return { kind, collection, id, file, source, notes: context.notes };
}

function objectLines(node: JsonSchemaNode, indent: number, mode: Mode, path: string[], context: Context): string[] {
	const entries = Object.entries(node.properties ?? {});
	const render = (force: string | undefined) =>
		entries.flatMap(([key, child]) => {
			const required = (node.required ?? []).includes(key) || key === force || isTitle(context, [...path, key]);
			return fieldLines(key, child, required, indent, mode, [...path, key], context);
		});
	const lines = render(undefined);
	// An object whose fields are all optional may still need one (segment criteria): fill the first.
	const allCommented = lines.every((line) => line.trimStart().startsWith('#'));
	return mode === 'fill' && allCommented && entries[0] ? render(entries[0][0]) : lines;
}

function fieldLines(
	key: string,
	node: JsonSchemaNode,
	required: boolean,
	indent: number,
	mode: Mode,
	path: string[],
	context: Context,
): string[] {
	const description = describe(node, context);
	// Inside a filled list item (a journey stage), a list of objects is shown filled: an empty stage teaches nothing.
	const fill = mode === 'fill' && (required || (path.includes('[]') && objectItems(node) !== undefined));
	if (fill) return [...comment(description, indent), ...valueLines(key, node, indent, 'fill', path, context)];
	const lines = valueLines(key, node, indent, 'example', path, context);
	if (mode === 'example') {
		if (description) lines[0] = `${lines[0]}  # ${description}`;
		return lines;
	}
	const pad = ' '.repeat(indent);
	return [
		...comment(`${description} Optional.`.trim(), indent),
		...lines.map((line) => `${pad}# ${line.slice(indent)}`),
	];
}

function valueLines(
	key: string,
	node: JsonSchemaNode,
	indent: number,
	mode: Mode,
	path: string[],
	context: Context,
): string[] {
	const pad = ' '.repeat(indent);
	const object = objectBranch(node);
	if (object) return [`${pad}${key}:`, ...objectLines(object, indent + 2, mode, path, context)];
	const items = node.type === 'array' ? node.items : undefined;
	if (items) {
		const itemObject = objectItems(node);
		if (itemObject) {
			const lines = objectLines(itemObject, indent + 4, mode, [...path, '[]'], context);
			const first = lines.findIndex((line) => !line.trimStart().startsWith('#'));
			const dashed = lines.map((line, i) => {
				if (i < first) return `${pad}  ${line.trimStart()}`;
				return i === first ? `${pad}  - ${line.slice(indent + 4)}` : line;
			});
			return [`${pad}${key}:`, ...dashed];
		}
		return [`${pad}${key}:`, `${pad}  - ${scalar(items, mode, [...path, '[]'], context)}`];
	}
	return [`${pad}${key}: ${scalar(node, mode, path, context)}`];
}

function scalar(node: JsonSchemaNode, mode: Mode, path: string[], context: Context): string {
	const label = path.filter((p) => p !== '[]').join('.');
	if (isTitle(context, path)) return JSON.stringify(context.name);
	if (node.reference) return reference(node.reference as CollectionName, mode, label, context);
	if (node.enum) {
		const values = node.enum.map(String);
		return values.includes('draft') ? 'draft' : (values[0] ?? '');
	}
	if (isDate(node)) return context.options.today;
	if (node.format === 'uri') return 'https://example.com/research/report';
	if (node.format === 'image-path') return `./avatars/${context.id}.jpg`;
	if (node.type === 'boolean') return 'true';
	if (node.type === 'integer' || node.type === 'number') return String(numberExample(node, label, context));
	if (label === 'owner.name')
		return JSON.stringify(context.options.ownerName ?? `${placeholderPrefix}: your name or team`);
	if (label === 'owner.handle') return '"@…"';
	if (mode === 'example') return example;
	return JSON.stringify(`${placeholderPrefix}: ${placeholderLabel(path)}`);
}

// "stage name" rather than "name" for stages[].name: the writer sees which name is meant.
function placeholderLabel(path: readonly string[]): string {
	const keys = path.filter((p) => p !== '[]');
	const key = words(keys.at(-1) ?? 'text');
	const parent = path.at(-2) === '[]' ? keys.at(-2) : undefined;
	return parent ? `${words(parent).replace(/s$/, '')} ${key}` : key;
}

function reference(collection: CollectionName, mode: Mode, label: string, context: Context): string {
	const [first] = context.options.ids?.[collection] ?? [];
	if (mode === 'example') return first ?? `<${singular(collection)} id>`;
	if (!first) {
		throw new UsageError(
			`a ${context.kind} needs at least one ${singular(collection)} in ${label}, and there is none yet. Create one first with: npm run new -- ${singular(collection)} "<Name>"`,
		);
	}
	context.notes.push(
		`${label} is set to "${first}" so the file passes the check — replace it with the right ${singular(collection)} id(s).`,
	);
	return first;
}

// Plausible examples where the bounds alone would suggest a silly one (an age range of 1–1).
const numberExamples: Record<string, number> = {
	'demographics.age.min': 30,
	'demographics.age.max': 45,
	'evidence.sampleSize': 12,
	'size.count': 1000,
	'size.share': 10,
};

function numberExample(node: JsonSchemaNode, label: string, context: Context): number {
	if (label === 'reviewEveryMonths') return context.options.reviewEveryMonths ?? 12;
	if (numberExamples[label] !== undefined) return numberExamples[label];
	const min = node.minimum ?? 0;
	const max = node.maximum !== undefined && node.maximum < 1e15 ? node.maximum : undefined;
	if (max !== undefined && max <= 10) return Math.round((min + max) / 2);
	return Math.max(min, 1);
}

/** The description of a field for its comment, with the allowed values and, for references, the ids. */
function describe(node: JsonSchemaNode, context: Context): string {
	const parts = [node.description ?? objectBranch(node)?.description ?? ''];
	const values = node.enum ?? node.items?.enum;
	if (values) parts.push(`One of: ${values.join(', ')}.`);
	const target = (node.reference ?? node.items?.reference) as CollectionName | undefined;
	const ids = target ? (context.options.ids?.[target] ?? []) : [];
	if (target && ids.length > 0)
		parts.push(`Ids: ${ids.slice(0, 6).join(', ')}${ids.length > 6 ? `, … (${ids.length} in all)` : ''}.`);
	return parts.filter(Boolean).join(' ');
}

function comment(text: string, indent: number): string[] {
	if (!text) return [];
	const pad = ' '.repeat(indent);
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && line.length + word.length + 1 > 100 - indent - 2) {
			lines.push(`${pad}# ${line}`);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(`${pad}# ${line}`);
	return lines;
}

function isTitle(context: Context, path: readonly string[]): boolean {
	return path.length === 1 && path[0] === titleFields[context.kind];
}
function isDate(node: JsonSchemaNode): boolean {
	return node.format === 'date' || Boolean(node.anyOf?.every((branch) => branch.format === 'date'));
}
function objectBranch(node: JsonSchemaNode): JsonSchemaNode | undefined {
	if (node.type === 'object' && node.properties) return node;
	return node.anyOf?.find((branch) => branch.type === 'object' && branch.properties);
}
function objectItems(node: JsonSchemaNode): JsonSchemaNode | undefined {
	return node.type === 'array' && node.items ? objectBranch(node.items) : undefined;
}
function words(key: string): string {
	return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
function singular(collection: CollectionName): string {
	return (Object.keys(entryKinds) as EntryKind[]).find((k) => entryKinds[k] === collection) ?? collection;
}
