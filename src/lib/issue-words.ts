import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/** The expected type of an issue, in words: `text`, `a list`, `a date (YYYY-MM-DD)`, `text or a group of fields`. */
export function expectedOf(issue: Issue): string {
	if (issue.code === 'invalid_type') return expectedType(issue.expected);
	if (issue.code === 'invalid_value') return `one of ${issue.values.map((v) => show(v)).join(', ')}`;
	if (issue.code === 'invalid_union') {
		const expected = new Set(
			issue.errors.flatMap((branch) =>
				branch
					.filter((i) => i.path.length === 0 && i.code === 'invalid_type')
					.map((i) => (i as { expected: string }).expected),
			),
		);
		// A date may be written as a YAML date or as text; to a writer both are "a date".
		if (expected.has('date')) return expectedType('date');
		return [...expected].map(expectedType).join(' or ');
	}
	return '';
}

/** A zod type name in words: `string` → `text`, `date` → `a date (YYYY-MM-DD)`. */
export function expectedType(expected: string): string {
	const names: Record<string, string> = {
		string: 'text',
		number: 'a number',
		int: 'a whole number',
		boolean: 'true or false',
		array: 'a list',
		object: 'a group of fields',
		date: 'a date written as YYYY-MM-DD',
	};
	return names[expected] ?? expected;
}

/** A value as a writer would recognise it in their YAML: `"text"`, `12`, `2026-03-14`, `a list`. */
export function show(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
	if (value === null) return 'nothing (null)';
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString().slice(0, 10)}`;
	if (ArrayBuffer.isView(value)) return 'binary data';
	if (typeof value === 'object') return 'a group of fields';
	return String(value);
}
