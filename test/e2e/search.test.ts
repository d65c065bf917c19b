import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content';
import type { PersonaData } from '../../src/schemas/persona';
import { launchBrowser, openPage, seriousA11yViolations, url } from '../support/browser';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { entries } = checkContent(root);
const rawText = (file: string) => readFileSync(new URL(file, `file://${root}`), 'utf8');
const hasWord = (text: string, word: string) =>
	new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu').test(text);

/** Every string inside a value (frontmatter fields, nested lists and objects), joined with " | ". */
function textOf(value: unknown): string {
	const parts: string[] = [];
	const visit = (item: unknown) => {
		if (typeof item === 'string') parts.push(item);
		else if (Array.isArray(item)) item.forEach(visit);
		else if (item && typeof item === 'object' && !(item instanceof Date)) Object.values(item).forEach(visit);
	};
	visit(value);
	return parts.join(' | ');
}

/**
 * A persona and a word that appears in its pain points and nowhere else in the whole content:
 * not in the persona's other fields or body, not in any other entry.
 */
function painPointOnlyWord(): { id: string; name: string; word: string } {
	const files = entries.map((e) => ({ entry: e, text: rawText(e.file) }));
	for (const { entry } of files.filter((f) => f.entry.collection === 'personas')) {
		const data = entry.data as PersonaData;
		const words = textOf(data.painPoints).match(/\p{L}{7,}/gu) ?? [];
		for (const word of new Set(words.map((w) => w.toLowerCase()))) {
			const elsewhere = files.filter((f) => hasWord(f.text, word)).length;
			const rest = textOf({ ...data, painPoints: [] });
			if (elsewhere === 1 && !hasWord(rest, word)) return { id: entry.id, name: data.name ?? data.role, word };
		}
	}
	throw new Error('No persona has a word of its own in its pain points; add one to the sample content.');
}

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Types into the header search box and waits until the list shows the results of that query. */
async function search(page: Page, query: string) {
	const input = page.locator('#site-search-input');
	await input.focus();
	await input.fill(query);
	await page.waitForFunction((q) => document.querySelector<HTMLElement>('site-search')?.dataset['query'] === q, query, {
		timeout: 15_000,
	});
	return page.locator('#site-search-listbox [role="option"]');
}

