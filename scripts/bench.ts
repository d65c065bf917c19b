/**
 * `npm run bench [-- --sizes 250,500,1000,2000] [--seed S] [--repeat K]`: for each catalog size, generates a
 * synthetic catalog (scripts/lib/bench-catalog.ts), builds it cold with the site's own config
 * (CONTENT_DIR switches the content folder) into .bench/dist-N, measures wall time and peak
 * memory with /usr/bin/time -v, weighs the pages, and prints the tables BENCHMARKS.md records.
 * With `--repeat K` each size is built K times and the median build is reported, with the range:
 * on a shared machine one build can take a quarter longer than the next.
 * At 1,000 personas each build follows one of the bare reference site the targets were
 * set against (scripts/lib/bench-reference.ts) and one of the floor site, the same catalog in the
 * barest Astro site (scripts/lib/bench-floor.ts); `--no-reference` leaves both out.
 * Everything lands in .bench/ (git-ignored): catalogs, builds, logs and results.json (with the rounds).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCatalog, type BenchFile } from './lib/bench-catalog';
import { folderSize, measurePages, summarise } from './lib/bench-dist';
import {
	buildTable,
	phaseTable,
	referenceReport,
	weightTable,
	type BenchRun,
	type BuildPhases,
	type ComparedBuilds,
	type TimedRun,
} from './lib/bench-report';
import { floorSite } from './lib/bench-floor';
import { referenceSite } from './lib/bench-reference';
import { medianRun, parseTimeReport, type TimeReport } from './lib/bench-stats';
import { writeBenchCatalog } from './lib/bench-write';
import { applyBuildEnvironment } from './lib/build-environment.mjs';

const root = process.cwd();
const work = join(root, '.bench');
const gnuTime = '/usr/bin/time';

const usage = 'Usage: npm run bench -- [--sizes 250,500,1000,2000] [--seed 1] [--repeat 1] [--no-reference]';

interface BenchOptions {
	sizes: number[];
	seed: number;
	repeat: number;
	reference: boolean;
}

/** Reads the command line: the options, `help`, or what is wrong with it in one line (never a stack trace). */
function readOptions(): BenchOptions | 'help' | { mistake: string } {
	let values;
	try {
		({ values } = parseArgs({
			options: {
				sizes: { type: 'string', default: '250,500,1000,2000' },
				seed: { type: 'string', default: '1' },
				repeat: { type: 'string', default: '1' },
				reference: { type: 'boolean', default: true },
				help: { type: 'boolean', short: 'h' },
			},
			allowNegative: true,
		}));
	} catch (error) {
		return { mistake: (error as Error).message };
	}
	if (values.help) return 'help';
	const sizes = values.sizes.split(',').map((n) => n.trim());
	const whole = (text: string, least: number) => /^\d+$/.test(text) && Number(text) >= least;
	const badSize = sizes.find((n) => !whole(n, 1));
	if (badSize !== undefined)
		return { mistake: `--sizes: "${badSize}" is not a whole number of personas (at least 1).` };
	if (!/^-?\d+$/.test(values.seed)) return { mistake: `--seed: "${values.seed}" is not a whole number.` };
	if (!whole(values.repeat, 1)) return { mistake: `--repeat: "${values.repeat}" is not a whole number (at least 1).` };
	return {
		sizes: sizes.map(Number),
		seed: Number(values.seed),
		repeat: Number(values.repeat),
		reference: values.reference,
	};
}

