import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchCatalog } from '../../scripts/lib/bench-catalog';
import { floorSite } from '../../scripts/lib/bench-floor';
import { writeBenchCatalog } from '../../scripts/lib/bench-write';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { collectionNames } from '../../src/schemas/shared';
import { parse } from 'yaml';
import { projectRoot } from '../support/cli';

const file = (path: string, catalog = '/tmp/catalog') =>
	floorSite(catalog, projectRoot).find((f) => f.path === path)!.text;

describe('the floor site', () => {
	it('reads the catalog folder it is given, one glob collection per folder, without schemas', () => {
		const config = file('src/content.config.ts', '/data/catalog-1000');
		expect(config).toContain('const catalog = "/data/catalog-1000";');
		expect(config).toContain("glob({ pattern: '*.mdx', base: `${catalog}/${name}` })");
		expect(config).not.toContain('schema');
		for (const name of collectionNames) expect(config).toContain(`"${name}"`);
	});

	it('is built the way this site is: Sätteri, optimize, Mermaid not highlighted, one chunk per collection', () => {
		const config = file('astro.config.mjs');
		const site = readFileSync(join(projectRoot, 'astro.config.mjs'), 'utf8');
		for (const setting of [
			'mdx({ optimize: true })',
			"excludeLangs: ['mermaid']",
			"warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')",
		]) {
			expect(site).toContain(setting);
			expect(config).toContain(setting);
		}
		expect(config).toContain('processor: satteri({})');
		// The site's own chunk naming, imported rather than copied.
		expect(config).toContain(
			`import { contentChunkName } from ${JSON.stringify(join(projectRoot, 'src/lib/content-chunks.ts'))};`,
		);
		expect(config).toContain('groups: [{ name: (id) => contentChunkName(id, catalog) }]');
		expect(config).toContain('realpathSync("/tmp/catalog")');
	});

	it('has one page template and nothing else of this site', () => {
		const paths = floorSite('/tmp/catalog', projectRoot).map((f) => f.path);
		expect(paths).toEqual([
			'package.json',
			'astro.config.mjs',
			'src/content.config.ts',
			'src/pages/[collection]/[id].astro',
		]);
	});
});

describe('a build of the floor site', () => {
	const catalog = benchCatalog({ personas: 12, terms: 8, seed: 3 });
	let temp = '';
	let dist = '';
	let build: SpawnSyncReturns<string>;
	beforeAll(() => {
		// Inside the project, so that the site finds Astro and Pagefind in its node_modules; .bench/ is git-ignored.
		mkdirSync(join(projectRoot, '.bench'), { recursive: true });
		temp = mkdtempSync(join(projectRoot, '.bench', 'floor-test-'));
		const catalogDir = join(temp, 'catalog');
		const siteDir = join(temp, 'site');
		dist = join(siteDir, 'dist');
		writeBenchCatalog(catalogDir, catalog.files, 'floor test catalog');
		writeBenchCatalog(siteDir, floorSite(catalogDir, projectRoot), 'floor test site');
		// The environment npm gives a build, not Vitest's (NODE_ENV=test, MODE, DEV …).
		build = spawnSync(process.execPath, [join(projectRoot, 'scripts/bench-comparison-build.mjs')], {
			cwd: siteDir,
			encoding: 'utf8',
			env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ASTRO_TELEMETRY_DISABLED: '1' },
		});
	}, 180_000);
	afterAll(() => {
		if (temp) rmSync(temp, { recursive: true, force: true });
	});

	it('builds a page for every entry of the catalog and indexes them all', () => {
		expect(build.status, `${build.stdout}${build.stderr}`.slice(-3000)).toBe(0);
		for (const name of collectionNames) {
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
		const split = splitFrontmatter(source.text)!;
		const data = parse(split.yaml) as { goals: string[]; painPoints: string[] };
		const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
		for (const goal of data.goals) expect(html).toContain(`<li>${escape(goal)}</li>`);
		expect(html).toContain(`<dt>painPoints</dt><dd><ul><li>${escape(data.painPoints[0]!)}</li>`);
		// Every heading of the body.
		const headings = [...split.body.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!);
		expect(headings.length).toBeGreaterThan(0);
		// Sätteri turns straight apostrophes into typographic ones.
		const text = html.replaceAll('’', "'");
		for (const heading of headings)
			expect(text).toMatch(new RegExp(`<h[23][^>]*>${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h[23]>`));
	});
});
