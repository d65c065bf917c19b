import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startHereSchema } from '../schemas/start-here';
import type { CheckedEntry } from './integrity';
import type { Problem } from './problems';
import { frontmatterJsonSchema } from './schema-fields';
import { startHereFile, stepTarget } from './start-here';
import { closestMatches } from './suggest';
import { validateEntry } from './validate-entry';

const jsonSchema = frontmatterJsonSchema(startHereSchema);
const singular = { glossary: 'glossary term', personas: 'persona', segments: 'segment', journeys: 'journey' };

/**
 * Checks the onboarding path: YAML syntax, the schema (with the same friendly messages as
 * entries), and that every step opens an entry that exists, once, and is not deprecated.
 * @param file The path shown in problems, e.g. `content/start-here.yaml`.
 * @param entries Every entry of the catalog, as the content check read them.
 */
export function checkStartHereSource(file: string, source: string, entries: readonly CheckedEntry[]): Problem[] {
	const separator = source.split(/\r?\n/).findIndex((line) => line.startsWith('---'));
	if (separator !== -1) {
		return [
			{
				severity: 'error',
				file,
				line: separator + 1,
				field: '',
				message: 'the path is one YAML document, so it cannot contain a "---" line',
				hint: 'Remove the line; start with title:, intro: and steps:.',
			},
		];
	}
	// The file is YAML only; read as the frontmatter of an empty entry, it gets the same messages as entries.
	const result = validateEntry(file, `---\n${source.replace(/^\uFEFF/, '')}\n---\n`, startHereSchema, jsonSchema);
	const problems = result.problems.map((p) => ({
		...p,
		line: p.line === undefined ? undefined : Math.max(1, p.line - 1),
		message: p.message.replace(/\bfrontmatter\b/g, 'file'),
	}));
	const checked = result.entry ?? result.raw;
	if (!checked) return problems;
	const lineOf = (path: readonly PropertyKey[]) => Math.max(1, (checked.lineOf(path) ?? 2) - 1);
	const steps = Array.isArray(checked.data['steps']) ? (checked.data['steps'] as unknown[]) : [];
	const seen = new Map<string, number>();
	steps.forEach((raw, index) => {
		if (!raw || typeof raw !== 'object') return;
		const target = stepTarget(raw as Record<string, string | undefined>);
		if (!target) return;
		const report = (severity: 'error' | 'warning', message: string, hint: string) =>
			problems.push({
				severity,
				file,
				line: lineOf(['steps', index, target.kind]),
				field: `steps[${index}].${target.kind}`,
				message,
				hint,
			});
		const pool = entries.filter((e) => e.collection === target.collection);
		const entry = pool.find((e) => e.id === target.id);
		if (!entry) {
			const close = closestMatches(
				target.id,
				pool.map((e) => e.id),
			);
			report(
				'error',
				`no ${singular[target.collection]} has the id "${target.id}"`,
				close.length > 0
					? `Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?`
					: `Use the file name (without .mdx) of an entry in the ${target.collection} folder.`,
			);
			return;
		}
		if (entry.data['status'] === 'deprecated') {
			report(
				'warning',
				`"${target.id}" is deprecated, so new hires would learn from a retired ${singular[target.collection]}`,
				'Point the step at the entry that replaced it.',
			);
		}
		const earlier = seen.get(target.id);
		if (earlier !== undefined) {
			report(
				'error',
				`step ${earlier + 1} already opens "${target.id}"`,
				'Each entry is one step of the path (its page is /start-here/<id>/). Remove one of the two.',
			);
		} else seen.set(target.id, index);
	});
	return problems;
}

/**
 * Checks `<content>/start-here.yaml` if there is one. The path is optional: without it,
 * /start-here/ says there is none yet and the home page leaves out its invitation.
 * @param contentDir The content folder, relative to `root` or absolute, as the problems name it.
 */
export function checkStartHere(root: string, contentDir: string, entries: readonly CheckedEntry[]): Problem[] {
	const file = `${contentDir.replace(/\\/g, '/').replace(/\/+$/, '')}/${startHereFile}`;
	let source: string;
	try {
		source = readFileSync(resolve(root, file), 'utf8');
	} catch {
		return [];
	}
	return checkStartHereSource(file, source, entries);
}
