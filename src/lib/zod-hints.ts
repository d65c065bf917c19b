import slugify from '@sindresorhus/slugify';
import type { z } from 'astro/zod';
import { didYouMean } from './suggest';
import { expectedOf, expectedType } from './issue-words';
import type { IssueContext } from './zod-messages';

type Issue = z.core.$ZodIssue;

/**
 * What to do about an unknown field: the allowed field it is probably a typo of, or the group
 * it belongs in (`age` → under `demographics`).
 */
export function unknownKeyHint(key: string, parent: readonly PropertyKey[], context: IssueContext): string {
	const suggestion = didYouMean(key, context.allowedKeys(parent));
	if (suggestion) return `${suggestion} Unknown fields are not kept, so a typo would lose data.`;
	const homes = context.parentsOf?.(key) ?? [];
	if (homes.length === 1) return `It belongs in ${homes[0]}: indent it under "${homes[0]}:".`;
	if (homes.length > 1)
		return `It belongs in ${homes.slice(0, -1).join(', ')} or ${homes.at(-1)}: indent it under one of them.`;
	return 'Remove it, or check the field reference for where it belongs.';
}

const colonHint = 'Text that contains ": " must be in quotes, e.g. - "Saving money: every month counts".';

/** A hint for one schema issue, or undefined when the message says it all. */
export function hintFor(issue: Issue, context: IssueContext): string | undefined {
	const found = 'input' in issue ? issue.input : undefined;
	const key = String(issue.path.at(-1) ?? 'the field');
	if (
		found === undefined &&
		(issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')
	) {
		const keys = issue.code === 'invalid_type' && issue.expected === 'object' ? context.allowedKeys(issue.path) : [];
		if (keys.length > 0) return `Add "${key}:" with its fields indented below it: ${keys.join(', ')}.`;
		return 'Add this field; see /contributing/ for what it holds.';
	}
	if (found === null) {
		return typeof issue.path.at(-1) === 'number'
			? 'Write the item after "- ", or delete the empty item.'
			: `Write a value after "${key}:", or delete the line if the field is optional.`;
	}
	switch (issue.code) {
		case 'invalid_value':
			return typeof found === 'string' ? didYouMean(found, issue.values.map(String)) || undefined : undefined;
		case 'invalid_type':
			return typeHint(issue.expected, found, key, issue.path, context);
		case 'invalid_union': {
			const expected = expectedOf(issue);
			if (expected === expectedType('date')) return 'Write it as YYYY-MM-DD, like 2026-03-14.';
			// Text or a group of fields (a quote, an age): a bare number or date still needs quotes, and
			// a group of unknown fields is most likely text with an unquoted ": ".
			if (/^text\b/.test(expected) && isPlainObject(found)) return colonHint;
			return (/^text\b/.test(expected) ? quoteHint(found) : undefined) ?? context.fieldAt?.(issue.path)?.description;
		}
		case 'invalid_format':
			return typeof found === 'string' ? formatHint(found, issue, context) : undefined;
		default:
			return undefined;
	}
}

function typeHint(
	expected: string,
	found: unknown,
	key: string,
	path: readonly PropertyKey[],
	context: IssueContext,
): string | undefined {
	if (expected === 'string' && quoteHint(found)) return quoteHint(found);
	if (expected === 'string' && Array.isArray(found)) {
		return 'Each item is one line of text after "- "; a nested list is not allowed here.';
	}
	if (expected === 'string' && isPlainObject(found)) return colonHint;
	if (expected === 'array' && typeof found === 'string') {
		return 'Write a list: put each item on its own line starting with "- ", or use [a, b].';
	}
	if (
		(expected === 'number' || expected === 'int') &&
		typeof found === 'string' &&
		found.trim() !== '' &&
		!Number.isNaN(Number(found))
	) {
		return `Write the number without quotes: ${key}: ${found.trim()}.`;
	}
	if (expected === 'boolean' && typeof found === 'string') {
		return /^(true|false)$/i.test(found.trim())
			? `Write it without quotes: ${key}: ${found.trim().toLowerCase()}.`
			: 'Write true or false.';
	}
	if (expected === 'object') {
		const keys = context.allowedKeys(path);
		if (path.length === 0)
			return `The frontmatter is a group of fields, one "field: value" per line: ${keys.join(', ')}.`;
		if (keys.length > 0) return `Write it as fields indented under "${key}:" — ${keys.join(', ')}.`;
	}
	return context.fieldAt?.(path)?.description;
}

// Numbers, true/false and dates written where text belongs.
function quoteHint(found: unknown): string | undefined {
	if (typeof found !== 'number' && typeof found !== 'boolean' && !(found instanceof Date)) return undefined;
	const asText = found instanceof Date ? found.toISOString().slice(0, 10) : String(found);
	const kind = found instanceof Date ? 'date' : typeof found;
	return `Put it in quotes ("${asText}"): YAML reads an unquoted ${kind} as a ${kind}, not as text.`;
}

// A corrected value that fits the field's pattern, when an obvious one exists.
function formatHint(
	found: string,
	issue: Extract<Issue, { code: 'invalid_format' }>,
	context: IssueContext,
): string | undefined {
	const field = context.fieldAt?.(issue.path);
	const pattern =
		('pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : undefined) ?? field?.pattern;
	if (pattern) {
		const fits = (candidate: string) => candidate !== found && safeTest(pattern, candidate);
		const candidates = [slugify(found), `./${found.replace(/^\/+/, '')}`, `@${found.replace(/^@+/, '')}`];
		const fix = candidates.find(fits);
		if (fix) return `Write it as "${fix}".`;
	}
	if (issue.format === 'url' && !/^[a-z][a-z0-9+.-]*:/i.test(found) && /\.[a-z]{2,}/i.test(found)) {
		return `Write the whole address: "https://${found.replace(/^\/+/, '')}".`;
	}
	const date = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(found);
	if (date) {
		const padded = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
		return padded === found ? 'Check the day and the month.' : `Write it as ${padded}.`;
	}
	if (/^\d{1,2}[./]\d{1,2}[./]\d{4}$/.test(found)) return 'Write the year first: YYYY-MM-DD, like 2026-03-14.';
	if (field?.reference) return `Use the file name (without .mdx) of an entry in content/${field.reference}/.`;
	return undefined;
}

// Zod gives patterns as `/source/flags`, JSON Schema as the bare source.
function safeTest(pattern: string, value: string): boolean {
	const literal = /^\/([\s\S]*)\/([a-z]*)$/.exec(pattern);
	try {
		return (literal ? new RegExp(literal[1]!, literal[2]) : new RegExp(pattern)).test(value);
	} catch {
		return false;
	}
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		!(value instanceof Date) &&
		!ArrayBuffer.isView(value)
	);
}
