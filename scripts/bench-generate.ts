/**
 * `npm run bench:generate -- --personas N [--seed S] [--out DIR]`: writes a synthetic catalog
 * (N personas, N/10 segments, N/4 journeys, 200 glossary terms) for the benchmark, by default
 * into .bench/catalog-N (git-ignored). Build it with
 * `CONTENT_DIR=<DIR> npm run build -- --outDir <DIR>-dist` (the benchmark's build environment).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCatalog } from './lib/bench-catalog';
import { writeBenchCatalog } from './lib/bench-write';

const usage = 'Usage: npm run bench:generate -- --personas <N> [--seed <S>] [--out <folder>]';

function main(): number {
	const { values } = parseArgs({
		options: {
			personas: { type: 'string' },
			seed: { type: 'string', default: '1' },
			out: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const personas = Number(values.personas);
	const seed = Number(values.seed);
	if (!Number.isInteger(personas) || personas < 1 || !Number.isInteger(seed)) {
		console.error(`${usage}\n--personas and --seed must be whole numbers (personas at least 1).`);
		return 2;
	}
	const out = values.out ?? `.bench/catalog-${personas}`;
	const started = performance.now();
	const { files, counts } = benchCatalog({ personas, seed });
	writeBenchCatalog(resolve(out), files, `bench:generate --personas ${personas} --seed ${seed}`);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`Wrote ${counts.personas} personas, ${counts.segments} segments, ${counts.journeys} journeys and ${counts.glossary} glossary terms ` +
			`(${counts.diagrams} extra diagrams) to ${out} in ${seconds} s (seed ${seed}).`,
	);
	console.log(`Build it with: CONTENT_DIR=${out} npm run build -- --outDir ${out}-dist`);
	return 0;
}

try {
	process.exitCode = main();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
}
