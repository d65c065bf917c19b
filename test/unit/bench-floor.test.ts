import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchCatalog } from '../../scripts/lib/bench-catalog';
import { floorCollections, floorSite } from '../../scripts/lib/bench-floor';
import { writeBenchCatalog } from '../../scripts/lib/bench-write';
import { projectRoot } from '../support/cli';

const file = (path: string, catalog = '/tmp/catalog') => floorSite(catalog).find((f) => f.path === path)!.text;

describe('the floor site', () => {
	it('reads the catalog folder it is given, one glob collection per folder, without schemas', () => {
		const config = file('src/content.config.ts', '/data/catalog-1000');
		expect(config).toContain('const catalog = "/data/catalog-1000";');
		expect(config).toContain("glob({ pattern: '*.mdx', base: `${catalog}/${name}` })");
		expect(config).not.toContain('schema');
		for (const name of floorCollections) expect(config).toContain(`"${name}"`);
	});

	it('is built the way this site is: Sätteri, optimize and one chunk per collection', () => {
		const config = file('astro.config.mjs');
		expect(config).toContain('mdx({ optimize: true })');
		expect(config).toContain('processor: satteri({})');
		expect(config).toContain('codeSplitting: { groups: [{ name: chunk }] }');
		expect(config).toContain('realpathSync("/tmp/catalog")');
	});

	it('has one page template and nothing else of this site', () => {
		const paths = floorSite('/tmp/catalog').map((f) => f.path);
		expect(paths).toEqual([
			'package.json',
			'astro.config.mjs',
			'src/content.config.ts',
			'src/pages/[collection]/[id].astro',
		]);
	});
});

describe('a build of the floor site', () => {
	// Inside the project, so that the site finds Astro and Pagefind in its node_modules; .bench/ is git-ignored.
	mkdirSync(join(projectRoot, '.bench'), { recursive: true });
	const temp = mkdtempSync(join(projectRoot, '.bench', 'floor-test-'));
	afterAll(() => rmSync(temp, { recursive: true, force: true }));
	const catalogDir = join(temp, 'catalog');
	const siteDir = join(temp, 'site');
	const dist = join(siteDir, 'dist');
	const catalog = benchCatalog({ personas: 12, terms: 8, seed: 3 });
	let build: SpawnSyncReturns<string>;
	beforeAll(() => {
		writeBenchCatalog(catalogDir, catalog.files, 'floor test catalog');
		writeBenchCatalog(siteDir, floorSite(catalogDir), 'floor test site');
		build = spawnSync(process.execPath, [join(projectRoot, 'scripts/bench-comparison-build.mjs')], {
			cwd: siteDir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
	}, 180_000);

	it('builds a page for every entry of the catalog and indexes them all', () => {
		expect(build.status, `${build.stdout}${build.stderr}`.slice(-3000)).toBe(0);
		for (const name of floorCollections) {
			const entries = catalog.files.filter((f) => f.path.startsWith(`${name}/`) && f.path.endsWith('.mdx'));
			expect(entries.length).toBeGreaterThan(0);
			expect(readdirSync(join(dist, name)).sort()).toEqual(
				entries.map((f) => f.path.slice(name.length + 1, -'.mdx'.length)).sort(),
			);
		}
		const { personas, segments, journeys, glossary } = catalog.counts;
		expect(readdirSync(join(dist, 'pagefind', 'fragment'))).toHaveLength(personas + segments + journeys + glossary);
	});

	it('puts every frontmatter value and the body on the page, escaped', () => {
		const source = catalog.files.find((f) => f.path.startsWith('personas/'))!;
		const id = source.path.slice('personas/'.length, -'.mdx'.length);
		const page = join(dist, 'personas', id, 'index.html');
		expect(existsSync(page)).toBe(true);
		const html = readFileSync(page, 'utf8');
		const goal = /^goals:\n {2}- (.+)$/m.exec(source.text)![1]!;
		expect(html).toContain(`<li>${goal.replace(/&/g, '&#38;')}</li>`);
		expect(html).toMatch(/<dt>painPoints<\/dt><dd><ul><li>/);
		// The body's first paragraph, as text: its Markdown links keep their words.
		const paragraph = source.text.split('\n---\n')[1]!.trim().split('\n')[0]!;
		const words = paragraph.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
		expect(words.length).toBeGreaterThan(40);
		expect(html.replace(/<[^>]+>/g, '')).toContain(words);
	});
});