function main(): number {
	const values = readOptions();
	if (values === 'help') {
		console.log(usage);
		return 0;
	}
	if ('mistake' in values) {
		console.error(`${values.mistake}\n${usage}`);
		return 2;
	}
	const { sizes, seed, repeat } = values;
	mkdirSync(work, { recursive: true });
	const useTime = existsSync(gnuTime);
	console.log(machine());
	console.log(
		useTime
			? `Peak RSS from ${gnuTime} -v: the largest process of the build (Node or the Pagefind binary).`
			: `${gnuTime} is missing (apt-get install -y time): peak RSS is the Node process's own maxRSS (process.resourceUsage()), without the Pagefind binary.`,
	);
	const runs: BenchRun[] = [];
	const rounds: ComparedBuilds[] = [];
	// The site's build environment (scripts/lib/build-environment.mjs), values set in the shell winning, as for the site.
	const floorEnvironment = applyBuildEnvironment({ ...process.env });
	for (const personas of sizes) {
		const repeated: BenchRun[] = [];
		for (let i = 0; i < repeat; i++) {
			const catalog = writeCatalog(personas, seed);
			// At 1,000 personas each build follows one of the bare reference site and one of the floor site.
			let compared: Omit<ComparedBuilds, 'site'> | undefined;
			if (personas === 1000 && values.reference) {
				const reference = benchComparison('reference', referenceSite(), {}, useTime);
				const floor = reference && benchComparison('floor', floorSite(catalog.dir, root), floorEnvironment, useTime);
				if (!reference || !floor) return 1;
				compared = { reference, floor };
			}
			const run = benchOne(catalog, useTime);
			if (!run) return 1;
			repeated.push(run);
			if (compared) rounds.push({ ...compared, site: run });
		}
		const { run, wallRange } = medianRun(repeated)!;
		runs.push(repeat > 1 ? { ...run, wallRange } : run);
		console.log(`\n${buildTable(runs)}`);
	}
	const report = [
		`## Build\n\n${buildTable(runs)}`,
		`## Where the time goes (seconds)\n\n${phaseTable(runs)}`,
		`## Page weight\n\n${weightTable(runs)}`,
		...(rounds.length > 0 ? [`## Against a bare Astro site and the floor site\n\n${referenceReport(rounds)}`] : []),
	].join('\n\n');
	console.log(`\n${machine()}\n\n${report}`);
	const at1000 = runs.find((r) => r.personas === 1000);
	const at2000 = runs.find((r) => r.personas === 2000);
	if (at1000 && at2000)
		console.log(`\nGrowth 1000 → 2000: ${(at2000.wallSeconds / at1000.wallSeconds).toFixed(2)}× wall.`);
	// The catalog builds, and at 1,000 personas each round of reference, floor and site (wall, CPU, peak memory).
	const comparisons = rounds.map(({ reference, floor, site }) => ({
		reference,
		floor,
		site: { wallSeconds: site.wallSeconds, cpuSeconds: site.cpuSeconds, maxRssKb: site.maxRssKb },
	}));
	writeFileSync(
		join(work, 'results.json'),
		JSON.stringify({ machine: machine(), runs, rounds: comparisons }, null, '\t'),
	);
	return 0;
}

const path = (name: string) => join(work, name);

/** What one timed build printed and measured. */
interface TimedBuild {
	log: string;
	wallSeconds: number;
	timeReport: TimeReport | undefined;
}

/**
 * Runs one build (a Node script) in `cwd`, under `/usr/bin/time -v` when there is one, keeping
 * its output in `logFile`. Undefined, with the end of the log printed, when it fails.
 */
function timedBuild(
	what: string,
	script: readonly string[],
	options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeFile: string; useTime: boolean },
): TimedBuild | undefined {
	for (const file of [options.logFile, options.timeFile]) rmSync(file, { force: true });
	const node = [process.execPath, ...script];
	const command = options.useTime ? [gnuTime, '-v', '-o', options.timeFile, ...node] : node;
	const started = performance.now();
	const result = spawnSync(command[0]!, command.slice(1), {
		cwd: options.cwd,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
	});
	const wallSeconds = (performance.now() - started) / 1000;
	const log = `${result.stdout}${result.stderr}`;
	writeFileSync(options.logFile, log);
	if (result.status !== 0) {
		console.error(`The build of ${what} failed (exit ${result.status}); the end of ${options.logFile}:`);
		console.error(log.split('\n').slice(-40).join('\n'));
		return undefined;
	}
	const timeReport = options.useTime ? parseTimeReport(readFileSync(options.timeFile, 'utf8')) : undefined;
	return { log, wallSeconds, timeReport };
}

/** The comparison sites built beside the catalog at 1,000 personas. */
const comparisonSites = {
	reference: 'the reference site (bare Astro, 1,000 MDX pages, Pagefind CLI)',
	floor: 'the floor site (the same catalog in the barest Astro site, Pagefind CLI)',
};

/**
 * One build of a comparison site, the bare reference (scripts/lib/bench-reference.ts) or the
 * floor (scripts/lib/bench-floor.ts), in .bench/<name>: written afresh and built cold, then indexed
 * by the Pagefind CLI (scripts/bench-comparison-build.mjs).
 */
