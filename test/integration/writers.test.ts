import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config';
import { checkContent } from '../../src/lib/check-content';
import { today } from '../../src/lib/clock';
import { contributingGuide } from '../../src/lib/contributing-guide';
import { entryKinds } from '../../src/lib/entry-kinds';
import { fieldReference, referenceKinds } from '../../src/lib/field-reference';
import { entriesToReview, groupByOwner, reviewOf, type Owner, type Reviewable } from '../../src/lib/freshness';
import { lastCommitDates } from '../../src/lib/git-history';
import { repositoryLinks } from '../../src/lib/repository-links';
import { readDist } from '../support/dist';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { entries } = checkContent(root);
const { pages, files, prefix } = readDist();
// The same rules and day as the build (ATLAS_TODAY pins both).
const rules = { today: today(), defaultMonths: siteConfig.reviewEveryMonths };
const page = (path: string) => load(pages.get(`${prefix}${path}`) ?? '');
const reviewed = entries.filter((e) => e.collection !== 'glossary');

describe('/contributing/', () => {
	const $ = page('/contributing/');

	it('has a section for each part of the guide, in order, with the table of contents pointing at them', () => {
		const ids = contributingGuide({ page: () => undefined, file: (p) => p }, { reviewEveryMonths: 12 }).map(
			(s) => s.id,
		);
		expect(
			$('section > h2')
				.map((_, h) => $(h).attr('id'))
				.get(),
		).toEqual(ids);
		expect(
			$('nav.toc a')
				.map((_, a) => $(a).attr('href'))
				.get(),
		).toEqual(ids.map((id) => `#${id}`));
	});

	it.each(referenceKinds)('lists exactly the fields of a %s, with type, requiredness and allowed values', (kind) => {
		const rows = fieldReference(entryKinds[kind]);
		const table = $(`#fields-${kind}`).closest('table');
		const cells = table
			.find('tbody tr')
			.map((_, tr) => [
				$(tr)
					.children()
					.map((__, c) => $(c).text().replace(/\s+/g, ' ').trim())
					.get(),
			])
			.get() as unknown as string[][];
		expect(cells.map((c) => c[0])).toEqual(rows.map((r) => r.field));
		expect(cells.map((c) => c[2])).toEqual(rows.map((r) => r.required));
		for (const [i, row] of rows.entries()) if (row.allowed.length) expect(cells[i]![3]).toBe(row.allowed.join(', '));
	});

	it('never prints "any" as the allowed values of a field; a dash stands for "no restriction"', () => {
		const cells = $('table[data-field-table] tbody td:nth-child(4)')
			.map((_, td) => $(td).text().replace(/\s+/g, ' ').trim())
			.get();
		expect(cells.length).toBeGreaterThan(20);
		expect(cells.filter((text) => /^any\b/i.test(text))).toEqual([]);
		expect(cells).toContain('—no restriction');
	});

	it('links files to the repository and pages through the base path', () => {
		expect($(`a[href="${siteConfig.repository}/tree/${siteConfig.branch}/content/personas/"]`).length).toBeGreaterThan(
			0,
		);
		expect($(`a[href="${prefix}/reviews/"]`).length).toBeGreaterThan(0);
	});
});

describe('/reviews/', () => {
	const $ = page('/reviews/');
	const due = entriesToReview(reviewed, (e) => e.data as Reviewable, rules);
	const groups = groupByOwner(due, (e) => e.data['owner'] as Owner | undefined);

	it('lists every due entry under its owner, most overdue first', () => {
		const shown = $('section[data-review-owner]')
			.map((_, section) => [
				[
					$(section).attr('data-review-owner'),
					$(section)
						.find('tr[data-review-entry]')
						.map((__, tr) => $(tr).attr('data-review-entry'))
						.get(),
				],
			])
			.get();
		const expected = groups.map((g) => [
			g.owner?.handle ?? g.owner?.name ?? '',
			g.items.map((i) => `${prefix}/${i.entry.collection}/${i.entry.id}/`),
		]);
		expect(shown).toEqual(expected);
		// The shipped content has entries overdue for good (reviewed in 2025 on a yearly cycle).
		expect(due.length).toBeGreaterThan(0);
	});

	it('says how overdue each entry is', () => {
		expect($('section[data-review-owner] tbody tr').first().text()).toMatch(
			/(\d+ (day|month|year)s?.* overdue|due today)/,
		);
	});
});

describe('entry pages', () => {
	const dates = lastCommitDates(root);

	it.each(['personas', 'segments', 'journeys'] as const)(
		'show the review banner on %s pages exactly when they are due',
		(collection) => {
			for (const entry of entries.filter((e) => e.collection === collection)) {
				const $ = page(`/${collection}/${entry.id}/`);
				const isDue = reviewOf(entry.data as Reviewable, rules)?.state === 'due';
				expect($('[data-review-banner]').length, entry.id).toBe(isDue ? 1 : 0);
				const text = $('[data-review-banner]').text().replace(/\s+/g, ' ');
				if (isDue) expect(text).toMatch(/Due for review: .*overdue.* on \d+ \w+ \d{4} \(every \d+ months?\)/);
			}
		},
	);

	it('all have "Edit this page" and, when git knows the file, "Last updated"', () => {
		// In a git checkout every committed file has a date; built from a tarball there is none, and no page claims one.
		for (const entry of entries) {
			const $ = page(`/${entry.collection}/${entry.id}/`);
			const links = repositoryLinks(siteConfig.repository, siteConfig.branch, entry.file);
			expect($(`a[href="${links.edit}"]`).text(), entry.file).toMatch(/Edit this page/);
			const date = dates.get(entry.file);
			const time = $('[data-last-updated] time');
			if (date) expect(time.attr('datetime'), entry.file).toBe(date);
			else expect(time.length, entry.file).toBe(0);
		}
	});
});

describe('JSON Schemas', () => {
	it.each(referenceKinds)('serves the %s schema at /schemas/', (kind) => {
		expect(files.has(`${prefix}/schemas/${kind}.schema.json`)).toBe(true);
		expect(JSON.parse(readFileSync(`${root}public/schemas/${kind}.schema.json`, 'utf8')).title).toContain(kind);
	});
});
