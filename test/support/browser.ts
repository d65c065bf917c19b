import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

const require = createRequire(import.meta.url);

/** Starts the system Chromium (never a downloaded one) with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}

/** A page that records console errors and uncaught exceptions, for "no errors" assertions. */
export async function openPage(
	browser: Browser,
	path = '',
	options: { colorScheme?: 'light' | 'dark'; width?: number } = {},
) {
	const context = await browser.newContext({
		colorScheme: options.colorScheme ?? 'light',
		viewport: { width: options.width ?? 1280, height: 900 },
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	if (path !== undefined) await page.goto(url(path));
	return { page, errors, context };
}

/** Absolute address of a site path such as `personas/` (relative to the base path). */
export function url(path: string): string {
	return new URL(path.replace(/^\//, ''), inject('baseUrl')).href;
}

/** Runs axe-core on the page and returns the serious and critical violations, summarised. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
	const results = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run(
						context: Document,
						options: object,
					): Promise<{
						violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
					}>;
				};
			}
		).axe;
		return axe.run(document, { resultTypes: ['violations'] });
	});
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
