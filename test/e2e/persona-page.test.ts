import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, seriousA11yViolations } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('a persona page in a browser', () => {
	it('keeps "On this page" beside the content on a wide screen, but after it in the tab order', async () => {
		const { page, errors, context } = await openPage(browser, 'personas/hannah-bill-watcher/', { width: 1280 });
		const toc = page.locator('nav.page-toc');
		const content = page.locator('.entry-layout > .content');
		const glance = page.locator('.glance');
		await expect(toc.isVisible()).resolves.toBe(true);
		const [tocBox, contentBox, glanceBox] = await Promise.all([
			toc.boundingBox(),
			content.boundingBox(),
			glance.boundingBox(),
		]);
		// On the right, under the facts, near the top of the page.
		expect(tocBox!.x).toBeGreaterThanOrEqual(contentBox!.x + contentBox!.width);
		expect(tocBox!.y).toBeGreaterThan(glanceBox!.y + glanceBox!.height);
		expect(tocBox!.y).toBeLessThan(glanceBox!.y + glanceBox!.height + 100);

		// From the last link of the facts, Tab goes into the content, not into the contents list.
		await page.locator('.aside a').last().focus();
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.closest('.content') !== null)).resolves.toBe(true);

		// Still in view (sticky) far down the page, and a link jumps to its section.
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
		await expect.poll(async () => (await toc.boundingBox())!.y).toBeLessThan(200);
		await toc.getByRole('link', { name: 'Evidence' }).click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#evidence');
		expect(await seriousA11yViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});
