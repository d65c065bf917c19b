import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content';
import { journeyToMermaid } from '../../src/lib/journey-mermaid';
import { diagramHtml } from '../../src/lib/mermaid-markup';
import { singleLine } from '../../src/lib/mermaid-text';
import type { JourneyData } from '../../src/schemas/journey';
import { launchBrowser, openPage, seriousA11yViolations, url } from '../support/browser';

const root = fileURLToPath(new URL('../../', import.meta.url));
const journeys = checkContent(root)
	.entries.filter((e) => e.collection === 'journeys')
	.map((e) => ({ id: e.id, data: e.data as JourneyData }));
const [firstJourney] = journeys;
const journeyPath = `journeys/${firstJourney?.id}/`;
const fencePath = 'glossary/customer-journey-mapping/';
const stepCount = (journey: { data: JourneyData }) => journey.data.stages.flatMap((stage) => stage.steps).length;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Scrolls every diagram into view and waits until each is drawn or shows its error. */
async function settle(page: Page) {
	for (const diagram of await page.locator('mermaid-diagram').all()) await diagram.scrollIntoViewIfNeeded();
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll<HTMLElement>('mermaid-diagram')].every(
				(d) => d.dataset['state'] === 'drawn' || d.dataset['state'] === 'error',
			),
		null,
		{ timeout: 30_000 },
	);
}

/** Ids of the diagram SVGs on the page, and whether any element holds more than one. */
const svgIds = (page: Page) =>
	page.evaluate(() => ({
		ids: [...document.querySelectorAll('mermaid-diagram svg[id^="mermaid-diagram-"]')].map((svg) => svg.id),
		duplicates: [...document.querySelectorAll('mermaid-diagram')].some(
			(d) => d.querySelectorAll(':scope > .mermaid-diagram-canvas > svg').length > 1,
		),
		// Mermaid renders in a temporary element on <body>; it must be gone afterwards.
		leftovers: document.querySelectorAll('body > [id^="dmermaid-diagram-"], body > [id^="imermaid-diagram-"]').length,
	}));

/** Texts of journey boxes whose label is taller than the box (it would be cut off); runs in the page. */
function clippedLabels(selector: string): string[] {
	return [...document.querySelectorAll<SVGForeignObjectElement>(`${selector} svg foreignObject`)]
		.filter((box) => (box.querySelector<HTMLElement>('.label')?.offsetHeight ?? 0) > box.height.baseVal.value + 1)
		.map((box) => box.textContent ?? '');
}

/** Adds a diagram element to the end of the page, like a fence in a body would produce. */
const addDiagram = (page: Page, html: string) =>
	page.evaluate((markup) => {
		document.querySelector('main')?.insertAdjacentHTML('beforeend', `<div id="injected">${markup}</div>`);
	}, html);

