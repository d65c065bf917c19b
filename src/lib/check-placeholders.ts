import { parseFrontmatter } from './frontmatter';
import { formatFieldPath, type Problem } from './problems';

// What `npm run new` writes where the writer must write: "TODO: …" prompts, and "…" in examples.
const placeholder = /^(?:TODO\b|…$|@…$)/;
const bodyPrompt = /^\s*(?:[-*]\s+)?TODO\b/;

/**
 * Warnings for text still holding a placeholder from `npm run new`: the scaffold passes the
 * check so a writer can build it at once, but nothing should be published with a TODO in it.
 */
export function placeholderWarnings(file: string, source: string): Problem[] {
	const parsed = parseFrontmatter(source);
	if (!parsed || parsed.errors.length > 0) return [];
	const warnings: Problem[] = [];
	for (const { path, value } of strings(parsed.data, [])) {
		if (!placeholder.test(value.trim())) continue;
		warnings.push({
			severity: 'warning',
			file,
			line: parsed.lineOf(path),
			field: formatFieldPath(path),
			message: `still holds the placeholder ${JSON.stringify(value)}`,
			hint: 'Write the real value, or remove the field if it is optional.',
		});
	}
	parsed.body.split('\n').forEach((line, index) => {
		if (!bodyPrompt.test(line)) return;
		warnings.push({
			severity: 'warning',
			file,
			line: parsed.bodyLine + index,
			field: '',
			message: 'the text still holds a TODO prompt',
			hint: 'Replace the prompt with your own words, or delete it.',
		});
	});
	return warnings;
}

function strings(value: unknown, path: (string | number)[]): { path: (string | number)[]; value: string }[] {
	if (typeof value === 'string') return [{ path, value }];
	if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, [...path, i]));
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
	}
	return [];
}
