import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config';
import { checkContent } from '../../src/lib/check-content';
import { today } from '../../src/lib/clock';
import { reviewOf, type Reviewable } from '../../src/lib/freshness';
import { launchBrowser, openPage, seriousA11yViolations } from '../support/browser';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rules = { today: today(), defaultMonths: siteConfig.reviewEveryMonths };
const duePersona = checkContent(root).entries.find(
	(e) => e.collection === 'personas' && reviewOf(e.data as Reviewable, rules)?.state === 'due',
);

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('writers’ pages in a browser', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it.each(['contributing/', 'reviews/', `personas/${duePersona?.id}/`])(
			`%s has no serious accessibility problem (${colorScheme})`,
			async (path) => {
				const { page, errors, context } = await openPage(browser, path, { colorScheme });
				expect(await seriousA11yViolations(page)).toEqual([]);
				expect(errors).toEqual([]);
				await context.close();
			},
		);
	}

	it('shows a due persona’s review banner near the top, with a working link to all reviews', async () => {
		expect(duePersona).toBeDefined();
		const { page, context } = await openPage(browser, `personas/${duePersona!.id}/`);
		const banner = page.locator('[data-review-banner]');
		await expect(banner.isVisible()).resolves.toBe(true);
		const box = await banner.boundingBox();
		expect(box!.y).toBeLessThan(900);
		await banner.getByRole('link', { name: 'All entries due for review' }).click();
		await page.waitForURL(/\/reviews\/$/);
		await expect(page.locator(`tr[data-review-entry$="/personas/${duePersona!.id}/"]`).count()).resolves.toBe(1);
		await context.close();
	});

	it('lays /reviews/ out as cards on a phone, without sideways scrolling or accessibility problems', async () => {
		const { page, context } = await openPage(browser, 'reviews/', { width: 390 });
		await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
		await expect(page.locator('thead').first().isVisible()).resolves.toBe(false);
		await expect(page.getByRole('rowheader').count()).resolves.toBeGreaterThan(0);
		expect(await seriousA11yViolations(page)).toEqual([]);
		await context.close();
	});

	it('lets a keyboard user reach and scroll a field table, and the contents jump to a section', async () => {
		// 480 px is well below the table's minimum width, so the region must scroll sideways.
		const { page, context } = await openPage(browser, 'contributing/', { width: 480 });
		await page.getByRole('link', { name: 'Add a journey' }).click();
		await expect(page.evaluate(() => location.hash)).resolves.toBe('#add-a-journey');
		const region = page.getByRole('region', { name: 'Fields of a journey' });
		await expect(region.evaluate((el) => el.scrollWidth - el.clientWidth)).resolves.toBeGreaterThan(40);
		await region.focus();
		await expect(region.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		const before = await region.evaluate((el) => el.scrollLeft);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		// Chromium animates keyboard scrolling, so the offset changes a few frames later (later still on a busy machine).
		await expect.poll(() => region.evaluate((el) => el.scrollLeft), { timeout: 5000 }).toBeGreaterThan(before);
		await context.close();
	});

	it('keeps words whole in the field tables: "list of segment ids" breaks between words, not inside one', async () => {
		// 600 px: the table is at its narrowest, where columns are squeezed hardest.
		const { page, context } = await openPage(browser, 'contributing/', { width: 600 });
		const cell = page
			.getByRole('region', { name: 'Fields of a persona' })
			.locator('td', { hasText: 'list of segment ids' });
		await expect(cell.count()).resolves.toBeGreaterThan(0);
		const brokenWords = await cell.first().evaluate((td) => {
			const text = td.firstChild!;
			const broken: string[] = [];
			for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
				const range = document.createRange();
				range.setStart(text, match.index);
				range.setEnd(text, match.index + match[0].length);
				if (range.getClientRects().length > 1) broken.push(match[0]);
			}
			return broken;
		});
		expect(brokenWords).toEqual([]);
		await context.close();
	});
});
