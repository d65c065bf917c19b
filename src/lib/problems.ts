/** One thing wrong (or worth a look) in the content, located as precisely as we can. */
export interface Problem {
	severity: 'error' | 'warning';
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** 1-based line in the file, when the field can be found. */
	line?: number | undefined;
	/** Dotted field path such as `segments[1]` or `stages[0].steps[2].score`; empty for the whole file. */
	field: string;
	/** What is wrong, including the bad value. */
	message: string;
	/** What to do about it. */
	hint?: string | undefined;
}

/** Renders a field path the way writers see it in YAML: `stages[0].steps[2].score`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** `file:line field: message — hint`, the one-line form used by the check and the build. */
export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	const field = problem.field ? ` ${problem.field}` : '';
	const hint = problem.hint ? ` — ${problem.hint}` : '';
	return `${where}${field}: ${problem.message}${hint}`;
}

/** GitHub Actions workflow command that shows the problem on the pull request's diff. */
export function formatAnnotation(problem: Problem): string {
	const props = [`file=${escapeProperty(problem.file)}`];
	if (problem.line) props.push(`line=${problem.line}`);
	props.push(`title=${escapeProperty(problem.field || 'content')}`);
	const body = problem.hint ? `${problem.message} — ${problem.hint}` : problem.message;
	return `::${problem.severity} ${props.join(',')}::${escapeData(body)}`;
}

// Workflow commands treat %, CR and LF specially in data, and additionally : and , in properties.
function escapeData(value: string): string {
	return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
function escapeProperty(value: string): string {
	return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** Stable order for reports: by file, then line, then field; a problem found twice is listed once. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	const seen = new Set<string>();
	const unique = problems.filter((p) => {
		const key = `${p.severity}\u0000${formatProblem(p)}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	return unique.sort(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
	);
}
