import { plainSchemas } from '../schemas';
import type { CollectionName } from '../schemas/shared';
import { entryKinds, type EntryKind } from './entry-kinds';
import { fieldPathLabel, frontmatterJsonSchema, listFields, type FieldInfo } from './schema-fields';

/** One row of the field reference: everything a writer needs to know about one field. */
export interface FieldRow {
	/** Dotted path as written in YAML, `[]` meaning "each item": `stages[].steps[].score`. */
	field: string;
	/** Nesting depth (0 for top-level fields), for indenting. */
	depth: number;
	type: string;
	/** `yes`, `no`, or `yes, if <parent> is used` for a field required only when its parent is used. */
	required: string;
	/** Allowed values (enums) or the rule a value must follow; empty when any value of the type goes. */
	allowed: string[];
	description: string;
}

/** The collection of each kind, in the order the guide presents them. */
export const referenceKinds = Object.keys(entryKinds) as EntryKind[];

/**
 * The field reference of a collection, generated from its zod schema (through JSON Schema), so
 * the documentation and the validation cannot disagree. Parents come before their fields.
 */
export function fieldReference(collection: CollectionName): FieldRow[] {
	const fields = listFields(frontmatterJsonSchema(plainSchemas[collection]));
	const byLabel = new Map(fields.map((field) => [fieldPathLabel(field.path), field]));
	return fields.map((field) => ({
		field: fieldPathLabel(field.path),
		depth: field.path.filter((part) => part !== '[]').length - 1,
		type: typeOf(field),
		required: requiredness(field, byLabel),
		allowed: allowedOf(field),
		description: field.description,
	}));
}

/** The field reference as a GitHub-flavoured Markdown table. */
export function fieldTableMarkdown(rows: readonly FieldRow[]): string {
	const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
	const lines = ['| Field | Type | Required | Allowed values | Description |', '| --- | --- | --- | --- | --- |'];
	for (const row of rows) {
		const allowed = row.allowed.length
			? row.allowed.map((value) => (/^[\w@./-]+$/.test(value) ? `\`${value}\`` : value)).join(', ')
			: '—';
		lines.push(
			`| \`${row.field}\` | ${cell(row.type)} | ${row.required} | ${cell(allowed)} | ${cell(row.description || '—')} |`,
		);
	}
	return lines.join('\n');
}

// zod's JSON Schema names the collection a reference points into; writers think in singular kinds.
function kindOf(collection: string): string {
	return referenceKinds.find((kind) => entryKinds[kind] === collection) ?? collection;
}

function typeOf(field: FieldInfo): string {
	if (field.reference)
		return field.type.startsWith('list') ? `list of ${kindOf(field.reference)} ids` : `${kindOf(field.reference)} id`;
	if (field.values) return field.type.startsWith('list') ? 'list of choices' : 'choice';
	return field.type;
}

function allowedOf(field: FieldInfo): string[] {
	if (field.values) return field.values;
	if (field.reference) return [`ids of files in content/${field.reference}/`];
	if (field.type.startsWith('date')) return ['YYYY-MM-DD'];
	const last = field.path.at(-1);
	if (last === 'handle') return ['@user or @organisation/team (GitHub)'];
	if (last === 'tags') return ['lower-case words joined by hyphens'];
	if (field.type === 'image path') return ['path relative to the file, starting ./ or ../'];
	if (field.type.startsWith('web address')) return ['http:// or https:// address'];
	return [];
}

// A field required inside an optional parent is only required when the parent is written.
function requiredness(field: FieldInfo, byLabel: Map<string, FieldInfo>): string {
	if (!field.required) return 'no';
	for (let end = field.path.length - 1; end > 0; end--) {
		if (field.path[end - 1] === '[]') continue;
		const parent = byLabel.get(fieldPathLabel(field.path.slice(0, end)));
		if (parent && !parent.required) return `yes, if ${fieldPathLabel(field.path.slice(0, end))} is used`;
	}
	return 'yes';
}
