import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';

/**
 * `astro dev` has no search index (Pagefind runs after a build). Search there must say so and
 * how to get it, not sit silent. The dev server runs as its own process, as `npm run dev` would:
 * inside a Vitest worker (VITEST, NODE_ENV=test, …) Astro's dev server does not serve the site.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
let child: ChildProcess;
let siteUrl: string;
let browser: Browser;

/** A port nothing listens on right now. */
const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
			);
		});
	});

beforeAll(async () => {
	const port = await freePort();
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !/^(VITEST.*|NODE_ENV|BASE_URL|DEV|PROD|MODE|SSR)$/.test(key)),
	);
	child = spawn(join(root, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: root,
		env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
	siteUrl = `http://127.0.0.1:${port}${base.startsWith('/') ? base : `/${base}`}`;
	// Ready when it prints its address.
	await new Promise<void>((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 90_000);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes(`127.0.0.1:${port}`)) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout?.on('data', read);
		child.stderr?.on('data', read);
		child.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
	});
	browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	child?.kill();
});

describe('search in the dev server', () => {
	it('says in the header box and on the search page that search needs `npm start`', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${siteUrl}glossary/`, { timeout: 90_000 });
		const message = page.locator('site-search [data-message]');
		// Vite may reload the page once it has optimised newly found dependencies: focus again then.
		await expect
			.poll(
				async () => {
					const focused = await page.evaluate(() => document.activeElement?.id === 'site-search-input');
					if (!focused) await page.keyboard.press('/');
					return message.isVisible();
				},
				{ timeout: 90_000, interval: 1000 },
			)
			.toBe(true);
		expect(await message.textContent()).toMatch(/npm start/);
		expect(await message.locator('code').textContent()).toBe('npm start');
		expect(await page.locator('site-search [data-live]').textContent()).toMatch(/npm start/);

		await page.goto(`${siteUrl}search/?q=avatar`, { timeout: 90_000 });
		await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 60_000 }).toMatch(/npm start/);
		await context.close();
	}, 240_000);
});
