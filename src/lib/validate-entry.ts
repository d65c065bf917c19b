import type { z } from 'astro/zod';
import { parseFrontmatter } from './frontmatter';
import { sortProblems, type Problem } from './problems';
import { parentsOfField, schemaAt, type JsonSchemaNode } from './schema-fields';
import { friendlyErrorMap, issuesToProblems, type IssueContext } from './zod-messages';

/** An entry whose frontmatter passed its schema. */
export interface ValidEntry<Data = Record<string, unknown>> {
	data: Data;
	body: string;
	bodyLine: number;
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** What `validateEntry` found: the entry when valid, the problems, and raw data for the reference check. */
export interface ValidationResult {
	entry?: ValidEntry;
	problems: Problem[];
	/** Frontmatter that parsed as YAML but failed its schema: its references are still checked. */
	raw?: { data: Record<string, unknown>; lineOf: ValidEntry['lineOf'] };
}

/**
 * Parses and validates one MDX entry. Every problem found is returned, not just the first:
 * fence and YAML syntax errors, or else every schema issue. Never throws.
 */
export function validateEntry(
	file: string,
	source: string,
	schema: z.ZodType,
	jsonSchema: JsonSchemaNode,
): ValidationResult {
	const parsed = parseFrontmatter(source);
	if (!parsed) {
		const hint = 'Start the file with a line "---", the fields in YAML, then another "---" line before the text.';
		return { problems: [{ severity: 'error', file, line: 1, field: '', message: 'no frontmatter found', hint }] };
	}
	if (parsed.errors.length > 0) {
		return {
			problems: parsed.errors.map((error) => ({
				severity: 'error',
				file,
				line: error.line,
				field: '',
				message: error.message,
				hint: error.hint,
			})),
		};
	}
	let result: ReturnType<z.ZodType['safeParse']>;
	try {
		result = schema.safeParse(parsed.data, { reportInput: true, error: friendlyErrorMap });
	} catch (error) {
		// Zod recurses through the data; pathological YAML (deep nesting) must not crash the check.
		const message = `the frontmatter could not be checked: ${error instanceof Error ? error.message : String(error)}`;
		return {
			problems: [
				{
					severity: 'error',
					file,
					line: parsed.lineOf([]),
					field: '',
					message,
					hint: 'Simplify the frontmatter: fields nest a few levels at most.',
				},
			],
		};
	}
	if (!result.success) {
		const context: IssueContext = {
			file,
			lineOf: parsed.lineOf,
			allowedKeys: (path) => keysAt(jsonSchema, path),
			fieldAt: (path) => schemaAt(jsonSchema, path),
			parentsOf: (key) => parentsOfField(jsonSchema, key),
		};
		// The raw data still takes part in the reference check, so one run reports everything.
		const isRecord = parsed.data !== null && typeof parsed.data === 'object' && !Array.isArray(parsed.data);
		const raw = isRecord ? { data: parsed.data as Record<string, unknown>, lineOf: parsed.lineOf } : undefined;
		return { problems: sortProblems(issuesToProblems(result.error.issues, context)), ...(raw ? { raw } : {}) };
	}
	return {
		entry: {
			data: result.data as Record<string, unknown>,
			body: parsed.body,
			bodyLine: parsed.bodyLine,
			lineOf: parsed.lineOf,
		},
		problems: [],
	};
}

/** The field names the schema allows in the object at `path` (list indices step into items). */
export function keysAt(schema: JsonSchemaNode, path: readonly PropertyKey[]): string[] {
	let node = schemaAt(schema, path);
	if (node?.anyOf) node = node.anyOf.find((branch) => branch.properties);
	return Object.keys(node?.properties ?? {});
}
