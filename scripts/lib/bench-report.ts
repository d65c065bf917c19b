import type { PageType, TypeSummary } from './bench-dist';
import { formatBytes, median } from './bench-stats';

/** Where the build's time went, in seconds (from Astro's ASTRO_TIMER_PATH report and the build log). */
export interface BuildPhases {
	/** Process start and loading the config, before Astro's build timer starts: wall − Astro's total. */
	startup: number;
	/** The site's content check (src/integrations/content-check.ts), from its log line. */
	check: number | undefined;
	/** Astro's content layer: reading, parsing and validating every entry. */
	sync: number;
	/** Bundling the pages for prerendering (compiling every MDX entry). */
	prerenderBundle: number;
	/** Bundling the browser scripts and styles. */
	clientBundle: number;
	/** Rendering every page to HTML (and optimising images). */
	render: number;
	/** Building the Pagefind index, when its log line was found. */
	pagefind: number | undefined;
	/** The rest of Astro's total: Vite setup, type generation, writing assets, other integrations. */
	other: number;
}

/** One benchmark build and what it produced. */
export interface BenchRun {
	personas: number;
	pages: number;
	wallSeconds: number;
	/** With `--repeat`: the fastest and slowest of the repeated builds; this run is the median one. */
	wallRange?: [number, number] | undefined;
	/** User + system CPU seconds (GNU time only): steadier than wall time on a shared machine. */
	cpuSeconds: number | undefined;
	maxRssKb: number;
	/** How peak memory was measured: GNU time (largest process, pagefind included) or Node's own count. */
	rssSource: 'usr-bin-time' | 'node-resource-usage';
	distBytes: number;
	pagefindBytes: number;
	phases: BuildPhases;
	types: Record<PageType, TypeSummary>;
}

const entryTypes = ['persona', 'segment', 'journey', 'term'] as const;
const kb = (bytes: number) => formatBytes(bytes);
const s = (seconds: number | undefined) => (seconds === undefined ? '–' : seconds.toFixed(1));

