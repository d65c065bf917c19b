import { parseFrontmatter } from './frontmatter';
import { formatFieldPath, type Problem } from './problems';

// What `npm run new` writes where the writer must write: "TODO: …" prompts, and "…" in examples.
const placeholder = /^(?:TODO\b|…$|@…$)/;
const bodyPrompt = /^\s*(?:[-*]\s+)?TODO\b/;

/**
 * Problems for text still holding a placeholder from `npm run new`. A draft (which is what the
 * scaffold writes) only gets warnings, so a new file passes the check and can be previewed at
 * once; an active or deprecated entry is published as the truth, so there a TODO is an error
 * and the build refuses it. Entries without a status (glossary terms) get warnings.
 */
export function placeholderWarnings(file: string, source: string): Problem[] {
	const parsed = parseFrontmatter(source);
	if (!parsed || parsed.errors.length > 0) return [];
	const status = (parsed.data as { status?: unknown } | null)?.status;
	const severity: Problem['severity'] = status === 'active' || status === 'deprecated' ? 'error' : 'warning';
	const hintSuffix =
		severity === 'error'
			? ` An ${String(status)} entry is published, so this blocks the build; set status: draft while you write.`
			: '';
	const warnings: Problem[] = [];
	for (const { path, value } of strings(parsed.data, [])) {
		if (!placeholder.test(value.trim())) continue;
		warnings.push({
			severity,
			file,
			line: parsed.lineOf(path),
			field: formatFieldPath(path),
			message: `still holds the placeholder ${JSON.stringify(value)}`,
			hint: `Write the real value, or remove the field if it is optional.${hintSuffix}`,
		});
	}
	parsed.body.split('\n').forEach((line, index) => {
		if (!bodyPrompt.test(line)) return;
		warnings.push({
			severity,
			file,
			line: parsed.bodyLine + index,
			field: '',
			message: 'the text still holds a TODO prompt',
			hint: `Replace the prompt with your own words, or delete it.${hintSuffix}`,
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
