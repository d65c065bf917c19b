import { build } from 'astro';
import { load } from 'cheerio';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usedInShown } from '../../src/lib/used-in-groups';
import { withBuildEnv } from '../support/build-env';
import { readDist } from '../support/dist';

/**
 * A term that more personas mention than its page lists: the shipped content plus enough
 * personas that talk about touchpoints, built on its own (the rest of the suite uses the
 * shipped content, where no term comes near the limit).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'persona-atlas-used-in-'));
const content = join(temp, 'content');
const outDir = join(temp, 'dist');
const extra = usedInShown + 6;
const base = process.env['BASE_PATH'] ?? '/';
const prefix = base.replace(/\/$/, '');

let touchpoint: ReturnType<typeof load>;

beforeAll(async () => {
	cpSync(join(root, 'content'), content, { recursive: true });
	for (let i = 1; i <= extra; i++) {
		const n = String(i).padStart(2, '0');
		const persona = [
			'---',
			`role: Tenant ${n}`,
			'summary: A tenant who notices every touchpoint with the landlord.',
			'personaType: user',
			'market: b2c',
			'owner:',
			'  name: Research team',
			'status: active',
			'lastReviewed: 2026-11-01',
			'---',
			'',
			'Every touchpoint with the landlord shapes what this tenant thinks of the service.',
			'',
		].join('\n');
		writeFileSync(join(content, 'personas', `tenant-${n}.mdx`), persona);
	}
	await withBuildEnv(() => build({ root, outDir, cacheDir: join(temp, 'cache'), logLevel: 'warn' }), {
		CONTENT_DIR: content,
	});
	const html = readDist(outDir, base).pages.get(`${prefix}/glossary/touchpoint/`);
	if (html === undefined) throw new Error('the large build has no page for the term touchpoint');
	touchpoint = load(html);
}, 300_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('"Used in" on a term mentioned by many entries', () => {
	it('counts every persona but lists only the first ones, and says so', () => {
		const section = touchpoint('#used-in-personas').closest('section');
		const total = Number(/\((\d+)\)/.exec(section.find('h3').text())?.[1]);
		expect(total).toBeGreaterThanOrEqual(extra);
		expect(section.find('.entry-links > li')).toHaveLength(usedInShown);
		expect(section.find('.more').text().replace(/\s+/g, ' ').trim()).toBe(
			`${usedInShown} of ${total} shown. Search all ${total} personas for “Touchpoint”`,
		);
	});

	it('links to a search for the term among personas, below the base path', () => {
		const link = touchpoint('#used-in-personas').closest('section').find('.more a');
		expect(link.attr('href')).toBe(`${prefix}/search/?q=Touchpoint&kind=persona`);
	});

	it('lists kinds under the limit in full, without a search link', () => {
		for (const kind of ['segments', 'journeys', 'glossary']) {
			const section = touchpoint(`#used-in-${kind}`).closest('section');
			if (section.length === 0) continue;
			const total = Number(/\((\d+)\)/.exec(section.find('h3').text())?.[1]);
			expect(section.find('.entry-links > li')).toHaveLength(total);
			expect(section.find('.more')).toHaveLength(0);
		}
	});
});
