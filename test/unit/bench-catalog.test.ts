import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { benchCatalog, type BenchFile } from '../../scripts/lib/bench-catalog';
import { benchMarker, writeBenchCatalog } from '../../scripts/lib/bench-write';
import { seededRandom } from '../../scripts/lib/seeded-random';
import { checkContent } from '../../src/lib/check-content';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { termMatcher } from '../../src/lib/glossary-matcher';

const temp = mkdtempSync(join(tmpdir(), 'bench-catalog-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const mdxFiles = (files: BenchFile[], folder: string) =>
	files.filter((f) => f.path.startsWith(`${folder}/`) && f.path.endsWith('.mdx'));
const frontmatter = (file: BenchFile) => parse(splitFrontmatter(file.text)?.yaml ?? '') as Record<string, unknown>;
const body = (file: BenchFile) => splitFrontmatter(file.text)?.body ?? '';
// Prose without its ```fences (code may hold anything).
const prose = (text: string) => text.replace(/```[\s\S]*?```/g, '');

describe('seededRandom', () => {
	it('gives the same sequence for the same seed and distinct items from sample()', () => {
		const a = seededRandom(7);
		const b = seededRandom(7);
		expect(Array.from({ length: 20 }, () => a.int(0, 1000))).toEqual(Array.from({ length: 20 }, () => b.int(0, 1000)));
		const picked = seededRandom(3).sample([1, 2, 3, 4, 5, 6], 4);
		expect(new Set(picked).size).toBe(4);
		expect(seededRandom(3).sample([1, 2], 5)).toHaveLength(2);
	});
});

describe('benchCatalog', () => {
	const catalog = benchCatalog({ personas: 40, seed: 1 });
	const { files } = catalog;

	it('is the same for the same seed, and different for another', () => {
		expect(benchCatalog({ personas: 40, seed: 1 }).files).toEqual(files);
		expect(benchCatalog({ personas: 40, seed: 2 }).files).not.toEqual(files);
	});

	it('has N personas, N/10 segments, N/4 journeys and 200 glossary terms', () => {
		expect(catalog.counts).toMatchObject({ personas: 40, segments: 4, journeys: 10, glossary: 200 });
		expect(mdxFiles(files, 'personas')).toHaveLength(40);
		expect(mdxFiles(files, 'segments')).toHaveLength(4);
		expect(mdxFiles(files, 'journeys')).toHaveLength(10);
		expect(mdxFiles(files, 'glossary')).toHaveLength(200);
		expect(benchCatalog({ personas: 100, terms: 10 }).counts).toMatchObject({
			segments: 10,
			journeys: 25,
			glossary: 10,
		});
	});

	it('gives every journey at least 5 stages and 10 steps, and some an extra mermaid fence', () => {
		for (const file of mdxFiles(files, 'journeys')) {
			const stages = frontmatter(file)['stages'] as { steps: unknown[] }[];
			expect(stages.length, file.path).toBeGreaterThanOrEqual(5);
			expect(stages.flatMap((s) => s.steps).length, file.path).toBeGreaterThanOrEqual(10);
		}
		const fenced = mdxFiles(files, 'journeys').filter((f) => body(f).includes('```mermaid'));
		expect(fenced.length).toBeGreaterThan(0);
		expect(fenced.length).toBeLessThan(10);
	});

	it('writes prose MDX reads as text: no braces, angle brackets or HTML comments', () => {
		for (const file of files.filter((f) => f.path.endsWith('.mdx'))) {
			expect(prose(body(file)), file.path).not.toMatch(/[{}<>]|<!--/);
		}
	});

	it('mentions glossary terms in the bodies of every kind of entry', () => {
		const terms = mdxFiles(files, 'glossary').map((f) => {
			const data = frontmatter(f) as { term: string; aliases?: string[] };
			return { id: f.path.slice('glossary/'.length, -'.mdx'.length), names: [data.term, ...(data.aliases ?? [])] };
		});
		const match = termMatcher(terms);
		for (const folder of ['personas', 'segments', 'journeys', 'glossary']) {
			for (const file of mdxFiles(files, folder)) expect(match(body(file)).length, file.path).toBeGreaterThan(0);
		}
	});

	// Three full checks of 250 entries: seconds on a busy two-core machine.
	it(
		'passes the content check with no errors (schemas, references, alias clashes, bodies)',
		{ timeout: 60_000 },
		() => {
			for (const seed of [1, 2, 3]) {
				const dir = join(temp, `seed-${seed}`);
				writeBenchCatalog(dir, benchCatalog({ personas: 40, seed }).files, 'test');
				const { problems } = checkContent(temp, dir);
				expect(
					problems.filter((p) => p.severity === 'error'),
					`seed ${seed}`,
				).toEqual([]);
				// The onboarding path is there and valid, so /start-here/ is built as on the real site.
				expect(problems.filter((p) => p.file.includes('start-here'))).toEqual([]);
			}
		},
	);
});

describe('writeBenchCatalog', () => {
	it('replaces an earlier catalog but refuses a folder it did not make', () => {
		const dir = join(temp, 'out');
		writeBenchCatalog(dir, [{ path: 'personas/a.mdx', text: 'a' }], 'first');
		writeBenchCatalog(dir, [{ path: 'personas/b.mdx', text: 'b' }], 'second');
		expect(checkContent(temp, dir).entries.map((e) => e.id)).not.toContain('a');
		rmSync(join(dir, benchMarker));
		expect(() => writeBenchCatalog(dir, [], 'third')).toThrow(/not made by bench:generate/);
	});
});