describe('the header search box in Chromium', () => {
	it('loads no search code until focused; then `/` and Ctrl-K focus it and the index loads', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto(url('segments/'));
		await page.waitForLoadState('networkidle');
		expect(requested.filter((r) => /pagefind|search-combobox/.test(r))).toEqual([]);
		await page.keyboard.press('/');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
		await expect.poll(() => requested.some((r) => r.includes('/pagefind/pagefind.js'))).toBe(true);
		expect(requested.some((r) => /search-combobox/.test(r))).toBe(true);
		// A slash typed in the box is text, not the shortcut.
		await page.keyboard.type('a/b');
		expect(await page.inputValue('#site-search-input')).toBe('a/b');
		await page.locator('main h1').click({ position: { x: 4, y: 4 } });
		await page.keyboard.press('Control+k');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('finds a persona by a word found only in its pain points, and says where', async () => {
		const { id, name, word } = painPointOnlyWord();
		const { page, errors, context } = await openPage(browser, 'glossary/');
		const options = await search(page, word);
		const option = options.filter({ hasText: name }).first();
		await expect.poll(() => option.count()).toBe(1);
		expect(await option.getAttribute('href')).toMatch(new RegExp(`/personas/${id}/`));
		expect(await option.locator('.search-kind').textContent()).toBe('Persona');
		expect(await option.locator('.search-section').textContent()).toBe('Pain points');
		expect((await option.locator('.search-excerpt mark').allTextContents()).join(' ').toLowerCase()).toContain(word);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('moves through results with ↑/↓, opens one with Enter and closes with Escape', async () => {
		const { page, errors, context } = await openPage(browser, '');
		const input = page.locator('#site-search-input');
		const options = await search(page, 'installer');
		expect(await options.count()).toBeGreaterThan(2);
		expect(await input.getAttribute('aria-expanded')).toBe('true');
		const selected = () => page.locator('[role="option"][aria-selected="true"]');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		expect(await selected().getAttribute('id')).toBe(await options.nth(1).getAttribute('id'));
		expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		// ↑ from the first option wraps to the last.
		expect(await selected().getAttribute('id')).toBe(await options.last().getAttribute('id'));
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Escape');
		expect(await input.getAttribute('aria-expanded')).toBe('false');
		expect(await page.locator('site-search [data-popup]').isHidden()).toBe(true);
		expect(await input.inputValue()).toBe('installer');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const target = await selected().getAttribute('href');
		await Promise.all([page.waitForURL((u) => u.href.endsWith(target ?? '')), page.keyboard.press('Enter')]);
		expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(target);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('works with the mouse: hover picks, a click opens, a click outside closes', async () => {
		const { page, errors, context } = await openPage(browser, 'personas/');
		const options = await search(page, 'tenant');
		await options.nth(1).hover();
		expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
		// The left end of the heading: the popup covers its middle.
		await page.locator('main h1').click({ position: { x: 4, y: 4 } });
		expect(await page.locator('site-search [data-popup]').isHidden()).toBe(true);
		await page.locator('#site-search-input').click();
		await expect.poll(() => page.locator('site-search [data-popup]').isVisible()).toBe(true);
		const href = await options.first().getAttribute('href');
		await Promise.all([page.waitForURL((u) => u.href.endsWith(href ?? '')), options.first().click()]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('finds a glossary term by its alias ("avatar" → customer profile, "CRM")', async () => {
		const { page, errors, context } = await openPage(browser, '');
		let options = await search(page, 'avatar');
		expect(await options.first().locator('.search-title').textContent()).toBe('Customer profile');
		expect(await options.first().locator('.search-kind').textContent()).toBe('Glossary term');
		options = await search(page, 'CRM');
		expect(await options.first().locator('.search-title').textContent()).toBe('Customer relationship management');
		await page.keyboard.press('ArrowDown');
		await Promise.all([
			page.waitForURL(/\/glossary\/customer-relationship-management\/$/),
			page.keyboard.press('Enter'),
		]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('labels drafts and deprecated personas, and Enter without a pick opens the search page', async () => {
		const retired = entries
			.filter((e) => e.collection === 'personas' && e.data['status'] !== 'active')
			.map((e) => e.data as PersonaData);
		expect(new Set(retired.map((p) => p.status))).toEqual(new Set(['draft', 'deprecated']));
		const { page, errors, context } = await openPage(browser, '');
		for (const persona of retired) {
			const name = persona.name ?? persona.role;
			const options = await search(page, name);
			const option = options.filter({ has: page.locator('.search-title', { hasText: name }) }).first();
			expect(await option.locator('.search-status').textContent(), name).toBe(
				persona.status === 'draft' ? 'Draft' : 'Deprecated',
			);
		}
		const options = await search(page, 'persona');
		expect(await options.count()).toBeLessThanOrEqual(8);
		await Promise.all([page.waitForURL(/\/search\/\?q=persona$/), page.keyboard.press('Enter')]);
		await expect.poll(() => page.locator('[data-hits] li').count()).toBeGreaterThan(8);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('has no serious accessibility problem with the results open, in light and dark, and fits a phone', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, errors, context } = await openPage(browser, 'journeys/', { colorScheme });
			await search(page, 'bill');
			await page.keyboard.press('ArrowDown');
			expect(await seriousA11yViolations(page), colorScheme).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		}
		const { page, context } = await openPage(browser, '', { width: 360 });
		await search(page, 'renters');
		const box = await page.locator('site-search [data-popup]').boundingBox();
		expect(box?.x).toBeGreaterThanOrEqual(0);
		expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
		await context.close();
	});
});

describe('the search page in Chromium', () => {
	const hits = (page: Page) => page.locator('[data-hits] > li');
	const settled = (page: Page) =>
		page.waitForFunction(() => {
			const status = document.querySelector('[data-status]')?.textContent ?? '';
			return status !== '' && !status.startsWith('Searching');
		});

	it('runs the search in the URL, and a filter narrows it and goes into the URL', async () => {
		const { page, errors, context } = await openPage(browser, 'search/?q=heating');
		await settled(page);
		const all = await hits(page).count();
		expect(all).toBeGreaterThan(2);
		expect(await page.inputValue('#search-query')).toBe('heating');
		await page.getByRole('checkbox', { name: /^Persona\b/ }).check();
		await page.waitForURL(/\/search\/\?q=heating&kind=persona$/);
		await expect.poll(() => hits(page).count()).toBeLessThan(all);
		await expect
			.poll(async () => new Set(await page.locator('[data-hits] .search-kind').allTextContents()))
			.toEqual(new Set(['Persona']));
		expect(await page.textContent('[data-status]')).toMatch(/results? for “heating” in Kind: Persona/);
		// Back undoes the filter.
		await page.goBack();
		await expect.poll(() => hits(page).count()).toBe(all);
		expect(await page.getByRole('checkbox', { name: /^Persona\b/ }).isChecked()).toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('browses by filters alone, A to Z, with a count on every value', async () => {
		const personas = entries.filter((e) => e.collection === 'personas').map((e) => e.data as PersonaData);
		const b2b = personas.filter((p) => p.market === 'b2b').map((p) => p.name ?? p.role);
		const { page, errors, context } = await openPage(browser, 'search/?kind=persona&market=b2b');
		await settled(page);
		expect(await page.locator('.search-hit-title').allTextContents()).toEqual(
			[...b2b].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
		);
		const count = (name: RegExp) =>
			page.getByRole('checkbox', { name }).locator('xpath=..').locator('[data-count]').textContent();
		// Within a facet, counts are what picking that value would add.
		expect(await count(/^Consumer \(B2C\)/)).toMatch(
			new RegExp(`^${personas.filter((p) => p.market === 'b2c').length}\\b`),
		);
		const b2bSegments = entries.filter((e) => e.collection === 'segments' && e.data['market'] === 'b2b').length;
		expect(await count(/^Segment\b/)).toMatch(new RegExp(`^${b2bSegments}\\b`));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('helps when nothing is found: close glossary terms, and clearing filters', async () => {
		const { page, errors, context } = await openPage(browser, 'search/?q=custmer%20profle');
		await settled(page);
		expect(await page.textContent('[data-status]')).toContain('No results');
		expect(await page.locator('[data-empty] a', { hasText: 'Customer profile' }).getAttribute('href')).toMatch(
			/\/glossary\/customer-profile\/$/,
		);
		await page.goto(url('search/?q=heating&kind=term&status=deprecated'));
		await settled(page);
		await page.locator('[data-empty] button', { hasText: 'Clear filters' }).click();
		await page.waitForURL(/\/search\/\?q=heating$/);
		await expect.poll(() => hits(page).count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('has no serious accessibility problem, with results and filters', async () => {
		const { page, errors, context } = await openPage(browser, 'search/?q=persona&kind=persona');
		await settled(page);
		expect(await seriousA11yViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});
