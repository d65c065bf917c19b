import { z } from 'astro/zod';

/** A JSON Schema node as zod writes it, with our own metadata keys. */
export interface JsonSchemaNode {
	type?: string | string[];
	properties?: Record<string, JsonSchemaNode>;
	required?: string[];
	items?: JsonSchemaNode;
	anyOf?: JsonSchemaNode[];
	enum?: unknown[];
	const?: unknown;
	default?: unknown;
	description?: string;
	format?: string;
	reference?: string;
	minimum?: number;
	maximum?: number;
	minItems?: number;
	maxLength?: number;
	pattern?: string;
	additionalProperties?: boolean | JsonSchemaNode;
	[key: string]: unknown;
}

/** One field of an entry's frontmatter, flattened for tables, scaffolds and checks. */
export interface FieldInfo {
	/** Path with `[]` for "every item", e.g. `['stages', '[]', 'steps', '[]', 'score']`. */
	path: string[];
	/** Readable type: `text`, `list of text`, `whole number 1–5`, `one of: a, b`, `object`, … */
	type: string;
	required: boolean;
	/** Allowed values, for enums. */
	values?: string[];
	description: string;
	/** The collection a reference field points into. */
	reference?: string;
	defaultValue?: unknown;
}

/**
 * Frontmatter JSON Schema of a zod schema, as writers type it (`io: 'input'`: fields with
 * defaults are optional). Dates accept YAML dates; image paths are strings.
 */
export function frontmatterJsonSchema(schema: z.ZodType): JsonSchemaNode {
	return z.toJSONSchema(schema, {
		io: 'input',
		unrepresentable: 'any',
		override(ctx) {
			const def = (ctx.zodSchema as unknown as { _zod: { def: { type: string } } })._zod.def;
			if (def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
		},
	}) as JsonSchemaNode;
}

/** Flattens a JSON Schema into fields, parents before children, in declaration order. */
export function listFields(root: JsonSchemaNode): FieldInfo[] {
	const fields: FieldInfo[] = [];
	const visit = (node: JsonSchemaNode, path: string[], required: boolean) => {
		const object = objectOf(node);
		if (path.length > 0) fields.push(describe(node, path, required));
		if (object?.properties) {
			for (const [key, child] of Object.entries(object.properties)) {
				visit(child, [...path, key], (object.required ?? []).includes(key));
			}
			return;
		}
		const item = node.type === 'array' ? node.items : undefined;
		const itemObject = item ? objectOf(item) : undefined;
		if (item && itemObject?.properties) {
			for (const [key, child] of Object.entries(itemObject.properties)) {
				visit(child, [...path, '[]', key], (itemObject.required ?? []).includes(key));
			}
		}
	};
	visit(root, [], true);
	return fields;
}

/**
 * The JSON Schema of the value at a concrete path (`['stages', 0, 'name']`): list indices step
 * into items, and a field that is one of several shapes (`age`: text or `{ min, max }`) steps
 * into the shape that has the next key.
 */
export function schemaAt(root: JsonSchemaNode, path: readonly PropertyKey[]): JsonSchemaNode | undefined {
	let node: JsonSchemaNode | undefined = root;
	for (const key of path) {
		if (node?.anyOf) node = node.anyOf.find((branch) => (typeof key === 'number' ? branch.items : branch.properties));
		if (!node) return undefined;
		node = typeof key === 'number' ? node.items : node.properties?.[String(key)];
	}
	return node;
}

/** Where a field name is used anywhere in the schema, as display paths of its parents (`demographics`). */
export function parentsOfField(root: JsonSchemaNode, key: string): string[] {
	return listFields(root)
		.filter((field) => field.path.at(-1) === key && field.path.length > 1)
		.map((field) => fieldPathLabel(field.path.slice(0, -1)));
}

/** Field paths joined for display: `stages[].steps[].score`. */
export function fieldPathLabel(path: readonly string[]): string {
	return path.map((part, i) => (part === '[]' ? '[]' : i === 0 ? part : `.${part}`)).join('');
}

// An object node, directly or as the object branch of an anyOf (age: text or {min, max}).
function objectOf(node: JsonSchemaNode): JsonSchemaNode | undefined {
	if (node.type === 'object' && node.properties) return node;
	return node.anyOf?.find((branch) => branch.type === 'object' && branch.properties);
}

function describe(node: JsonSchemaNode, path: string[], required: boolean): FieldInfo {
	const info: FieldInfo = { path, type: typeLabel(node), required, description: node.description ?? '' };
	const values = node.enum ?? node.items?.enum;
	if (values) info.values = values.map(String);
	const reference = node.reference ?? node.items?.reference;
	if (reference) info.reference = reference;
	if (node.default !== undefined) info.defaultValue = node.default;
	return info;
}

/** A short, human type for a JSON Schema node. */
export function typeLabel(node: JsonSchemaNode): string {
	if (node.anyOf) {
		if (node.format === 'date' || node.anyOf.every((n) => n.format === 'date')) return 'date (YYYY-MM-DD)';
		return node.anyOf.map(typeLabel).join(' or ');
	}
	if (node.reference) return `id of a ${node.reference} entry`;
	if (node.enum) return `one of: ${node.enum.join(', ')}`;
	if (node.format === 'date') return 'date (YYYY-MM-DD)';
	if (node.format === 'image-path') return 'image path';
	if (node.format === 'uri') return 'web address (URL)';
	switch (node.type) {
		case 'string':
			return 'text';
		case 'boolean':
			return 'true or false';
		case 'integer':
			return `whole number${range(node)}`;
		case 'number':
			return `number${range(node)}`;
		case 'array': {
			const item = node.items;
			if (!item) return 'list';
			if (item.reference) return `list of ${item.reference} ids`;
			if (item.type === 'object') return 'list of objects';
			return `list of ${typeLabel(item)}`;
		}
		case 'object':
			return 'object';
		default:
			return 'any';
	}
}

function range(node: JsonSchemaNode): string {
	// zod writes ±Number.MAX_SAFE_INTEGER as the bounds of plain integers; those are no real limits.
	const maximum = node.maximum !== undefined && node.maximum < 1e15 ? node.maximum : undefined;
	const minimum = node.minimum !== undefined && node.minimum > -1e15 ? node.minimum : undefined;
	if (minimum !== undefined && maximum !== undefined) return ` ${minimum}–${maximum}`;
	if (minimum !== undefined) return ` ≥ ${minimum}`;
	if (maximum !== undefined) return ` ≤ ${maximum}`;
	return '';
}
