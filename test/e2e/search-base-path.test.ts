import { build, preview } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/internal-links';
import { launchBrowser } from '../support/browser';
import { withBuildEnv } from '../support/build-env';
import { readDist } from '../support/dist';
import { loadNodeIndex } from '../support/pagefind-node';

/**
 * Search on a site served below a path. The rest of the suite runs on one build (BASE_PATH, `/`
 * by default); this file makes a second, small build with the other kind of base, so every run
 * covers both: `/atlas/` normally, `/` when the suite itself runs under a base path.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const base = (process.env['BASE_PATH'] ?? '/') === '/' ? '/atlas/' : '/';
const prefix = base.replace(/\/$/, '');
// Outside the project, so it never collides with dist/ or a teammate's build; stable, so SKIP_BUILD can reuse it.
const outDir = join(
	tmpdir(),
	`persona-atlas-${createHash('sha1').update(root).digest('hex').slice(0, 8)}${base.replaceAll('/', '-')}dist`,
);

let server: Awaited<ReturnType<typeof preview>>;
let siteUrl: string;
let browser: Browser;

beforeAll(async () => {
	// astro.config.mjs reads the base path from the environment, when each command loads it.
	await withBuildEnv(
		async () => {
			if (!(process.env['SKIP_BUILD'] && existsSync(join(outDir, 'pagefind', 'pagefind.js'))))
				await build({ root, outDir, logLevel: 'warn' });
			server = await preview({ root, outDir, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
		},
		{ BASE_PATH: base },
	);
	siteUrl = `http://127.0.0.1:${server.port}${base}`;
	browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe(`search under the base path ${base}`, () => {
	it('writes the index with the site, and every internal link of the site still resolves', () => {
		const { pages, files } = readDist(outDir, base);
		expect(files.has(`${prefix}/pagefind/pagefind.js`)).toBe(true);
		expect(pages.get(`${prefix}/personas/`)).toContain(`action="${prefix}/search/"`);
		expect(findBrokenLinks(pages, files)).toEqual([]);
	});

	it('gives results that lead below the base path', async () => {
		const index = await loadNodeIndex(outDir, siteUrl);
		const urls = (await index.all(await index.api.search(null, { filters: { kind: { any: ['persona'] } } }))).map(
			(data) => data.url,
		);
		expect(urls.length).toBeGreaterThan(0);
		for (const address of urls) expect(address).toMatch(new RegExp(`^${prefix}/personas/[a-z0-9-]+/$`));
	});

	it('searches from the header and from the search page in Chromium, loading the index from below the base path', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const errors: string[] = [];
		const requested: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(`${siteUrl}personas/`);
		await page.keyboard.press('/');
		await page.keyboard.type('avatar');
		const first = page.locator('#site-search-listbox [role="option"]').first();
		await first.waitFor({ timeout: 15_000 });
		expect(await first.getAttribute('href')).toBe(`${prefix}/glossary/customer-profile/`);
		expect(
			requested.filter((path) => path.includes('/pagefind/')).every((path) => path.startsWith(`${prefix}/pagefind/`)),
		).toBe(true);
		await page.keyboard.press('ArrowDown');
		await Promise.all([page.waitForURL(`${siteUrl}glossary/customer-profile/`), page.keyboard.press('Enter')]);
		expect(await page.locator('main h1').textContent()).toContain('Customer profile');

		await page.goto(`${siteUrl}search/?q=avatar&kind=term`);
		const hit = page.locator('[data-hits] .search-hit-title a').first();
		await hit.waitFor({ timeout: 15_000 });
		expect(await hit.getAttribute('href')).toBe(`${prefix}/glossary/customer-profile/`);
		await page.getByRole('checkbox', { name: /^Persona\b/ }).check();
		await page.waitForURL(`${siteUrl}search/?q=avatar&kind=persona&kind=term`);
		expect(errors).toEqual([]);
		await context.close();
	});
});
