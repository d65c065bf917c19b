/** The median of a list of numbers (the mean of the middle two for an even count); 0 when empty. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Of several runs of the same build, the one with the median wall time (the lower middle one for
 * an even count), with the fastest and slowest times beside it. The median run is reported whole,
 * so its phases add up to its own wall time; the range shows how much the machine varied.
 */
export function medianRun<T extends { wallSeconds: number }>(
	runs: readonly T[],
): { run: T; wallRange: [number, number] } | undefined {
	if (runs.length === 0) return undefined;
	const sorted = [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds);
	return {
		run: sorted[(sorted.length - 1) >> 1]!,
		wallRange: [sorted[0]!.wallSeconds, sorted[sorted.length - 1]!.wallSeconds],
	};
}

/** The p-th percentile (0–100) by the nearest-rank method: a value that occurs in the list; 0 when empty. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** Bytes for people: 812 B, 24.6 KB, 3.1 MB (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${Math.round(bytes)} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** What /usr/bin/time -v reports that the benchmark uses. */
export interface TimeReport {
	wallSeconds: number;
	/** User plus system CPU time of the build and the processes it waited for (the Pagefind binary). */
	cpuSeconds: number;
	maxRssKb: number;
	exitStatus: number | undefined;
}

/**
 * Reads GNU time's verbose report (`/usr/bin/time -v`): wall clock ("1:02.34" or "1:02:03"),
 * the maximum resident set size in KB and the exit status. Undefined when the report is not there.
 */
export function parseTimeReport(text: string): TimeReport | undefined {
	const wall = /Elapsed \(wall clock\) time(?: \([^)]*\))?:\s*([\d:.]+)/.exec(text)?.[1];
	const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text)?.[1];
	if (!wall || !rss) return undefined;
	const wallSeconds = wall
		.split(':')
		.map(Number)
		.reduce((total, part) => total * 60 + part, 0);
	const status = /Exit status:\s*(\d+)/.exec(text)?.[1];
	const seconds = (label: string) =>
		Number(new RegExp(`${label} time \\(seconds\\):\\s*([\\d.]+)`).exec(text)?.[1] ?? 0);
	return {
		wallSeconds,
		cpuSeconds: seconds('User') + seconds('System'),
		maxRssKb: Number(rss),
		exitStatus: status === undefined ? undefined : Number(status),
	};
}
