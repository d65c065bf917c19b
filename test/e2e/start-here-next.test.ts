import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, url } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const next = (page: Page) => page.locator('a[data-next-step]');
const nextText = (page: Page) => next(page).textContent();

describe('the button under the onboarding path', () => {
	it('begins at step 1, continues at the first step not done, and says when the path is finished', async () => {
		const { page, errors, context } = await openPage(browser, 'start-here/');
		await expect.poll(() => page.locator('[data-progress-count]').textContent()).toBe('0 of 12 done');
		expect(await nextText(page)).toBe('Begin with step 1: Customer profile: what a persona is →');

		const boxes = page.locator('input[data-step-done]');
		await boxes.nth(0).check();
		await expect.poll(() => nextText(page)).toBe('Continue with step 2: Meet Hannah, our most common customer →');
		expect(await next(page).getAttribute('href')).toMatch(/\/start-here\/hannah-bill-watcher\/$/);

		// A skipped step comes before later ones, and the choice survives a reload.
		await boxes.nth(2).check();
		await page.reload();
		await expect.poll(() => nextText(page)).toMatch(/^Continue with step 2: /);

		for (let i = 0; i < 12; i++) await boxes.nth(i).check();
		await expect.poll(() => nextText(page)).toMatch(/^You’ve finished the path/);
		await next(page).click();
		await page.waitForURL(/\/personas\/$/);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('stays "Begin with step 1" without JavaScript', async () => {
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(url('start-here/'));
		expect(await nextText(page)).toMatch(/^\s*Begin with step 1: Customer profile: what a persona is →\s*$/);
		await next(page).click();
		await page.waitForURL(/\/start-here\/customer-profile\/$/);
		await noScript.close();
	});
});
