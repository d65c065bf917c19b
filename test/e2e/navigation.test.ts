import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, seriousA11yViolations } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Clicks the first link inside <main> whose address starts with the given site section. */
async function clickFirstLinkTo(page: Page, section: string) {
	const link = page.locator(`main a[href*="/${section}/"]:not([href$="/${section}/"])`).first();
	const href = await link.getAttribute('href');
	await Promise.all([page.waitForURL((u) => u.pathname === new URL(href ?? '', page.url()).pathname), link.click()]);
}

describe('browsing the catalog', () => {
	it('goes home → persona → segment → journey → glossary by clicking, without console errors', async () => {
		const { page, errors, context } = await openPage(browser, '');
		await expect(page.locator('h1').textContent()).resolves.toBeTruthy();

		await clickFirstLinkTo(page, 'personas');
		expect(page.url()).toMatch(/\/personas\/[a-z0-9-]+\/$/);
		const personaName = await page.locator('h1').textContent();
		expect(personaName?.trim()).not.toBe('');

		await clickFirstLinkTo(page, 'segments');
		expect(page.url()).toMatch(/\/segments\/[a-z0-9-]+\/$/);
		// The segment lists the persona we came from.
		await expect(page.locator('main').textContent()).resolves.toContain(personaName?.trim());

		await clickFirstLinkTo(page, 'journeys');
		expect(page.url()).toMatch(/\/journeys\/[a-z0-9-]+\/$/);
		await expect(page.locator('main table').count()).resolves.toBeGreaterThan(0);

		await page.locator('header nav a', { hasText: 'Glossary' }).click();
		await page.waitForURL(/\/glossary\/$/);
		await clickFirstLinkTo(page, 'glossary');
		expect(page.url()).toMatch(/\/glossary\/[a-z0-9-]+\/$/);

		expect(errors).toEqual([]);
		await context.close();
	});

	it('reaches every part of the header with the keyboard, with a visible focus ring', async () => {
		const { page, context } = await openPage(browser, '');
		await page.keyboard.press('Tab');
		const skip = page.locator(':focus');
		await expect(skip.textContent()).resolves.toMatch(/skip/i);
		const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle + getComputedStyle(el).boxShadow);
		expect(outline).not.toBe('nonenone');
		const reached = new Set<string>();
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			reached.add((await page.locator(':focus').textContent())?.trim() ?? '');
		}
		for (const item of ['Personas', 'Segments', 'Journeys', 'Glossary'])
			expect(
				[...reached].some((r) => r.includes(item)),
				item,
			).toBe(true);
		await context.close();
	});
});

describe('dark mode', () => {
	it('follows the system preference without a stored choice', async () => {
		const { page, context } = await openPage(browser, '', { colorScheme: 'dark' });
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
		expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(200);
		await context.close();
	});

	it('toggles, and the choice persists across navigation and reloads', async () => {
		const { page, errors, context } = await openPage(browser, '', { colorScheme: 'light' });
		const toggle = page.locator('theme-toggle button');
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
		await toggle.click();
		await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');

		await page.locator('header nav a', { hasText: 'Personas' }).click();
		await page.waitForURL(/\/personas\/$/);
		await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
		await page.reload();
		await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
		await expect(page.locator('theme-toggle button').getAttribute('aria-pressed')).resolves.toBe('true');
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
	const pages = [
		'',
		'personas/',
		'personas/hannah-bill-watcher/',
		'personas/the-asset-manager/',
		'personas/leo-gadget-early-adopter/',
		'segments/',
		'segments/social-housing-providers/',
		'journeys/',
		'journeys/buying-and-installing-a-thermostat/',
		'glossary/',
		'glossary/customer-profile/',
		'404.html',
	];
	for (const theme of ['light', 'dark'] as const) {
		it.each(pages)(`has no serious or critical violations on /%s (${theme})`, async (path) => {
			const { page, context } = await openPage(browser, path, { colorScheme: theme });
			expect(await seriousA11yViolations(page)).toEqual([]);
			await context.close();
		});
	}

	it('has no horizontal scrolling at 320 px', async () => {
		for (const path of [
			'',
			'personas/hannah-bill-watcher/',
			'journeys/buying-and-installing-a-thermostat/',
			'glossary/',
			'search/?q=handover',
		]) {
			const { page, context } = await openPage(browser, path, { width: 320 });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
			await context.close();
		}
	});
});
