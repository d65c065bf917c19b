import { describe, expect, it } from 'vitest';
import { classifyContentFiles, imageExtensions } from '../../src/lib/content-files';
import { formatProblem } from '../../src/lib/problems';

const classify = (paths: string[], dir?: string) => {
	const { entries, problems } = classifyContentFiles(paths, dir);
	return { entries: entries.map((e) => `${e.collection}/${e.id} ${e.file}`), problems: problems.map(formatProblem) };
};
const folders = 'content/personas/, content/segments/, content/journeys/, content/glossary/';

describe('classifyContentFiles', () => {
	it('turns .mdx files in collection folders into entries with ids, sorted', () => {
		expect(
			classify(['segments/savers.mdx', 'personas/ada-lopez.mdx', 'glossary/jtbd.mdx', 'journeys/first-order.mdx']),
		).toEqual({
			entries: [
				'glossary/jtbd content/glossary/jtbd.mdx',
				'journeys/first-order content/journeys/first-order.mdx',
				'personas/ada-lopez content/personas/ada-lopez.mdx',
				'segments/savers content/segments/savers.mdx',
			],
			problems: [],
		});
	});

	it('lets images sit beside entries and in sub-folders, and ignores hidden and _ files and folders', () => {
		expect(
			classify([
				'personas/avatars/ada.svg',
				'personas/ada.PNG',
				'personas/.DS_Store',
				'.obsidian/workspace.json',
				'personas/_draft.mdx',
				'_drafts/x.mdx',
				'personas/_old/x.mdx',
				'README.md',
			]),
		).toEqual({ entries: [], problems: [] });
	});

	it('names the folder a typo was meant to be', () => {
		expect(classify(['persona/ada.mdx']).problems).toEqual([
			`content/persona/ada.mdx: "persona" is not a collection folder, so nothing in it is published — Did you mean "personas"? The folders are ${folders}.`,
		]);
		expect(classify(['Glossary/x.mdx']).problems[0]).toMatch(/Did you mean "glossary"\?/);
		expect(classify(['notes/x.mdx']).problems).toEqual([
			`content/notes/x.mdx: "notes" is not a collection folder, so nothing in it is published — Move the file into one of ${folders}.`,
		]);
	});

	it('reports files outside any collection folder', () => {
		expect(classify(['ada.mdx']).problems).toEqual([
			`content/ada.mdx: this file is not inside a collection folder, so no page is built from it — Move it into one of ${folders}.`,
		]);
	});

	it('reports stray files that are neither entries nor images', () => {
		expect(classify(['personas/notes.txt', 'personas/ada.mdx.bak']).problems).toEqual([
			'content/personas/ada.mdx.bak: "ada.mdx.bak" is not an MDX entry or an image, so it is ignored — Entries are .mdx files; images (svg, png, jpg, webp, avif, gif) may sit beside them. Remove the file or move it out of content/.',
			'content/personas/notes.txt: "notes.txt" is not an MDX entry or an image, so it is ignored — Entries are .mdx files; images (svg, png, jpg, webp, avif, gif) may sit beside them. Remove the file or move it out of content/.',
		]);
	});

	it('reports Markdown files where .mdx is expected, in any case', () => {
		expect(classify(['personas/ada.md', 'segments/b.markdown', 'glossary/c.MDX']).problems).toEqual([
			'content/glossary/c.MDX: only .mdx files are entries; this .MDX file is ignored — Rename it to content/glossary/c.mdx.',
			'content/personas/ada.md: only .mdx files are entries; this .md file is ignored — Rename it to content/personas/ada.mdx.',
			'content/segments/b.markdown: only .mdx files are entries; this .markdown file is ignored — Rename it to content/segments/b.mdx.',
		]);
	});

	it('reports entries in sub-folders, suggesting a valid name', () => {
		expect(classify(['personas/old/Ada Lopez.mdx']).problems).toEqual([
			'content/personas/old/Ada Lopez.mdx: entries inside sub-folders are not picked up — Move it to content/personas/ada-lopez.mdx.',
		]);
	});

	it('reports file names that are not ids, with the id they should have', () => {
		expect(classify(['personas/Ada Lopez.mdx', 'personas/zoë.mdx', 'personas/ada_lopez2.mdx']).problems).toEqual([
			`content/personas/Ada Lopez.mdx: the file name "Ada Lopez" is not a valid id (lower-case words joined by hyphens) — Rename it to content/personas/ada-lopez.mdx; the file name is the page's address.`,
			`content/personas/ada_lopez2.mdx: the file name "ada_lopez2" is not a valid id (lower-case words joined by hyphens) — Rename it to content/personas/ada-lopez2.mdx; the file name is the page's address.`,
			`content/personas/zoë.mdx: the file name "zoë" is not a valid id (lower-case words joined by hyphens) — Rename it to content/personas/zoe.mdx; the file name is the page's address.`,
		]);
	});

	it('has a sensible hint for names with no letters or digits at all', () => {
		expect(classify(['personas/-.mdx', 'personas/😀.mdx']).problems).toEqual([
			`content/personas/-.mdx: the file name "-" is not a valid id (lower-case words joined by hyphens) — Rename it to a name of lower-case words joined by hyphens, like content/personas/ada-lopez.mdx; the file name is the page's address.`,
			`content/personas/😀.mdx: the file name "😀" is not a valid id (lower-case words joined by hyphens) — Rename it to a name of lower-case words joined by hyphens, like content/personas/ada-lopez.mdx; the file name is the page's address.`,
		]);
	});

	it('reports duplicate ids across case and across .md and .mdx, on every file involved, after the per-file problems', () => {
		const { entries, problems } = classify(['personas/ada.mdx', 'personas/Ada.mdx', 'personas/ada.md']);
		expect(entries).toEqual(['personas/ada content/personas/ada.mdx']);
		expect(problems).toEqual([
			'content/personas/Ada.mdx: the file name "Ada" is not a valid id (lower-case words joined by hyphens) — Rename it to content/personas/ada.mdx; the file name is the page\'s address.',
			'content/personas/ada.md: only .mdx files are entries; this .md file is ignored — Rename it to content/personas/ada.mdx.',
			'content/personas/Ada.mdx: duplicate id "ada": content/personas/ada.md and content/personas/ada.mdx have the same id — Each entry needs its own id. Delete or rename one of them.',
			'content/personas/ada.md: duplicate id "ada": content/personas/Ada.mdx and content/personas/ada.mdx have the same id — Each entry needs its own id. Delete or rename one of them.',
			'content/personas/ada.mdx: duplicate id "ada": content/personas/Ada.mdx and content/personas/ada.md have the same id — Each entry needs its own id. Delete or rename one of them.',
		]);
	});

	it('allows the same id in different collections', () => {
		expect(classify(['personas/cfo.mdx', 'glossary/cfo.mdx']).problems).toEqual([]);
	});

	it('names files under another content folder', () => {
		expect(classify(['persona/x.mdx'], '.scratch/c').problems[0]).toMatch(
			/^\.scratch\/c\/persona\/x\.mdx: .* The folders are \.scratch\/c\/personas\//,
		);
	});
});

describe('imageExtensions', () => {
	it('matches the images Astro reads, in any case', () => {
		for (const name of ['a.svg', 'a.PNG', 'a.jpg', 'a.jpeg', 'a.webp', 'a.avif', 'a.gif'])
			expect(imageExtensions.test(name), name).toBe(true);
		for (const name of ['a.txt', 'a.svg.txt', 'svg', 'a.tiff']) expect(imageExtensions.test(name), name).toBe(false);
	});
});
