import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, seriousA11yViolations, url } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const personaWithTerms = 'personas/hannah-bill-watcher/';

/** Whether the tooltip of a `<glossary-term>` is showing (laid out, not just in the DOM). */
const tipShown = (term: Locator) =>
	term.locator('.term-tip').evaluate((tip) => getComputedStyle(tip).display !== 'none');
/** Waits until the tooltip is shown or hidden. */
async function waitForTip(page: Page, term: Locator, shown: boolean) {
	const handle = await term.elementHandle();
	await page.waitForFunction(
		([element, wanted]) => {
			const tip = (element as Element).querySelector('.term-tip')!;
			return (getComputedStyle(tip).display !== 'none') === wanted;
		},
		[handle, shown] as const,
		{ timeout: 5_000 },
	);
}

describe('term tooltips', () => {
	it('show on hover, stay while the pointer moves onto them, and close with Escape', async () => {
		const { page, errors, context } = await openPage(browser, personaWithTerms);
		const term = page.locator('glossary-term').first();
		await term.scrollIntoViewIfNeeded();
		expect(await tipShown(term)).toBe(false);

		await term.locator('a').hover();
		await waitForTip(page, term, true);
		// Hoverable (WCAG 1.4.13): moving onto the tooltip keeps it open.
		await term.locator('.term-tip').hover();
		await page.waitForTimeout(300);
		expect(await tipShown(term)).toBe(true);

		// Dismissible without moving the pointer.
		await page.keyboard.press('Escape');
		await waitForTip(page, term, false);
		// Pointing at it again brings it back.
		await page.mouse.move(0, 0);
		await term.locator('a').hover();
		await waitForTip(page, term, true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('show on keyboard focus, describe the link, and close with Escape while focus stays', async () => {
		const { page, context } = await openPage(browser, personaWithTerms);
		const term = page.locator('glossary-term').first();
		const link = term.locator('a');
		await link.focus();
		await waitForTip(page, term, true);
		const described = await link.evaluate(
			(a) => document.getElementById(a.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
		);
		expect(described).toBe(await term.locator('[role="tooltip"]').textContent());
		expect(described).toMatch(/^Jobs to be done: /);

		await page.keyboard.press('Escape');
		await waitForTip(page, term, false);
		expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);

		// Leaving and coming back with the keyboard shows it again.
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await waitForTip(page, term, true);
		await context.close();
	});

	it('stays inside a narrow window', async () => {
		const { page, context } = await openPage(browser, personaWithTerms, { width: 360 });
		for (const term of await page.locator('glossary-term').all()) {
			await term.locator('a').focus();
			await waitForTip(page, term, true);
			// The script moves a tooltip back inside the window in the frame after it opens.
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			const box = await term.locator('.term-tip').boundingBox();
			expect(box!.x).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width).toBeLessThanOrEqual(360);
		}
		await context.close();
	});

	it('use the dark theme, and never print', async () => {
		const { page, context } = await openPage(browser, personaWithTerms, { colorScheme: 'dark' });
		const term = page.locator('glossary-term').first();
		await term.locator('a').focus();
		await waitForTip(page, term, true);
		const [tipBackground, pageBackground] = await Promise.all([
			term.locator('.term-tip').evaluate((tip) => getComputedStyle(tip).backgroundColor),
			page.evaluate(() => getComputedStyle(document.body).backgroundColor),
		]);
		// Both dark: every channel well below the middle.
		for (const colour of [tipBackground, pageBackground])
			for (const channel of colour.match(/\d+/g)!.slice(0, 3)) expect(Number(channel)).toBeLessThan(80);
		await page.emulateMedia({ media: 'print' });
		expect(await term.locator('.term-tip').evaluate((tip) => getComputedStyle(tip).display)).toBe('none');
		await context.close();
	});

	it('lead to the term page', async () => {
		const { page, context } = await openPage(browser, personaWithTerms);
		const link = page.locator('glossary-term a').first();
		await Promise.all([page.waitForURL(/\/glossary\/jobs-to-be-done\/$/), link.click()]);
		await expect(page.locator('h1').textContent()).resolves.toBe('Jobs to be done');
		await context.close();
	});
});

describe('alias pages', () => {
	it('send the reader on to the term', async () => {
		const { page, context } = await openPage(browser, 'glossary/customer-persona/');
		await page.waitForURL(/\/glossary\/customer-profile\/$/);
		await expect(page.locator('h1').textContent()).resolves.toBe('Customer profile');
		await context.close();
	});
});

describe('glossary filter', () => {
	it('filters by name, alias and summary as you type, announces the count, and clears', async () => {
		const { page, errors, context } = await openPage(browser, 'glossary/');
		const input = page.getByLabel('Filter the glossary');
		const visibleTerms = () => page.locator('[data-filter-text]:visible dt a').allTextContents();
		const all = (await visibleTerms()).length;
		expect(all).toBeGreaterThan(20);

		await input.fill('crm');
		expect(await visibleTerms()).toEqual(['Customer relationship management']);
		await expect
			.poll(() => page.locator('glossary-filter [role="status"]').textContent())
			.toBe(`1 of ${all} terms matches “crm”.`);
		// Letters left without terms are hidden, and their jump links switched off.
		expect(await page.locator('[data-letter-section]:visible').count()).toBe(1);
		expect(await page.locator('.letter-nav a[href]').allTextContents()).toEqual(['C']);
		expect(page.url()).toMatch(/\?q=crm$/);

		await input.fill('touch point');
		expect(await visibleTerms()).toEqual(['Touchpoint']);
		await input.fill('summary words nobody wrote');
		expect(await visibleTerms()).toEqual([]);
		await expect.poll(() => page.locator('glossary-filter .empty').isVisible()).toBe(true);
		await page.getByRole('button', { name: 'clear the filter' }).click();
		expect((await visibleTerms()).length).toBe(all);
		expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keeps a filtered list in the address, and shows the full list without JavaScript', async () => {
		const { page, context } = await openPage(browser, 'glossary/?q=jour');
		await expect.poll(() => page.getByLabel('Filter the glossary').inputValue()).toBe('jour');
		expect(await page.locator('[data-filter-text]:visible').count()).toBeLessThan(20);
		await context.close();

		const noScript = await browser.newContext({ javaScriptEnabled: false });
		const plain = await noScript.newPage();
		await plain.goto(url('glossary/'));
		expect(await plain.locator('#glossary-filter-input').isVisible()).toBe(false);
		expect(await plain.locator('[data-filter-text]:visible').count()).toBeGreaterThan(20);
		await noScript.close();
	});
});

describe('start here', () => {
	const done = (page: Page) => page.locator('[data-progress-count]').textContent();

	it('saves progress in the browser: it survives a reload and shows on the step pages', async () => {
		const { page, errors, context } = await openPage(browser, 'start-here/');
		await expect.poll(() => done(page)).toBe('0 of 12 done');
		const boxes = page.locator('input[data-step-done]');
		await boxes.nth(0).check();
		await boxes.nth(2).check();
		await boxes.nth(4).check();
		await boxes.nth(2).uncheck();
		await expect.poll(() => done(page)).toBe('2 of 12 done');
		await expect.poll(() => page.locator('[data-progress-announce]').textContent()).toBe('2 of 12 done');

		await page.reload();
		await expect.poll(() => done(page)).toBe('2 of 12 done');
		expect(await boxes.nth(0).isChecked()).toBe(true);
		expect(await boxes.nth(2).isChecked()).toBe(false);
		expect(await boxes.nth(4).isChecked()).toBe(true);
		expect(await page.locator('progress').evaluate((p) => (p as HTMLProgressElement).value)).toBe(2);

		// The step page knows, and ticking there counts on the overview.
		await page.locator('ol.steps h2 a').nth(1).click();
		await page.waitForURL(/\/start-here\/hannah-bill-watcher\/$/);
		await expect.poll(() => done(page)).toBe('2 of 12 done');
		const here = page.getByLabel('I’ve finished this step');
		expect(await here.isChecked()).toBe(false);
		await here.check();
		await expect.poll(() => done(page)).toBe('3 of 12 done');
		await page.locator('a[rel="next"]').click();
		await page.waitForURL(/\/start-here\/jobs-to-be-done\/$/);
		await page.locator('a[rel="prev"]').click();
		await page.waitForURL(/\/start-here\/hannah-bill-watcher\/$/);
		await page.goto(url('start-here/'));
		await expect.poll(() => done(page)).toBe('3 of 12 done');

		await page.getByRole('button', { name: 'Start over' }).click();
		await expect.poll(() => done(page)).toBe('0 of 12 done');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('works without JavaScript: every step listed and linked, no checkboxes that could not be saved', async () => {
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(url('start-here/'));
		expect(await page.locator('ol.steps h2 a:visible').count()).toBe(12);
		expect(await page.locator('input[data-step-done]:visible').count()).toBe(0);
		expect(await page.locator('start-here-progress').isVisible()).toBe(false);
		await page.locator('ol.steps h2 a').first().click();
		await page.waitForURL(/\/start-here\/customer-profile\/$/);
		expect(await page.locator('a[rel="next"]').isVisible()).toBe(true);
		await noScript.close();
	});
});

describe('accessibility', () => {
	for (const path of [
		'glossary/',
		'glossary/touchpoint/',
		'start-here/',
		'start-here/hannah-bill-watcher/',
		personaWithTerms,
	]) {
		it(`has no serious or critical axe violations on /${path}, also in dark mode and with a tooltip open`, async () => {
			for (const colorScheme of ['light', 'dark'] as const) {
				const { page, context } = await openPage(browser, path, { colorScheme });
				const term = page.locator('glossary-term a').first();
				if ((await term.count()) > 0) await term.focus();
				if (path === 'glossary/') await page.getByLabel('Filter the glossary').fill('jour');
				expect(await seriousA11yViolations(page), `${path} (${colorScheme})`).toEqual([]);
				await context.close();
			}
		});
	}
});
