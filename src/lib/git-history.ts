import { spawnSync } from 'node:child_process';

/** Runs git with arguments in a folder; returns its output, or undefined when git is missing or fails. */
export type GitRunner = (args: readonly string[], cwd: string) => string | undefined;

// A byte that cannot occur in a path or a date marks the start of each commit in the log.
const commitMark = '\u001e';

/**
 * Parses `git log --format=<mark>%cI --name-only`: commits newest first, each a date followed
 * by the files it touched. The first date seen for a file is its last change.
 */
export function parseGitLog(output: string): Map<string, string> {
	const dates = new Map<string, string>();
	for (const commit of output.split(commitMark).slice(1)) {
		const [date, ...files] = commit.split('\n').map((line) => line.trim());
		if (!date) continue;
		for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
	}
	return dates;
}

/**
 * When each file under `paths` was last committed (ISO 8601 committer date), keyed by path
 * relative to `root`. One `git log` for all files, not one per page. Empty when there is no
 * history to trust: git missing, not a repository (a tarball), or a shallow clone, where the
 * oldest fetched commit would claim every older file as its own.
 */
export function lastCommitDates(
	root: string,
	paths: readonly string[] = ['content'],
	run: GitRunner = runGit,
): Map<string, string> {
	if (run(['rev-parse', '--is-inside-work-tree'], root)?.trim() !== 'true') return new Map();
	if (run(['rev-parse', '--is-shallow-repository'], root)?.trim() === 'true') return new Map();
	const output = run(
		['-c', 'core.quotePath=false', 'log', `--format=${commitMark}%cI`, '--name-only', '--relative', '--', ...paths],
		root,
	);
	return output ? parseGitLog(output) : new Map();
}

/** The default runner: the `git` on PATH, with errors (no git, no repository) turned into undefined. */
export const runGit: GitRunner = (args, cwd) => {
	const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return result.status === 0 ? result.stdout : undefined;
};
