import type { z } from 'astro/zod';
import type { Problem } from './problems';
import { formatFieldPath } from './problems';
import type { JsonSchemaNode } from './schema-fields';
import { expectedOf, show } from './issue-words';
import { didYouMean } from './suggest';
import { hintFor, unknownKeyHint } from './zod-hints';

type Issue = z.core.$ZodIssue;

/** Where an issue happened and what the writer could have typed there. */
export interface IssueContext {
	file: string;
	lineOf(path: readonly PropertyKey[]): number | undefined;
	/** Keys allowed in the object at a path (for did-you-mean on unknown keys). */
	allowedKeys(path: readonly PropertyKey[]): string[];
	/** The JSON Schema of the field at a path: its description, pattern, reference target. */
	fieldAt?(path: readonly PropertyKey[]): JsonSchemaNode | undefined;
	/** The parents of every field with this name (`demographics` for `age`), for misplaced fields. */
	parentsOf?(key: string): string[];
}

/**
 * Plain-words messages for the checks zod describes in its own terms ("Too small: expected
 * number to be >=1"). Pass it as `error` to `safeParse`; messages set in a schema still win.
 */
export const friendlyErrorMap: z.core.$ZodErrorMap = (issue) => {
	const count = (n: number | bigint, one: string) => `${n} ${one}${Number(n) === 1 ? '' : 's'}`;
	switch (issue.code) {
		case 'too_small':
			if (issue.origin === 'array') return `needs at least ${count(issue.minimum, 'item')}`;
			if (issue.origin === 'string')
				return Number(issue.minimum) <= 1
					? 'must not be empty'
					: `must be at least ${count(issue.minimum, 'character')} long`;
			return issue.inclusive === false ? `must be more than ${issue.minimum}` : `must be at least ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'array') return `may have at most ${count(issue.maximum, 'item')}`;
			if (issue.origin === 'string') return `must be at most ${count(issue.maximum, 'character')} long`;
			return issue.inclusive === false ? `must be less than ${issue.maximum}` : `must be at most ${issue.maximum}`;
		case 'invalid_format':
			if (issue.format === 'url') return 'expected a web address such as https://example.com/report';
			if (issue.format === 'date') return 'expected a date written as YYYY-MM-DD, like 2026-03-14';
			return `does not have the expected form${issue.format === 'regex' ? '' : ` (${issue.format})`}`;
		case 'not_multiple_of':
			return `must be a multiple of ${issue.divisor}`;
		default:
			return undefined;
	}
};

/**
 * Turns zod's issues into problems a writer can act on: the field, the bad value, what was
 * expected and a hint. Unknown keys become one problem each, with the closest allowed key; a
 * value that is one of several shapes is explained in terms of the shape it was written in.
 */
export function issuesToProblems(issues: readonly Issue[], context: IssueContext): Problem[] {
	return issues.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => {
				const path = [...issue.path, key];
				return problem(context, path, `unknown field "${key}"`, unknownKeyHint(key, issue.path, context));
			});
		}
		if (issue.code === 'invalid_union') {
			const shaped = shapedBranch(issue, context);
			if (shaped)
				return issuesToProblems(
					shaped.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue),
					context,
				);
		}
		return [problem(context, issue.path, describeIssue(issue), hintFor(issue, context))];
	});
}

function problem(
	context: IssueContext,
	path: readonly PropertyKey[],
	message: string,
	hint: string | undefined,
): Problem {
	return {
		severity: 'error',
		file: context.file,
		line: context.lineOf(path),
		field: formatFieldPath(path),
		message,
		hint,
	};
}

// The one branch of a union whose shape the value has (an object for `age: { mn: 30 }`), if any.
// An object none of whose keys is even close to the branch's fields was most likely text with an
// unquoted ": " (`- I said: hello`), so it is explained as text instead.
function shapedBranch(issue: Extract<Issue, { code: 'invalid_union' }>, context: IssueContext): Issue[] | undefined {
	const fits = issue.errors.filter(
		(branch) => branch.length > 0 && !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
	);
	const [branch] = fits;
	if (fits.length !== 1 || !branch) return undefined;
	const keys = Object.keys(isRecord(issue.input) ? issue.input : {});
	const unknown = new Set(
		branch.flatMap((inner) => (inner.code === 'unrecognized_keys' && inner.path.length === 0 ? inner.keys : [])),
	);
	const allowed = context.allowedKeys(issue.path);
	const strayText = keys.length > 0 && keys.every((key) => unknown.has(key) && !didYouMean(key, allowed));
	return strayText ? undefined : branch;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function describeIssue(issue: Issue): string {
	const found = 'input' in issue ? issue.input : undefined;
	const expected = expectedOf(issue);
	if (expected && found === undefined) return `is required but missing (expected ${expected})`;
	if (expected && found === null) return `is empty (expected ${expected})`;
	switch (issue.code) {
		case 'invalid_type':
		case 'invalid_union':
			return `expected ${expected}, found ${show(found)}`;
		case 'invalid_value':
			return `${show(found)} is not allowed; expected ${expected}`;
		default:
			if (typeof found === 'string' && (issue.code === 'too_big' || issue.code === 'too_small')) {
				return found.length === 0
					? issue.message
					: `${issue.message} (it has ${found.length} character${found.length === 1 ? '' : 's'})`;
			}
			if (Array.isArray(found) && found.length > 0 && (issue.code === 'too_big' || issue.code === 'too_small'))
				return `${issue.message} (it has ${found.length})`;
			return found === undefined || (typeof found === 'object' && !(found instanceof Date))
				? issue.message
				: `${issue.message} (found ${show(found)})`;
	}
}