function table(header: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	const rule = header.map((_, i) => (i === 0 ? '---' : '---:'));
	return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** The build table: size, speed and memory per catalog size, with growth between sizes. */
export function buildTable(runs: readonly BenchRun[]): string {
	return table(
		['Personas', 'Pages', 'Wall s', 'CPU s', 'Pages/s', 'Peak RSS', 'dist/', 'Pagefind index', '× previous wall'],
		runs.map((run, i) => {
			const previous = runs[i - 1];
			const growth = previous
				? `${(run.wallSeconds / previous.wallSeconds).toFixed(2)} (${(run.personas / previous.personas).toFixed(1)}× N)`
				: '–';
			return [
				String(run.personas),
				run.types.redirect.count > 0 ? `${run.pages} (${run.types.redirect.count} redirects)` : String(run.pages),
				run.wallRange ? `${s(run.wallSeconds)} (${s(run.wallRange[0])}–${s(run.wallRange[1])})` : s(run.wallSeconds),
				s(run.cpuSeconds),
				(run.pages / run.wallSeconds).toFixed(0),
				`${Math.round(run.maxRssKb / 1024)} MB`,
				kb(run.distBytes),
				kb(run.pagefindBytes),
				growth,
			];
		}),
	);
}

/** Where the time goes at each size. */
export function phaseTable(runs: readonly BenchRun[]): string {
	return table(
		[
			'Personas',
			'Startup',
			'Content check',
			'Content sync',
			'Bundle (pages)',
			'Bundle (client)',
			'Render',
			'Pagefind',
			'Other',
		],
		runs.map(({ personas, phases: p }) => [
			String(personas),
			s(p.startup),
			s(p.check),
			s(p.sync),
			s(p.prerenderBundle),
			s(p.clientBundle),
			s(p.render),
			s(p.pagefind),
			s(p.other),
		]),
	);
}

/** Page weight by kind of page at each size: HTML median and p95, JavaScript on load, CSS, lazy diagram code. */
export function weightTable(runs: readonly BenchRun[]): string {
	const rows = runs.flatMap((run) =>
		entryTypes.map((type) => {
			const t = run.types[type];
			return [
				`${run.personas}`,
				type,
				String(t.count),
				kb(t.htmlMedian),
				kb(t.htmlP95),
				t.jsMedian === t.jsMax ? kb(t.jsMedian) : `${kb(t.jsMedian)} (max ${kb(t.jsMax)})`,
				kb(t.cssMedian),
				t.diagramPages > 0 ? `${t.diagramPages} pages, ${kb(t.lazyDiagramJs)}` : '–',
			];
		}),
	);
	return table(
		['Personas', 'Page type', 'Pages', 'HTML median', 'HTML p95', 'JS on load', 'CSS', 'Lazy Mermaid JS (reachable)'],
		rows,
	);
}

/** Time and memory of one build: of a comparison site (the bare reference or the floor), or of the catalog. */
export interface TimedRun {
	wallSeconds: number;
	cpuSeconds: number | undefined;
	/** From GNU time; unknown without it. */
	maxRssKb: number | undefined;
}

/**
 * The builds of one round at 1,000 personas, one after the other: the bare reference site
 * (scripts/lib/bench-reference.ts), the floor site with the same catalog (scripts/lib/bench-floor.ts)
 * and this site.
 */
export interface ComparedBuilds {
	reference: TimedRun;
	floor: TimedRun;
	site: TimedRun;
}

/** The reference point the targets were set against: 8 s on a quiet 2-core machine. */
export const referenceSeconds = 8;
/** The wall-time target at 1,000 personas, in seconds on that same machine. */
export const targetSeconds = 14;

/**
 * This site beside the bare reference site and the floor site, built in rounds (reference, floor,
 * then the catalog): the median ratio to the reference is the machine-independent figure, and the
 * target is 14 s where the reference takes 8 s, a ratio of 1.75. The floor's ratio is the part of
 * it that the catalog costs in this stack before any of the site's own work.
 */
export function referenceReport(rounds: readonly ComparedBuilds[]): string {
	if (rounds.length === 0) return '';
	const ratiosTo = (pick: (round: ComparedBuilds) => TimedRun) =>
		rounds.map((round) => pick(round).wallSeconds / round.reference.wallSeconds);
	const described = (ratios: readonly number[], unit = '×') =>
		`${median(ratios).toFixed(2)}${unit} (${ratios.map((r) => r.toFixed(2)).join(', ')})`;
	// One row: median wall time with the range, median CPU time, the highest peak memory.
	const row = (label: string, builds: readonly TimedRun[]) => {
		const walls = builds.map((b) => b.wallSeconds);
		const cpus = builds.flatMap((b) => (b.cpuSeconds === undefined ? [] : [b.cpuSeconds]));
		const rss = builds.flatMap((b) => (b.maxRssKb === undefined ? [] : [b.maxRssKb]));
		return [
			label,
			`${s(median(walls))}${walls.length > 1 ? ` (${s(Math.min(...walls))}–${s(Math.max(...walls))})` : ''}`,
			cpus.length > 0 ? s(median(cpus)) : '–',
			rss.length > 0 ? `${Math.round(Math.max(...rss) / 1024)} MB` : '',
		];
	};
	const rows = [
		row(
			'bare Astro 7, 1,000 MDX pages + Pagefind CLI',
			rounds.map((round) => round.reference),
		),
		row(
			'floor: the same catalog in the barest Astro site + Pagefind CLI',
			rounds.map((round) => round.floor),
		),
		row(
			'this site, 1,000 personas',
			rounds.map((round) => round.site),
		),
	];
	const siteRatios = ratiosTo((round) => round.site);
	const ratio = median(siteRatios);
	const target = targetSeconds / referenceSeconds;
	const floorRatios = ratiosTo((round) => round.floor);
	// What the site adds to the floor, round by round, in reference builds.
	const added = rounds.map((round) => (round.site.wallSeconds - round.floor.wallSeconds) / round.reference.wallSeconds);
	const room = target - median(floorRatios);
	return [
		table(['Build', rounds.length > 1 ? 'Wall s (median, range)' : 'Wall s', 'CPU s', 'Peak RSS'], rows),
		'',
		`This site ÷ reference, ${rounds.length === 1 ? 'one round' : `median of ${rounds.length} rounds`}: ` +
			`${described(siteRatios)}. ` +
			`On the machine where the reference takes ${referenceSeconds} s that is ${(ratio * referenceSeconds).toFixed(1)} s; ` +
			`the target, ${targetSeconds} s, is ${target.toFixed(2)}×: ${ratio <= target ? 'met' : 'not met'}.`,
		'',
		`Floor ÷ reference: ${described(floorRatios)}, ${(median(floorRatios) * referenceSeconds).toFixed(1)} s ` +
			`where the reference takes ${referenceSeconds} s; ` +
			(room >= 0
				? `the target leaves ${room.toFixed(2)} of a reference build above the floor.`
				: `the floor alone is ${(-room).toFixed(2)} of a reference build over the target.`) +
			` What this site's own work adds to the floor, round by round: ${described(added, '')} of a reference build.`,
	].join('\n');
}