function benchComparison(
	name: keyof typeof comparisonSites,
	files: readonly BenchFile[],
	env: NodeJS.ProcessEnv,
	useTime: boolean,
): TimedRun | undefined {
	const dir = join(work, name);
	writeBenchCatalog(dir, files, `bench ${name} site`);
	console.log(`\nBuilding ${comparisonSites[name]} …`);
	const build = timedBuild(comparisonSites[name], [resolve(root, 'scripts/bench-comparison-build.mjs')], {
		cwd: dir,
		env,
		logFile: path(`build-${name}.log`),
		timeFile: path(`time-${name}.txt`),
		useTime,
	});
	if (!build) return undefined;
	return {
		wallSeconds: build.timeReport?.wallSeconds ?? build.wallSeconds,
		cpuSeconds: build.timeReport?.cpuSeconds,
		maxRssKb: build.timeReport?.maxRssKb,
	};
}

/** Writes the synthetic catalog of `personas` personas into .bench/catalog-N, replacing the last one. */
function writeCatalog(personas: number, seed: number): { dir: string; personas: number; files: number } {
	const dir = join(work, `catalog-${personas}`);
	const { files } = benchCatalog({ personas, seed });
	writeBenchCatalog(dir, files, `bench --personas ${personas} --seed ${seed}`);
	return { dir, personas, files: files.length };
}

function benchOne(catalog: ReturnType<typeof writeCatalog>, useTime: boolean): BenchRun | undefined {
	const { personas } = catalog;
	const dist = join(work, `dist-${personas}`);
	const cache = join(work, `cache-${personas}`);
	const timer = path(`timer-${personas}.json`);
	const stats = path(`stats-${personas}.json`);
	for (const dir of [dist, cache]) rmSync(dir, { recursive: true, force: true });
	rmSync(timer, { force: true });
	console.log(`\nBuilding ${personas} personas (${catalog.files} files) …`);
	const build = timedBuild(`${personas} personas`, [resolve(root, 'scripts/bench-build.mjs'), dist, cache, stats], {
		cwd: root,
		env: { CONTENT_DIR: catalog.dir, ASTRO_TIMER_PATH: timer, BASE_PATH: '/' },
		logFile: path(`build-${personas}.log`),
		timeFile: path(`time-${personas}.txt`),
		useTime,
	});
	if (!build) return undefined;
	const { timeReport } = build;
	const wall = timeReport?.wallSeconds ?? build.wallSeconds;
	const nodeRss = (JSON.parse(readFileSync(stats, 'utf8')) as { maxRssKb: number }).maxRssKb;
	const pages = measurePages(dist);
	return {
		personas,
		pages: pages.length,
		wallSeconds: wall,
		cpuSeconds: timeReport?.cpuSeconds,
		maxRssKb: timeReport?.maxRssKb ?? nodeRss,
		rssSource: timeReport ? 'usr-bin-time' : 'node-resource-usage',
		distBytes: folderSize(dist).bytes,
		pagefindBytes: folderSize(join(dist, 'pagefind')).bytes,
		phases: phases(wall, timer, build.log),
		types: summarise(pages),
	};
}

// Astro's own timers (ASTRO_TIMER_PATH) and the Pagefind integration's log line.
function phases(wall: number, timerFile: string, log: string): BuildPhases {
	const timer = existsSync(timerFile)
		? (JSON.parse(readFileSync(timerFile, 'utf8')) as Record<string, { elapsedTime: number }>)
		: {};
	const sec = (name: string) => (timer[name]?.elapsedTime ?? 0) / 1000;
	const logged = (pattern: RegExp) => {
		const seconds = pattern.exec(log)?.[1];
		return seconds === undefined ? undefined : Number(seconds);
	};
	const phases = {
		// The check runs alongside Astro's setup; what counts is how long the build waited for it.
		check: logged(/content-check\].*?waited ([\d.]+) s\b/),
		sync: sec('Sync content layer'),
		prerenderBundle: sec('Prerender build') || sec('SSR build'),
		clientBundle: sec('Client build'),
		render: sec('Static generate'),
		pagefind: logged(/pagefind\].*? in ([\d.]+) s\b/),
	};
	const measured = Object.values(phases).reduce<number>((sum, value) => sum + (value ?? 0), 0);
	return { startup: wall - sec('Total build'), ...phases, other: Math.max(0, sec('Total build') - measured) };
}

function machine(): string {
	const version = (name: string) => {
		try {
			return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
				.version;
		} catch {
			return '?';
		}
	};
	const load = loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
	return [
		`Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(1)} GB memory`,
		`Node ${process.version}, Astro ${version('astro')}, @astrojs/mdx ${version('@astrojs/mdx')}, Pagefind ${version('pagefind')}`,
		`Date: ${new Date().toISOString()}; load average (1, 5, 15 min): ${load}`,
	].join('\n');
}

process.exitCode = main();
