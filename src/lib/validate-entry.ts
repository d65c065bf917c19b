import type { z } from 'astro/zod';
import { parseFrontmatter } from './frontmatter';
import type { Problem } from './problems';
import type { JsonSchemaNode } from './schema-fields';
import { issuesToProblems } from './zod-messages';

/** An entry whose frontmatter passed its schema. */
export interface ValidEntry<Data = Record<string, unknown>> {
	data: Data;
	body: string;
	bodyLine: number;
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses and validates one MDX entry. Every problem found is returned, not just the first:
 * YAML syntax errors, or else every schema issue.
 */
export function validateEntry(
	file: string,
	source: string,
	schema: z.ZodType,
	jsonSchema: JsonSchemaNode,
): { entry?: ValidEntry; problems: Problem[]; raw?: { data: Record<string, unknown>; lineOf: ValidEntry['lineOf'] } } {
	const parsed = parseFrontmatter(source);
	if (!parsed) {
		return {
			problems: [
				{
					severity: 'error',
					file,
					line: 1,
					field: '',
					message: 'no frontmatter found',
					hint: 'Start the file with a line "---", the fields in YAML, then another "---" line before the text.',
				},
			],
		};
	}
	if (parsed.errors.length > 0) {
		return {
			problems: parsed.errors.map((error) => ({
				severity: 'error',
				file,
				line: error.line,
				field: '',
				message: `the frontmatter is not valid YAML: ${error.message}`,
				hint: 'Check indentation and quote text that contains ": " or starts with a special character.',
			})),
		};
	}
	const result = schema.safeParse(parsed.data, { reportInput: true });
	if (!result.success) {
		const context = { file, lineOf: parsed.lineOf, allowedKeys: (path: readonly PropertyKey[]) => keysAt(jsonSchema, path) };
		// The raw data still takes part in the reference check, so one run reports everything.
		const raw = parsed.data && typeof parsed.data === 'object' ? { data: parsed.data as Record<string, unknown>, lineOf: parsed.lineOf } : undefined;
		return { problems: issuesToProblems(result.error.issues, context), ...(raw ? { raw } : {}) };
	}
	return {
		entry: { data: result.data as Record<string, unknown>, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf },
		problems: [],
	};
}

/** The field names the schema allows in the object at `path` (list indices step into items). */
export function keysAt(schema: JsonSchemaNode, path: readonly PropertyKey[]): string[] {
	let node: JsonSchemaNode | undefined = schema;
	for (const key of path) {
		if (!node) return [];
		node = typeof key === 'number' ? node.items : node.properties?.[String(key)];
		if (node?.anyOf) node = node.anyOf.find((branch) => branch.properties);
	}
	return Object.keys(node?.properties ?? {});
}
