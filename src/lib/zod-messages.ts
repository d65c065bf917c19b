import type { z } from 'astro/zod';
import type { Problem } from './problems';
import { formatFieldPath } from './problems';
import { didYouMean } from './suggest';

type Issue = z.core.$ZodIssue;

/** Where an issue happened and what the writer could have typed there. */
export interface IssueContext {
	file: string;
	lineOf(path: readonly PropertyKey[]): number | undefined;
	/** Keys allowed in the object at a path (for did-you-mean on unknown keys). */
	allowedKeys(path: readonly PropertyKey[]): string[];
}

/**
 * Turns zod's issues into problems a writer can act on: the field, the bad value, what was
 * expected and a hint. Unknown keys become one problem each, with the closest allowed key.
 */
export function issuesToProblems(issues: readonly Issue[], context: IssueContext): Problem[] {
	return issues.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => {
				const path = [...issue.path, key];
				const suggestion = didYouMean(key, context.allowedKeys(issue.path));
				return problem(context, path, `unknown field "${key}"`, suggestion ? `${suggestion} Unknown fields are not kept, so a typo would lose data.` : `Remove it, or check the field reference for where it belongs.`);
			});
		}
		return [problem(context, issue.path, describeIssue(issue), hintFor(issue))];
	});
}

function problem(context: IssueContext, path: readonly PropertyKey[], message: string, hint: string | undefined): Problem {
	return { severity: 'error', file: context.file, line: context.lineOf(path), field: formatFieldPath(path), message, hint };
}

function describeIssue(issue: Issue): string {
	const found = 'input' in issue ? issue.input : undefined;
	switch (issue.code) {
		case 'invalid_type':
			if (found === undefined) return `is required but missing (expected ${expectedType(issue.expected)})`;
			return `expected ${expectedType(issue.expected)}, found ${show(found)}`;
		case 'invalid_value':
			if (found === undefined) return `is required but missing (expected one of ${issue.values.map((v) => show(v)).join(', ')})`;
			return `${show(found)} is not allowed; expected one of ${issue.values.map((v) => show(v)).join(', ')}`;
		case 'invalid_union': {
			// A union (like age: text or { min, max }) names the branch closest to what was written.
			const branches = issue.errors.map((branch) => branch.map(describeIssue).join('; '));
			return found === undefined ? 'is required but missing' : `${show(found)} does not fit: ${branches.join(' / or: ')}`;
		}
		default:
			return found === undefined || typeof found === 'object' ? issue.message : `${issue.message} (found ${show(found)})`;
	}
}

function hintFor(issue: Issue): string | undefined {
	if (issue.code === 'invalid_value' && 'input' in issue && typeof issue.input === 'string') {
		const suggestion = didYouMean(issue.input, issue.values.map(String));
		if (suggestion) return suggestion;
	}
	if (issue.code === 'invalid_type' && issue.expected === 'array' && 'input' in issue && typeof issue.input === 'string') {
		return 'Write a list: put each item on its own line starting with "- ", or use [a, b].';
	}
	if (issue.code === 'invalid_type' && !('input' in issue && issue.input !== undefined)) {
		return 'Add this field; see /contributing/ for what it holds.';
	}
	return undefined;
}

function expectedType(expected: string): string {
	const names: Record<string, string> = {
		string: 'text',
		number: 'a number',
		int: 'a whole number',
		boolean: 'true or false',
		array: 'a list',
		object: 'a group of fields (an object)',
		date: 'a date (YYYY-MM-DD)',
	};
	return names[expected] ?? expected;
}

function show(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
	if (value === null) return 'nothing (null)';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') return 'a group of fields';
	return String(value);
}
