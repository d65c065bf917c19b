import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content';
import { formatProblem } from '../../src/lib/problems';

// test/fixtures/broken/catalog is a small valid catalog; each folder in faults/ holds the files
// that, laid over a copy of it, make one kind of mistake. The check must report exactly these lines.
const fixtures = join(import.meta.dirname, '../fixtures/broken');
const workspaces: string[] = [];
afterAll(() => workspaces.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh project root whose content/ is the catalog with the given fault folders laid over it. */
function project(...faults: string[]): string {
	const root = mkdtempSync(join(tmpdir(), 'atlas-check-'));
	workspaces.push(root);
	cpSync(join(fixtures, 'catalog'), join(root, 'content'), { recursive: true });
	for (const fault of faults) cpSync(join(fixtures, 'faults', fault), join(root, 'content'), { recursive: true });
	return root;
}
// Components are the site's to choose; the corpus is checked as if there were none. Warnings
// (a missing onboarding path, entries due for review) depend on site files and the date, not on
// the faults, so only errors are compared.
const errors = (root: string, dir = 'content') =>
	checkContent(root, dir, { components: [] }).problems.filter((p) => p.severity === 'error');
const lines = (root: string, dir = 'content') => errors(root, dir).map(formatProblem);

const expectedByFault: Record<string, string[]> = {
	'alias-claimed-twice': [
		'content/glossary/job-story.mdx:4 aliases[0]: "jtbd" is also an alias of the term "jobs-to-be-done" — An alias must lead to one term only. Keep it on one of the two.',
		'content/glossary/jobs-to-be-done.mdx:4 aliases[0]: "JTBD" is also an alias of the term "job-story" — An alias must lead to one term only. Keep it on one of the two.',
	],
	'alias-is-other-id': [
		'content/glossary/archetype.mdx:4 aliases[0]: "jobs-to-be-done" is already the id of the term "jobs-to-be-done" — An alias must lead to one term only. Remove it here, or merge the two terms.',
	],
	'placeholder-in-active': [
		'content/personas/ben-okafor.mdx:3 role: still holds the placeholder "TODO: role" — Write the real value, or remove the field if it is optional. An active entry is published, so this blocks the build; set status: draft while you write.',
	],
	'bad-date': [
		'content/personas/ben-okafor.mdx:12 lastReviewed: there is no such day in the calendar (found "2026-02-30") — Check the day and the month.',
	],
	'bad-url': [
		'content/personas/ada-lopez.mdx:43 evidence.sources[0].url: expected a web address starting with https:// (found "research.example.com/small-offices") — Write the whole address: "https://research.example.com/small-offices".',
	],
	'bad-yaml': [
		'content/personas/ben-okafor.mdx:4: the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings — Put text that contains ": " in quotes (summary: "Hannah: a parent"), and indent a line only when it belongs to the field above it.',
	],
	'dangling-reference': [
		'content/personas/ben-okafor.mdx:8 segments[0]: no segment has the id "young-familes" — Did you mean "young-families"?',
	],
	'deprecated-no-successor': [
		'content/personas/old-ada.mdx:2 supersededBy: a deprecated persona must name the persona that replaces it — add supersededBy: <persona id>',
	],
	'duplicate-id-case': [
		'content/personas/ben-okafor.mdx: duplicate id "ben-okafor": content/personas/Ben-Okafor.mdx has the same id — Each entry needs its own id. Delete or rename one of them.',
		'content/personas/Ben-Okafor.mdx: the file name "Ben-Okafor" is not a valid id (lower-case words joined by hyphens) — Rename it to content/personas/ben-okafor.mdx; the file name is the page\'s address.',
		'content/personas/Ben-Okafor.mdx: duplicate id "ben-okafor": content/personas/ben-okafor.mdx has the same id — Each entry needs its own id. Delete or rename one of them.',
	],
	'duplicate-id-md': [
		'content/personas/ben-okafor.md: only .mdx files are entries; this .md file is ignored — Rename it to content/personas/ben-okafor.mdx.',
		'content/personas/ben-okafor.md: duplicate id "ben-okafor": content/personas/ben-okafor.mdx has the same id — Each entry needs its own id. Delete or rename one of them.',
		'content/personas/ben-okafor.mdx: duplicate id "ben-okafor": content/personas/ben-okafor.md has the same id — Each entry needs its own id. Delete or rename one of them.',
	],
	'empty-required': ['content/personas/ben-okafor.mdx:3 role: must not be empty'],
	expression: [
		'content/personas/ben-okafor.mdx:15: {savings} is a code expression — Write the text plainly; to show curly braces, put them in `code`. Comments are written {/* like this */}.',
	],
	'import-statement': [
		'content/personas/ben-okafor.mdx:15: import/export statements are not allowed in content — Content is data: remove the line. Content cannot use components.',
	],
	'javascript-link': [
		'content/personas/ben-okafor.mdx:15: link to "javascript:alert(1)" could run code in readers\' browsers — Use an https:// address or a path on this site.',
	],
	'journey-follows-deprecated': [
		'content/journeys/first-order.mdx:5 personas[0]: "old-ada" is deprecated, but this active journey still follows it — Replace it with "ada-lopez", or set this journey\'s status: deprecated.',
	],
	'md-not-mdx': [
		'content/segments/older-homeowners.md: only .mdx files are entries; this .md file is ignored — Rename it to content/segments/older-homeowners.mdx.',
	],
	'mdx-unclosed-tag': [
		'content/personas/ben-okafor.mdx:17: the text is not valid MDX: Expected a closing tag for `<div>` — Close every <tag>, and write {, }, < and > as words or inside `code`.',
	],
	'missing-avatar': [
		'content/personas/ben-okafor.mdx:7 avatar.src: image "./avatars/ben-okafor.png" not found (looked for content/personas/avatars/ben-okafor.png) — Check the file name and its upper and lower case, or remove avatar to show initials.',
	],
	'missing-required': [
		'content/personas/ben-okafor.mdx:2 owner: is required but missing (expected a group of fields) — Add "owner:" with its fields indented below it: name, handle.',
	],
	'misspelled-enum': [
		'content/personas/ben-okafor.mdx:5 personaType: "buyr" is not allowed; expected one of "buyer", "user", "buyer-and-user" — Did you mean "buyer"?',
	],
	'nested-folder': [
		'content/personas/archive/cara-mills.mdx: entries inside sub-folders are not picked up — Move it to content/personas/cara-mills.mdx.',
	],
	'odd-crlf-bom': [
		'content/personas/ben-okafor.mdx:5 personaType: "buyr" is not allowed; expected one of "buyer", "user", "buyer-and-user" — Did you mean "buyer"?',
	],
	'odd-empty-file': [
		'content/glossary/empty.mdx:1: no frontmatter found — Start the file with a line "---", the fields in YAML, then another "---" line before the text.',
	],
	'odd-frontmatter-list': [
		'content/glossary/list.mdx:2: expected a group of fields, found a list — The frontmatter is a group of fields, one "field: value" per line: term, aliases, summary, category, related.',
	],
	'odd-frontmatter-scalar': [
		'content/glossary/scalar.mdx:2: expected a group of fields, found "Just a sentence." — The frontmatter is a group of fields, one "field: value" per line: term, aliases, summary, category, related.',
	],
	'odd-huge-value': [
		'content/glossary/long.mdx:3 summary: keep the summary to one sentence (200 characters at most) (it has 5000 characters)',
	],
	'odd-link-schemes': [
		'content/personas/ben-okafor.mdx:15: link to "JAVASCRIPT:alert(1)" could run code in readers\' browsers — Use an https:// address or a path on this site.',
		'content/personas/ben-okafor.mdx:15: link to "java\\tscript:alert(1)" could run code in readers\' browsers — Use an https:// address or a path on this site.',
		'content/personas/ben-okafor.mdx:17: image to "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" could run code in readers\' browsers — Use an https:// address or a path on this site.',
		'content/personas/ben-okafor.mdx:19: <a href="javascript:alert(1)"> could run code in readers\' browsers — Use an https:// address or a path on this site.',
		'content/personas/ben-okafor.mdx:19: <a href="java\\tscript:alert(1)"> could run code in readers\' browsers — Use an https:// address or a path on this site.',
	],
	'odd-nested-references': [
		'content/journeys/first-order.mdx:5 personas[0]: expected text, found a list — Each item is one line of text after "- "; a nested list is not allowed here.',
	],
	'odd-null-and-numbers': [
		'content/glossary/numbers.mdx:2 term: expected text, found 42 — Put it in quotes ("42"): YAML reads an unquoted number as a number, not as text.',
		'content/glossary/numbers.mdx:4 aliases[0]: is empty (expected text) — Write the item after "- ", or delete the empty item.',
		'content/glossary/numbers.mdx:5 aliases[1]: expected text, found true — Put it in quotes ("true"): YAML reads an unquoted boolean as a boolean, not as text.',
		'content/glossary/numbers.mdx:6 summary: is empty (expected text) — Write a value after "summary:", or delete the line if the field is optional.',
	],
	'odd-only-fence': [
		'content/glossary/fence.mdx:1: the frontmatter is never closed — Add a line with just "---" after the last field, before the text.',
	],
	'odd-tabs': [
		'content/glossary/tabbed.mdx:3: the frontmatter is not valid YAML: a line is indented with a tab — Indent with spaces, not tabs.',
	],
	'odd-toml': [
		'content/glossary/toml.mdx:1: the frontmatter is TOML (+++), which this site does not read — Write the fields in YAML between two "---" lines.',
	],
	'odd-unicode-name': [
		'content/personas/zoë.mdx: the file name "zoë" is not a valid id (lower-case words joined by hyphens) — Rename it to content/personas/zoe.mdx; the file name is the page\'s address.',
	],
	'odd-yaml-date-as-text': [
		'content/glossary/new-year.mdx:2 term: expected text, found the date 2026-01-01 — Put it in quotes ("2026-01-01"): YAML reads an unquoted date as a date, not as text.',
	],
	'onclick-handler': [
		'content/personas/ben-okafor.mdx:15: <span> has an event handler onClick, which would run code — Remove the attribute.',
	],
	'script-tag': [
		'content/personas/ben-okafor.mdx:17: <script> is not allowed in content — Write the content in Markdown; scripts, styles, frames and forms are not allowed.',
	],
	'stray-file': [
		'content/segments/notes.txt: "notes.txt" is not an MDX entry or an image, so it is ignored — Entries are .mdx files; images (svg, png, jpg, webp, avif, gif) may sit beside them. Remove the file or move it out of content/.',
	],
	'successor-deprecated': [
		'content/personas/older-ada.mdx:10 supersededBy: "old-ada" is deprecated too, so readers are sent to another retired persona — Point it at "ada-lopez" instead.',
	],
	'typo-folder': [
		'content/persona/cara-mills.mdx: "persona" is not a collection folder, so nothing in it is published — Did you mean "personas"? The folders are content/personas/, content/segments/, content/journeys/, content/glossary/.',
	],
	'unknown-component': [
		'content/personas/ben-okafor.mdx:17: unknown component <Chart> — Content may not use components.',
	],
	'unknown-key': [
		'content/personas/ben-okafor.mdx:2 market: is required but missing (expected one of "b2c", "b2b") — Add this field; see /contributing/ for what it holds.',
		'content/personas/ben-okafor.mdx:6 markte: unknown field "markte" — Did you mean "market"? Unknown fields are not kept, so a typo would lose data.',
	],
	'wrong-collection': [
		'content/personas/old-ada.mdx:10 supersededBy: "small-offices" is a segment, not a persona — Use the file name (without .mdx) of an entry in content/personas/.',
	],
	'wrong-type': [
		'content/segments/small-offices.mdx:11 size.count: expected a number, found "1200" — Write the number without quotes: count: 1200.',
		'content/segments/small-offices.mdx:15 targetMarket: expected true or false, found "yes" — Write true or false.',
	],
};

// Two files whose names differ only in case cannot both exist on macOS or Windows disks.
const caseSensitive = (() => {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-case-'));
	writeFileSync(join(dir, 'a'), '');
	const sensitive = !existsSync(join(dir, 'A'));
	rmSync(dir, { recursive: true });
	return sensitive;
})();

describe('checkContent on the broken-content corpus', () => {
	it('passes the valid catalog with no problems and returns its entries', () => {
		const report = checkContent(project(), 'content');
		expect(errors(project())).toEqual([]);
		expect(report.entries.map((e) => `${e.collection}/${e.id}`).sort()).toEqual([
			'glossary/jobs-to-be-done',
			'glossary/persona',
			'journeys/first-order',
			'personas/ada-lopez',
			'personas/ben-okafor',
			'personas/old-ada',
			'segments/small-offices',
			'segments/young-families',
		]);
	});

	it('has an expectation for every fault folder', () => {
		expect(
			readdirSync(join(fixtures, 'faults'))
				.filter((f) => f !== 'many-faults')
				.sort(),
		).toEqual(Object.keys(expectedByFault).sort());
	});

	for (const [fault, expected] of Object.entries(expectedByFault)) {
		it.skipIf(fault === 'duplicate-id-case' && !caseSensitive)(`reports ${fault}`, () => {
			expect(lines(project(fault))).toEqual(expected);
		});
	}

	it('reports every problem of a folder with many faults at once, sorted by file and line', () => {
		expect(lines(project('many-faults'))).toEqual([
			'content/glossary/job-story.mdx:4 aliases[0]: "JTBD" is also an alias of the term "jobs-to-be-done" — An alias must lead to one term only. Keep it on one of the two.',
			'content/glossary/job-story.mdx:6 category: "practise" is not allowed; expected one of "concept", "practice", "role", "tool", "data" — Did you mean "practice"?',
			'content/glossary/job-story.mdx:9: unknown component <Chart> — Content may not use components.',
			'content/glossary/jobs-to-be-done.mdx:4 aliases[0]: "JTBD" is also an alias of the term "job-story" — An alias must lead to one term only. Keep it on one of the two.',
			'content/journeys/first-order.mdx:5 personas[0]: "old-ada" is deprecated, but this active journey still follows it — Set this journey\'s status: deprecated.',
			'content/persona/cara-mills.mdx: "persona" is not a collection folder, so nothing in it is published — Did you mean "personas"? The folders are content/personas/, content/segments/, content/journeys/, content/glossary/.',
			'content/personas/ben-okafor.mdx:2 market: is required but missing (expected one of "b2c", "b2b") — Add this field; see /contributing/ for what it holds.',
			'content/personas/ben-okafor.mdx:5 personaType: "buyr" is not allowed; expected one of "buyer", "user", "buyer-and-user" — Did you mean "buyer"?',
			'content/personas/ben-okafor.mdx:6 markte: unknown field "markte" — Did you mean "market"? Unknown fields are not kept, so a typo would lose data.',
			'content/personas/ben-okafor.mdx:8 segments[0]: no segment has the id "young-familes" — Did you mean "young-families"?',
			'content/personas/ben-okafor.mdx:13 lastReviewed: there is no such day in the calendar (found "2026-02-30") — Check the day and the month.',
			'content/personas/ben-okafor.mdx:16: link to "javascript:alert(1)" could run code in readers\' browsers — Use an https:// address or a path on this site.',
			'content/personas/ben-okafor.mdx:18: {savings} is a code expression — Write the text plainly; to show curly braces, put them in `code`. Comments are written {/* like this */}.',
			'content/personas/old-ada.mdx:2 supersededBy: a deprecated persona must name the persona that replaces it — add supersededBy: <persona id>',
			'content/segments/notes.txt: "notes.txt" is not an MDX entry or an image, so it is ignored — Entries are .mdx files; images (svg, png, jpg, webp, avif, gif) may sit beside them. Remove the file or move it out of content/.',
			'content/segments/older-homeowners.md: only .mdx files are entries; this .md file is ignored — Rename it to content/segments/older-homeowners.mdx.',
			'content/segments/young-families.mdx:5 criteria: a segment needs at least one criterion — add a line under demographic, geographic, psychographic or behavioural',
			'content/segments/young-families.mdx:6 priority: "first" is not allowed; expected one of "primary", "secondary", "tertiary"',
			'content/segments/young-families.mdx:7 targetMarket: expected true or false, found "true" — Write it without quotes: targetMarket: true.',
			'content/segments/young-families.mdx:14: the text is not valid MDX: Expected a closing tag for `<div>` — Close every <tag>, and write {, }, < and > as words or inside `code`.',
		]);
	});

	it('reports the faults of several folders together, as the sum of each alone', () => {
		// Faults in different files, so the overlays do not replace one another.
		const faults = [
			'bad-date',
			'wrong-type',
			'typo-folder',
			'alias-claimed-twice',
			'journey-follows-deprecated',
			'bad-url',
		];
		const alone = faults.flatMap((fault) => expectedByFault[fault] ?? []);
		expect([...lines(project(...faults))].sort()).toEqual([...alone].sort());
	});

	it('returns only the entries that passed their schema', () => {
		const report = checkContent(project('many-faults'), 'content');
		expect(report.entries.map((e) => e.id).sort()).toEqual([
			'ada-lopez',
			'first-order',
			'jobs-to-be-done',
			'persona',
			'small-offices',
		]);
	});
});

describe('checkContent on odd folders', () => {
	it('reports a content folder that does not exist instead of passing', () => {
		const root = project();
		expect(lines(root, 'contnet')).toEqual([
			'contnet: the content folder contnet/ does not exist (or is not a folder), so there is nothing to check — Run the check from the project root, or set CONTENT_DIR to the folder that holds the collections.',
		]);
	});

	it('accepts another folder, relative with ./ and a trailing slash, or absolute', () => {
		const root = project('bad-date');
		const expected = expectedByFault['bad-date']!;
		expect(lines(root, './content/')).toEqual(expected);
		expect(lines(root, join(root, 'content'))).toEqual(expected.map((line) => `${root}/${line}`));
		expect(lines(join(root, 'content'), '.')).toEqual(expected.map((line) => line.replace(/^content\//, './')));
	});

	it('survives symbolic links that loop, dangle or lead to a folder', () => {
		const root = project();
		symlinkSync('..', join(root, 'content', 'personas', 'loop'));
		symlinkSync('nowhere.mdx', join(root, 'content', 'personas', 'dangling.mdx'));
		expect(lines(root)).toEqual([
			'content/personas/dangling.mdx: the file could not be read (ENOENT) — Check that it is a readable file.',
		]);
	});

	it('treats a folder named like an entry as a folder', () => {
		const root = project();
		mkdirSync(join(root, 'content', 'personas', 'cara.mdx'));
		expect(lines(root)).toEqual([]);
	});

	it('refuses an avatar whose name differs only in case, which a Linux build would not find', () => {
		const root = project();
		const file = join(root, 'content', 'personas', 'ada-lopez.mdx');
		const source = readdirSync(join(root, 'content', 'personas', 'avatars'));
		expect(source).toEqual(['ada-lopez.svg']);
		writeFileSync(file, readFile(file).replace('./avatars/ada-lopez.svg', './avatars/Ada-Lopez.svg'));
		expect(lines(root)).toEqual([
			'content/personas/ada-lopez.mdx:10 avatar.src: image "./avatars/Ada-Lopez.svg" not found (looked for content/personas/avatars/Ada-Lopez.svg) — Check the file name and its upper and lower case, or remove avatar to show initials.',
		]);
	});

	it('refuses an avatar that is a folder', () => {
		const root = project();
		const file = join(root, 'content', 'personas', 'ada-lopez.mdx');
		writeFileSync(file, readFile(file).replace('./avatars/ada-lopez.svg', './avatars'));
		expect(lines(root)).toEqual([
			'content/personas/ada-lopez.mdx:10 avatar.src: image "./avatars" not found (looked for content/personas/avatars) — Check the file name and its upper and lower case, or remove avatar to show initials.',
		]);
	});

	it('refuses bodies nested deep enough to crash the compiler, without crashing', () => {
		const root = project();
		writeFileSync(
			join(root, 'content', 'glossary', 'deep.mdx'),
			`---\nterm: Deep\nsummary: Deep.\ncategory: concept\n---\n\n${'>'.repeat(100_000)} x\n`,
		);
		expect(lines(root)).toEqual([
			'content/glossary/deep.mdx:7: the text has block quotes and lists nested 100000 deep (at most 200), more than the site can build — Flatten the structure; no page needs that much nesting.',
		]);
	});

	it('does not report references to an entry whose frontmatter is broken as dangling', () => {
		expect(
			lines(project('bad-yaml')).filter(
				(line) => line.includes('ben-okafor') && !line.startsWith('content/personas/ben-okafor.mdx'),
			),
		).toEqual([]);
	});
});

function readFile(path: string): string {
	return readFileSync(path, 'utf8');
}
