import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkStartHere, checkStartHereSource } from '../../src/lib/check-start-here';
import { classifyContentFiles } from '../../src/lib/content-files';
import type { CheckedEntry } from '../../src/lib/integrity';
import { formatProblem } from '../../src/lib/problems';
import { resolveStartHere, stepTarget, totalMinutes } from '../../src/lib/start-here';
import { startHereSchema } from '../../src/schemas/start-here';
import type { CollectionName } from '../../src/schemas/shared';

const entry = (collection: CollectionName, id: string, data: Record<string, unknown> = {}): CheckedEntry => ({
	collection,
	id,
	file: `content/${collection}/${id}.mdx`,
	data,
	lineOf: () => 1,
});
const entries = [
	entry('glossary', 'touchpoint'),
	entry('glossary', 'customer-profile'),
	entry('personas', 'hannah-bill-watcher', { status: 'active' }),
	entry('personas', 'leo', { status: 'deprecated' }),
	entry('journeys', 'first-winter', { status: 'active' }),
];
const file = 'content/start-here.yaml';
const check = (source: string) => checkStartHereSource(file, source, entries).map(formatProblem);

const valid = `title: Start here
intro: Welcome.
steps:
  - term: touchpoint
    outcome: You know what a touchpoint is.
  - persona: hannah-bill-watcher
    title: Meet Hannah
    outcome: You know Hannah.
    focus: Her quotes.
    minutes: 5
`;

describe('checkStartHereSource', () => {
	it('accepts a valid path', () => {
		expect(check(valid)).toEqual([]);
	});

	it('names the line of a step that leads nowhere, with the closest ids', () => {
		expect(check(valid.replace('term: touchpoint', 'term: touchpoints'))).toEqual([
			`${file}:4 steps[0].term: no glossary term has the id "touchpoints" — Did you mean "touchpoint"?`,
		]);
		expect(check(valid.replace('persona: hannah-bill-watcher', 'persona: zed'))[0]).toBe(
			`${file}:6 steps[1].persona: no persona has the id "zed" — Use the file name (without .mdx) of an entry in the personas folder.`,
		);
	});

	it('refuses a step with no entry or with two, and an entry taken twice', () => {
		const none = check(valid.replace('  - term: touchpoint\n', '  - title: Nothing\n'));
		expect(none).toHaveLength(1);
		expect(none[0]).toMatch(/^content\/start-here\.yaml:4 steps\[0\]: a step needs the entry to read/);
		expect(
			check(valid.replace('  - term: touchpoint\n', '  - term: touchpoint\n    journey: first-winter\n'))[0],
		).toMatch(/names term and journey: keep one/);
		expect(check(valid.replace('persona: hannah-bill-watcher', 'term: touchpoint'))).toEqual([
			`${file}:6 steps[1].term: step 1 already opens "touchpoint" — Each entry is one step of the path (its page is /start-here/<id>/). Remove one of the two.`,
		]);
	});

	it('warns about a deprecated entry', () => {
		expect(checkStartHereSource(file, valid.replace('hannah-bill-watcher', 'leo'), entries)).toEqual([
			expect.objectContaining({
				severity: 'warning',
				line: 6,
				message: expect.stringContaining('"leo" is deprecated'),
			}),
		]);
	});

	it('explains schema problems with the file line', () => {
		const problems = check(valid.replace('    outcome: You know what a touchpoint is.\n', '    outcme: x\n'));
		expect(problems.join('\n')).toContain(`${file}:5 steps[0].outcme`);
		expect(problems.join('\n')).toContain('steps[0].outcome');
		expect(check('title: x\n')).toEqual(
			expect.arrayContaining([expect.stringMatching(/^content\/start-here\.yaml:\d+ intro: /)]),
		);
	});

	it('reports YAML errors and document separators on their line, never "frontmatter"', () => {
		const broken = check('title: [unclosed\nintro: x\n');
		expect(broken.length).toBeGreaterThan(0);
		expect(broken.join('\n')).not.toMatch(/frontmatter/);
		expect(check('title: x\n---\nintro: y\n')).toEqual([
			`${file}:2: the path is one YAML document, so it cannot contain a "---" line — Remove the line; start with title:, intro: and steps:.`,
		]);
	});
});

describe('resolveStartHere', () => {
	const path = startHereSchema.parse({
		intro: 'Hi',
		steps: [
			{ term: 'touchpoint', outcome: 'a', minutes: 3 },
			{ persona: 'gone', outcome: 'b' },
			{ persona: 'hannah-bill-watcher', title: 'Meet Hannah', outcome: 'c', minutes: 5 },
			{ journey: 'first-winter', outcome: 'd' },
		],
	});
	const steps = resolveStartHere(path, (collection, id) =>
		id === 'gone' ? undefined : { title: `${collection}:${id}`, summary: '' },
	);

	it('numbers the steps it can find, in order, with their titles', () => {
		expect(path.title).toBe('Start here');
		expect(steps.map((s) => [s.number, s.slug, s.title])).toEqual([
			[1, 'touchpoint', 'glossary:touchpoint'],
			[2, 'hannah-bill-watcher', 'Meet Hannah'],
			[3, 'first-winter', 'journeys:first-winter'],
		]);
	});

	it('links each step to its neighbours', () => {
		expect(steps[0]?.previous).toBeUndefined();
		expect(steps[0]?.next?.slug).toBe('hannah-bill-watcher');
		expect(steps[1]?.previous?.slug).toBe('touchpoint');
		expect(steps[2]?.next).toBeUndefined();
	});

	it('adds up the minutes it knows', () => {
		expect(totalMinutes(steps)).toBe(8);
		expect(totalMinutes([])).toBeUndefined();
	});

	it('knows the entry of a step', () => {
		expect(stepTarget({ segment: 'renters' })).toEqual({ kind: 'segment', collection: 'segments', id: 'renters' });
		expect(stepTarget({})).toBeUndefined();
	});
});

describe('checkStartHere', () => {
	const dir = mkdtempSync(join(tmpdir(), 'start-here-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('has nothing to say when there is no path', () => {
		expect(checkStartHere(dir, 'content', entries)).toEqual([]);
	});

	it('checks the path in the content folder, naming it as the writer named the folder', () => {
		mkdirSync(join(dir, 'content'), { recursive: true });
		writeFileSync(join(dir, 'content', 'start-here.yaml'), valid.replace('touchpoint', 'touchpiont'));
		expect(checkStartHere(dir, 'content/', entries).map(formatProblem)).toEqual([
			'content/start-here.yaml:4 steps[0].term: no glossary term has the id "touchpiont" — Did you mean "touchpoint"?',
		]);
	});

	it('is a file the content folder may hold', () => {
		expect(classifyContentFiles(['start-here.yaml', 'README.md', 'notes.yaml']).problems.map((p) => p.file)).toEqual([
			'content/notes.yaml',
		]);
	});
});