describe('journey diagrams in Chromium', () => {
	it('draws every journey as an <svg> with one task per step, in order', async () => {
		for (const journey of journeys) {
			const { page, errors, context } = await openPage(browser, `journeys/${journey.id}/`);
			await settle(page);
			const drawn = await page.evaluate(() => {
				const diagram = document.querySelector('mermaid-diagram');
				return {
					svgs: diagram?.querySelectorAll('svg').length,
					tasks: [...(diagram?.querySelectorAll('rect.task') ?? [])].map(
						(rect) => rect.parentElement?.querySelector('foreignObject')?.textContent ?? '',
					),
				};
			});
			const steps = journey.data.stages.flatMap((stage) => stage.steps);
			expect(drawn.svgs, journey.id).toBe(1);
			expect(await page.evaluate(clippedLabels, 'mermaid-diagram'), journey.id).toEqual([]);
			expect(drawn.tasks, journey.id).toHaveLength(steps.length);
			drawn.tasks.forEach((shown, index) => {
				// Shown in full, or shortened with "…" when too long for its box.
				const full = singleLine(steps[index]?.name ?? '');
				expect(
					shown === full || (shown.endsWith('…') && full.startsWith(shown.slice(0, -1))),
					`${journey.id}: ${shown}`,
				).toBe(true);
			});
			expect(errors, journey.id).toEqual([]);
			await context.close();
		}
	});

	it('reserves the space the diagram takes, so nothing jumps when it is drawn', async () => {
		for (const journey of journeys) {
			const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
			const before = await noScript.newPage();
			await before.goto(url(`journeys/${journey.id}/`));
			const reserved = await before.locator('.mermaid-diagram-canvas').first().boundingBox();
			await noScript.close();
			const { page, context } = await openPage(browser, `journeys/${journey.id}/`);
			await settle(page);
			const drawn = await page.locator('.mermaid-diagram-canvas').first().boundingBox();
			expect(Math.abs((drawn?.height ?? 0) - (reserved?.height ?? 0)), journey.id).toBeLessThanOrEqual(2);
			await context.close();
		}
	});

	it('fetches Mermaid only when a diagram comes near the viewport', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(request.url()));
		// Push the diagram far below the fold.
		await page.route(url(journeyPath), async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(
				'<mermaid-diagram',
				'<div style="height: 4000px"></div><mermaid-diagram',
			);
			await route.fulfill({ response, body: html });
		});
		await page.goto(url(journeyPath));
		await page.waitForTimeout(1000);
		expect(fetched.filter((u) => /\/mermaid\.esm\.min\.mjs$|\/mermaid\.core[.-]/.test(u))).toEqual([]);
		expect(await page.locator('mermaid-diagram').getAttribute('data-state')).toBe('waiting');
		await settle(page);
		expect(fetched.filter((u) => /\/mermaid\.esm\.min\.mjs$|\/mermaid\.core[.-]/.test(u))).toHaveLength(1);
		expect(await page.locator('mermaid-diagram').getAttribute('data-state')).toBe('drawn');
		await context.close();
	});

	it('redraws with a fresh id when the theme is switched, without duplicates or console errors', async () => {
		const { page, errors, context } = await openPage(browser, journeyPath);
		await settle(page);
		const light = await svgIds(page);
		const lightStyle = await page.locator('mermaid-diagram svg style').first().textContent();
		await page.locator('theme-toggle button').click();
		await page.waitForFunction((ids) => {
			const now = [...document.querySelectorAll('mermaid-diagram svg[id^="mermaid-diagram-"]')].map((svg) => svg.id);
			return now.length === ids.length && now.every((id) => !ids.includes(id));
		}, light.ids);
		await settle(page);
		const dark = await svgIds(page);
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
		expect(dark.ids).toHaveLength(light.ids.length);
		expect(dark.duplicates || light.duplicates).toBe(false);
		expect(dark.leftovers).toBe(0);
		expect(await page.locator('mermaid-diagram svg style').first().textContent()).not.toBe(lightStyle);
		// And back again.
		await page.locator('theme-toggle button').click();
		await page.waitForFunction((ids) => !document.querySelector(`#${ids[0]}`), dark.ids);
		await settle(page);
		expect((await svgIds(page)).ids).toHaveLength(light.ids.length);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('follows the system theme when the reader has not chosen one', async () => {
		const { page, errors, context } = await openPage(browser, fencePath);
		await settle(page);
		const before = await svgIds(page);
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.waitForFunction((id) => !document.getElementById(id), before.ids[0] ?? '');
		await settle(page);
		expect((await svgIds(page)).ids).toHaveLength(before.ids.length);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('draws a hand-written ```mermaid fence from a body', async () => {
		const { page, errors, context } = await openPage(browser, fencePath);
		await settle(page);
		expect(await page.locator('mermaid-diagram svg[aria-roledescription^="flowchart"]').count()).toBe(1);
		expect(await page.locator('mermaid-diagram svg').first().textContent()).toContain('Draft the map');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows an error box with Mermaid’s message and the source for a broken diagram', async () => {
		const { page, context } = await openPage(browser, fencePath);
		const source = 'flowchart LR\n  a --> (';
		await addDiagram(page, diagramHtml({ source, label: 'Broken flowchart' }));
		await page.locator('#injected mermaid-diagram').scrollIntoViewIfNeeded();
		await page.waitForFunction(
			() => document.querySelector<HTMLElement>('#injected mermaid-diagram')?.dataset['state'] === 'error',
		);
		const box = page.locator('#injected .mermaid-diagram-error');
		expect(await box.isVisible()).toBe(true);
		expect(await box.locator('.mermaid-diagram-error-title').textContent()).toBe('This diagram could not be drawn.');
		expect((await box.locator('.mermaid-diagram-error-message').textContent())?.trim()).toMatch(/\S/);
		expect(await box.locator('.mermaid-diagram-error-source').textContent()).toBe(source);
		expect(await page.locator('#injected svg').count()).toBe(0);
		expect(await page.locator('#injected .mermaid-diagram-canvas').isVisible()).toBe(false);
		await context.close();
	});

	it('refuses a source longer than Mermaid draws, with a clear message', async () => {
		const { page, context } = await openPage(browser, fencePath);
		await addDiagram(page, diagramHtml({ source: `flowchart LR\n${'  a --> b\n'.repeat(5000)}`, label: 'Huge' }));
		await page.locator('#injected mermaid-diagram').scrollIntoViewIfNeeded();
		await page.waitForFunction(
			() => document.querySelector<HTMLElement>('#injected mermaid-diagram')?.dataset['state'] === 'error',
		);
		expect(await page.locator('#injected .mermaid-diagram-error-message').textContent()).toMatch(/characters long/);
		await context.close();
	});

	it('runs no code from diagram text: strict security', async () => {
		const source = [
			'flowchart LR',
			'  A["<img src=x onerror=window.pwned=1>"] --> B["<script>window.pwned=2</script>"]',
			'  click A href "javascript:window.pwned=3"',
			'  click B call callback()',
		].join('\n');
		const { page, errors, context } = await openPage(browser, fencePath);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.evaluate(() => {
			(window as unknown as { callback: () => void }).callback = () => {
				(window as unknown as { pwned: number }).pwned = 4;
			};
		});
		await addDiagram(page, diagramHtml({ source, label: 'Hostile' }));
		await page.locator('#injected mermaid-diagram').scrollIntoViewIfNeeded();
		await page.waitForFunction(
			() => document.querySelector<HTMLElement>('#injected mermaid-diagram')?.dataset['state'] === 'drawn',
		);
		for (const node of await page.locator('#injected g.node').all()) await node.click({ force: true });
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		expect(await page.locator('#injected script, #injected img').count()).toBe(0);
		// Not even the image is fetched.
		expect(requests.filter((u) => u.endsWith('/x'))).toEqual([]);
		// A diagram cannot switch strict security off for itself.
		await addDiagram(
			page,
			diagramHtml({ source: `%%{init: {"securityLevel": "loose"}}%%\n${source}`, label: 'Hostile' }),
		);
		await page.locator('#injected mermaid-diagram').last().scrollIntoViewIfNeeded();
		await page.waitForFunction(() =>
			[...document.querySelectorAll<HTMLElement>('#injected mermaid-diagram')].every(
				(d) => d.dataset['state'] === 'drawn',
			),
		);
		for (const node of await page.locator('#injected g.node').all()) await node.click({ force: true });
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		expect(errors).toEqual([]);
		await context.close();
	});

	it('draws writer text with Mermaid syntax characters, emoji and other scripts exactly', async () => {
		const names = [
			`Q&A: "50% off"; #1 <b>deal</b>, {x}\\y`,
			'Title deeds arrive',
			'ﬂ°°35¶ß and %%',
			'Заказ 🛒 注文 طلب',
			'WWWWWWWWWWWWW MMMMMMMMMMMMMMM WWWWWWWWWWWWW MMMMMMMMMMMMMMM WWWWWWW',
		];
		const tricky = {
			title: 'Tricky: #1; 100%',
			stages: [
				{ name: 'Stage: one; #2', steps: names.map((name) => ({ name, score: 3, actors: ['Support: tier 1, UK'] })) },
			],
		};
		const { page, errors, context } = await openPage(browser, fencePath);
		await addDiagram(page, diagramHtml({ source: journeyToMermaid(tricky).source, label: 'Tricky journey' }));
		await page.locator('#injected mermaid-diagram').scrollIntoViewIfNeeded();
		await page.waitForFunction(
			() => document.querySelector<HTMLElement>('#injected mermaid-diagram')?.dataset['state'] === 'drawn',
		);
		const shown = await page.evaluate(() => {
			const svg = document.querySelector('#injected svg');
			return {
				tasks: [...(svg?.querySelectorAll('rect.task') ?? [])].map(
					(rect) => rect.parentElement?.querySelector('foreignObject')?.textContent,
				),
				section: svg?.querySelector('rect.journey-section')?.parentElement?.querySelector('foreignObject')?.textContent,
				text: svg?.textContent ?? '',
			};
		});
		expect(shown.tasks).toEqual(names);
		expect(shown.section).toBe('Stage: one; #2');
		expect(await page.evaluate(clippedLabels, '#injected')).toEqual([]);
		expect(shown.text).toContain('Tricky: #1; 100%');
		expect(shown.text).toContain('Support: tier 1, UK');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('can be reached and scrolled with the keyboard, and is named for screen readers', async () => {
		const { page, context } = await openPage(browser, journeyPath, { width: 900 });
		await settle(page);
		const canvas = page.locator('mermaid-diagram .mermaid-diagram-canvas').first();
		expect(await canvas.getAttribute('role')).toBe('img');
		expect(await canvas.getAttribute('aria-label')).toContain(firstJourney?.data.title);
		// The journey is wider than the column, so the canvas takes focus to scroll.
		expect(await canvas.getAttribute('tabindex')).toBe('0');
		let focused = false;
		for (let i = 0; i < 80 && !focused; i++) {
			await page.keyboard.press('Tab');
			focused = await canvas.evaluate((el) => el === document.activeElement);
		}
		expect(focused).toBe(true);
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
		await page.waitForFunction(() => (document.querySelector('.mermaid-diagram-canvas')?.scrollLeft ?? 0) > 0);
		// The source disclosure opens from the keyboard.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Diagram source');
		await page.keyboard.press('Enter');
		expect(await page.locator('mermaid-diagram details').first().getAttribute('open')).not.toBeNull();
		// The emotion curve is an image with a name and a description in words.
		const curve = page.locator('.emotion-curve svg[role="img"]');
		const name = await curve.evaluate(
			(svg) => document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent,
		);
		const description = await curve.evaluate(
			(svg) => document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent,
		);
		expect(name).toContain(firstJourney?.data.title);
		expect(description).toMatch(/Lowest: .* Highest: /);
		await context.close();
	});

	it('says when a journey scrolls sideways, and shrinks one only a little too wide to fit', async () => {
		const widest = journeys.reduce((a, b) => (stepCount(b) > stepCount(a) ? b : a));
		const { page, context } = await openPage(browser, `journeys/${widest.id}/`, { width: 320 });
		await settle(page);
		expect(await page.locator('mermaid-diagram .mermaid-diagram-hint').first().textContent()).toBe(
			`Scroll sideways to see all ${stepCount(widest)} steps →`,
		);
		// A box a little narrower than the diagram (padding and border take 26 px): it fits, with text at least 11 px, and no hint.
		await page.evaluate(() => {
			const diagram = document.querySelector<HTMLElement>('mermaid-diagram');
			const natural =
				diagram?.querySelector<SVGSVGElement>('.mermaid-diagram-canvas > svg')?.viewBox.baseVal.width ?? 0;
			diagram?.style.setProperty('max-width', 'none');
			diagram?.style.setProperty('width', `${Math.round(natural * 0.9) + 26}px`);
			window.dispatchEvent(new Event('resize'));
		});
		await page.waitForFunction(() => !document.querySelector('mermaid-diagram')?.hasAttribute('data-scrolls'));
		const fitted = await page.evaluate(() => {
			const canvas = document.querySelector<HTMLElement>('.mermaid-diagram-canvas');
			const svg = canvas?.querySelector('svg');
			return {
				overflow: (canvas?.scrollWidth ?? 0) - (canvas?.clientWidth ?? 0),
				scale: (svg?.getBoundingClientRect().width ?? 0) / (svg?.viewBox.baseVal.width ?? 1),
				hint: document.querySelector('.mermaid-diagram-hint'),
			};
		});
		expect(fitted.overflow).toBeLessThanOrEqual(1);
		expect(fitted.scale).toBeGreaterThanOrEqual(11 / 13 - 0.01);
		expect(fitted.hint).toBeNull();
		await context.close();
	});

	it('colours journeys from the site palette, spans the curve across its box, keeps table columns readable', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, context } = await openPage(browser, journeyPath, { colorScheme });
			await settle(page);
			const fill = await page.evaluate(
				() => getComputedStyle(document.querySelector('mermaid-diagram rect.task') as Element).fill,
			);
			// Not Mermaid's lavender (#ECECFF) or yellow (#FFFFDE), nor its dark theme's defaults.
			expect(fill, colorScheme).toMatch(/^rgb\(/);
			expect(['rgb(236, 236, 255)', 'rgb(255, 255, 222)'], colorScheme).not.toContain(fill);
			await context.close();
		}
		const { page, context } = await openPage(browser, journeyPath, { width: 1280 });
		const curve = await page.evaluate(() => {
			const box = document.querySelector('.emotion-curve .scroller') as HTMLElement;
			const svg = box.querySelector('svg') as SVGSVGElement;
			const last = [...svg.querySelectorAll('circle')].at(-1)?.getBoundingClientRect();
			return { box: box.getBoundingClientRect(), svg: svg.getBoundingClientRect(), last };
		});
		expect(curve.svg.width).toBeGreaterThan(curve.box.width - 40);
		expect(curve.last?.right ?? 0).toBeGreaterThan(curve.box.right - 100);
		expect(await page.locator('.emotion-curve figcaption').textContent()).not.toMatch(/hover/i);
		await page.setViewportSize({ width: 320, height: 800 });
		const widths = await page.evaluate(() => ({
			step: document.querySelector('th[scope="row"]')?.getBoundingClientRect().width ?? 0,
			stage: document.querySelector('.stage-text')?.getBoundingClientRect().right ?? 0,
			box: document.querySelector('.scroller:has(table)')?.getBoundingClientRect().right ?? 0,
		}));
		expect(widths.step).toBeGreaterThanOrEqual(11 * 16);
		expect(widths.stage).toBeLessThanOrEqual(widths.box);
		await context.close();
	});

	it('has no serious or critical accessibility violations, light or dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			for (const path of [journeyPath, fencePath]) {
				const { page, context } = await openPage(browser, path, { colorScheme });
				await settle(page);
				expect(await seriousA11yViolations(page), `${path} ${colorScheme}`).toEqual([]);
				await context.close();
			}
		}
	});

	it('records the bytes of JavaScript a journey page and a page without a diagram load', async () => {
		const measure = async (path: string, draw: boolean) => {
			const context = await browser.newContext();
			const page = await context.newPage();
			const sizes: number[] = [];
			page.on('response', async (response) => {
				if (response.url().endsWith('.js')) sizes.push((await response.body()).length);
			});
			await page.goto(url(path));
			if (draw) await settle(page);
			await page.waitForTimeout(500);
			await context.close();
			return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) };
		};
		const journey = await measure(journeyPath, true);
		const plain = await measure('personas/', false);
		console.info(
			'JavaScript fetched (uncompressed):',
			JSON.stringify({ 'journey page, diagram drawn': journey, 'page without a diagram': plain }),
		);
		expect(plain.bytes).toBeLessThan(20_000);
		expect(journey.bytes).toBeGreaterThan(plain.bytes);
	});
});
