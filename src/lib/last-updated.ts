import { contentDir } from './content-dir';
import { lastCommitDates } from './git-history';

let dates: Map<string, string> | undefined;

/**
 * When a content file was last committed (ISO 8601), or undefined when that is not known (no
 * git, a tarball, a shallow clone, a file not yet committed). The log is read once per build,
 * on first use, for all files; pages only look it up.
 * @param file Path relative to the project root, like Astro's `entry.filePath`.
 */
export function lastUpdated(file: string | undefined): string | undefined {
	if (!file) return undefined;
	dates ??= lastCommitDates(process.cwd(), [contentDir()]);
	return dates.get(file.replace(/^\.\//, ''));
}
