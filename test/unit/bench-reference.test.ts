import { describe, expect, it } from 'vitest';
import { referenceReport } from '../../scripts/lib/bench-report';
import { referencePages, referenceSite } from '../../scripts/lib/bench-reference';

describe('the bare reference site', () => {
	const files = referenceSite();
	const pages = files.filter((f) => f.path.startsWith('src/pages/'));

	it('is 1,000 one-page MDX files in one layout, with only @astrojs/mdx', () => {
		expect(pages).toHaveLength(referencePages);
		expect(pages.every((f) => f.path.endsWith('.mdx') && f.text.includes('layout: ../layouts/Page.astro'))).toBe(true);
		const config = files.find((f) => f.path === 'astro.config.mjs')!.text;
		expect(config).toContain('integrations: [mdx()]');
		expect(files.find((f) => f.path === 'src/layouts/Page.astro')!.text).toContain('<html lang="en">');
	});

	it('has bodies of about a persona body’s length, the same on every run', () => {
		const sizes = pages.map((f) => f.text.length).sort((a, b) => a - b);
		expect(sizes[sizes.length >> 1]).toBeGreaterThan(1500);
		expect(sizes[sizes.length >> 1]).toBeLessThan(6000);
		expect(referenceSite()).toEqual(files);
		expect(referenceSite(3, 2)).not.toEqual(referenceSite(3, 1));
	});
});

describe('referenceReport', () => {
	// One round: the reference, the floor (1.6 references unless given) and this site.
	const round = (reference: number, site: number, floor = reference * 1.6) => ({
		reference: { wallSeconds: reference, cpuSeconds: reference * 1.1, maxRssKb: 640 * 1024 },
		floor: { wallSeconds: floor, cpuSeconds: floor, maxRssKb: 790 * 1024 },
		site: { wallSeconds: site, cpuSeconds: site * 1.05, maxRssKb: 870 * 1024 },
	});

	it('turns rounds into a ratio and the time it means where the reference takes 8 s', () => {
		const report = referenceReport([round(10, 22), round(12, 24), round(11, 25.3)]);
		expect(report).toContain('median of 3 rounds: 2.20× (2.20, 2.00, 2.30)');
		expect(report).toContain('that is 17.6 s');
		expect(report).toContain('the target, 14 s, is 1.75×: not met');
		expect(report).toMatch(/\| bare Astro 7, 1,000 MDX pages \+ Pagefind CLI \| 11\.0 \(10\.0–12\.0\) \|/);
		expect(report).toContain('| 640 MB |');
		expect(report).toMatch(/\| this site, 1,000 personas \| 24\.0 \(22\.0–25\.3\) \| [\d.]+ \| 870 MB \|/);
	});

	it('adds the floor site: its row, its ratio and what this site adds to it', () => {
		const report = referenceReport([round(10, 25, 17), round(9, 22.5, 16.2), round(8, 20.8, 14.4)]);
		expect(report).toMatch(
			/\| floor: the same catalog in the barest Astro site \+ Pagefind CLI \| 16\.2 \(14\.4–17\.0\) \| 16\.2 \| 790 MB \|/,
		);
		const rows = report.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
		expect(rows.map((line) => line.split(' | ')[0])).toEqual([
			'| Build',
			'| bare Astro 7, 1,000 MDX pages + Pagefind CLI',
			'| floor: the same catalog in the barest Astro site + Pagefind CLI',
			'| this site, 1,000 personas',
		]);
		expect(report).toContain('This site ÷ reference, median of 3 rounds: 2.50× (2.50, 2.50, 2.60)');
		expect(report).toContain(
			'Floor ÷ reference: 1.80× (1.70, 1.80, 1.80), 14.4 s where the reference takes 8 s; ' +
				'the floor alone is 0.05 of a reference build over the target.',
		);
		// Site minus floor in each round, not the difference of the two medians (0.70).
		expect(report).toContain(
			"What this site's own work adds to the floor, round by round: 0.80 (0.80, 0.70, 0.80) of a reference build.",
		);
		const under = referenceReport([round(10, 25, 16)]);
		expect(under).toContain(
			'1.60× (1.60), 12.8 s where the reference takes 8 s; the target leaves 0.15 of a reference build above the floor.',
		);
	});

	it('leaves out what GNU time did not measure', () => {
		const unmeasured = { wallSeconds: 8, cpuSeconds: undefined, maxRssKb: undefined };
		const floor = { ...unmeasured, wallSeconds: 13 };
		expect(referenceReport([{ reference: unmeasured, floor, site: { ...unmeasured, wallSeconds: 16 } }])).toContain(
			'| bare Astro 7, 1,000 MDX pages + Pagefind CLI | 8.0 | – |  |',
		);
	});

	it('says when the target is met, and is empty without rounds', () => {
		expect(referenceReport([round(8, 13.6)])).toContain('one round: 1.70× (1.70)');
		expect(referenceReport([round(8, 13.6)])).toContain(': met.');
		expect(referenceReport([])).toBe('');
	});
});
