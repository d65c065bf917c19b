import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { plainSchemas } from '../../src/schemas';
import { collectionNames, type CollectionName } from '../../src/schemas/shared';
import { checkContent } from '../../src/lib/check-content';
import { placeholderWarnings } from '../../src/lib/check-placeholders';
import { entryIdFor, entryKinds, parseKind, UsageError, type EntryKind } from '../../src/lib/entry-kinds';
import { scaffoldEntry } from '../../src/lib/scaffold';
import { frontmatterJsonSchema, listFields } from '../../src/lib/schema-fields';

const root = fileURLToPath(new URL('../../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'atlas-scaffold-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// The shipped content, as `npm run new` would see it: every id of every collection.
const shipped = checkContent(root);
const ids = Object.fromEntries(
	collectionNames.map((c) => [
		c,
		shipped.entries
			.filter((e) => e.collection === c && e.data['status'] !== 'deprecated')
			.map((e) => e.id)
			.sort(),
	]),
) as Record<CollectionName, string[]>;
const kinds = Object.keys(entryKinds) as EntryKind[];
const frontmatterOf = (source: string) => source.split('\n---\n')[0]!.replace(/^---\n/, '');

describe('scaffoldEntry', () => {
	it.each(kinds)('writes a %s that passes the check unchanged, next to the shipped content', (kind) => {
		const project = join(temp, kind);
		cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
		const scaffold = scaffoldEntry(kind, 'Ana María Núñez', { today: '2026-12-03', ids });
		expect(scaffold.file).toBe(`content/${entryKinds[kind]}/ana-maria-nunez.mdx`);
		writeFileSync(join(project, scaffold.file), scaffold.source);
		const report = checkContent(project);
		expect(report.problems.filter((p) => p.severity === 'error' && p.file === scaffold.file)).toEqual([]);
		expect(report.problems.filter((p) => p.severity === 'error')).toEqual(
			shipped.problems.filter((p) => p.severity === 'error'),
		);
		expect(report.entries.some((e) => e.file === scaffold.file)).toBe(true);
		// …but the check warns until every prompt is replaced.
		expect(placeholderWarnings(scaffold.file, scaffold.source).length).toBeGreaterThan(0);
	});

	it.each(kinds)(
		'lists every field of the %s schema, required ones filled in and optional ones commented out',
		(kind) => {
			const { source } = scaffoldEntry(kind, 'Ada', { today: '2026-12-03', ids });
			const frontmatter = frontmatterOf(source);
			const fields = listFields(frontmatterJsonSchema(plainSchemas[entryKinds[kind]]));
			for (const field of fields) {
				const key = field.path.at(-1)!;
				expect(frontmatter, field.path.join('.')).toMatch(new RegExp(`^[ #]*(- )?${key}:`, 'm'));
			}
			const data = parse(frontmatter) as Record<string, unknown>;
			const topRequired = fields.filter((f) => f.path.length === 1 && f.required).map((f) => f.path[0]);
			for (const key of topRequired) expect(data, key).toHaveProperty(key!);
			// Optional fields stay commented out, except the name-carrying field.
			const optionalTop = fields.filter(
				(f) => f.path.length === 1 && !f.required && !(kind === 'persona' && f.path[0] === 'name'),
			);
			for (const field of optionalTop) expect(data, field.path[0]).not.toHaveProperty(field.path[0]!);
		},
	);

	it('puts the name given into the title field of each kind, exactly as typed', () => {
		const name = `Dr "Data" O'Neil: #1`;
		const titles = { persona: 'name', segment: 'name', journey: 'title', term: 'term' } as const;
		for (const kind of kinds)
			expect(
				parse(frontmatterOf(scaffoldEntry(kind, `  ${name} `, { today: '2026-12-03', ids }).source))[titles[kind]],
			).toBe(name);
	});

	it('dates the review today and names the owner when known', () => {
		const data = parse(
			frontmatterOf(
				scaffoldEntry('segment', 'Small firms', { today: '2026-12-03', ownerName: 'Jo Ellis', ids }).source,
			),
		);
		expect(data.lastReviewed).toBe('2026-12-03');
		expect(data.owner).toEqual({ name: 'Jo Ellis' });
		expect(data.status).toBe('draft');
	});

	it('leaves references commented out (listing the ids there are) except the persona a journey needs', () => {
		const persona = scaffoldEntry('persona', 'Ada', { today: '2026-12-03', ids });
		expect(parse(frontmatterOf(persona.source)).segments).toBeUndefined();
		const comments = persona.source
			.split('\n')
			.filter((line) => line.startsWith('#'))
			.join(' ')
			.replaceAll('# ', '');
		expect(comments).toContain(`Ids: ${ids.segments.slice(0, 3).join(', ')}`);
		const journey = scaffoldEntry('journey', 'First order', { today: '2026-12-03', ids });
		expect(parse(frontmatterOf(journey.source)).personas).toEqual([ids.personas[0]]);
		expect(journey.notes.join(' ')).toMatch(/personas is set to .* replace it/);
		expect(() => scaffoldEntry('journey', 'First order', { today: '2026-12-03', ids: { personas: [] } })).toThrow(
			/needs at least one persona.*npm run new -- persona/,
		);
	});

	it('starts the body with the usual sections of the kind', () => {
		expect(scaffoldEntry('persona', 'Ada', { today: '2026-12-03', ids }).source).toMatch(
			/## A day in their life[\s\S]*## How we design for them[\s\S]*## How current this is[\s\S]*openQuestions/,
		);
		expect(scaffoldEntry('segment', 'S', { today: '2026-12-03', ids }).source).toMatch(
			/## Why this segment[\s\S]*## How we reach them[\s\S]*## What we measure/,
		);
		expect(scaffoldEntry('term', 'T', { today: '2026-12-03', ids }).source).toMatch(
			/## Why it matters[\s\S]*## In our catalog/,
		);
	});
});

describe('ids and kinds', () => {
	it('slugifies names: accents, spaces, case and punctuation', () => {
		expect(entryIdFor('Ana María Núñez')).toBe('ana-maria-nunez');
		expect(entryIdFor('  The   CFO ')).toBe('the-cfo');
		expect(entryIdFor('Zoë’s Café & Bar')).toBe('zoes-cafe-and-bar');
		expect(entryIdFor('Straße 42')).toBe('strasse-42');
		expect(() => entryIdFor('???')).toThrow(UsageError);
	});

	it('rejects an unknown kind, suggesting the closest and listing the valid ones', () => {
		expect(parseKind('term')).toBe('term');
		expect(() => parseKind('persnoa')).toThrow(
			'unknown kind "persnoa". Did you mean "persona"? The kinds are: persona, segment, journey, term.',
		);
		expect(() => parseKind('glossary')).toThrow(/The kinds are: persona, segment, journey, term\./);
		expect(() => parseKind(undefined)).toThrow(/no kind given/);
	});
});

describe('placeholderWarnings', () => {
	it('makes a placeholder an error in an active or deprecated entry, which would be published', () => {
		const source = (status: string) =>
			['---', `status: ${status}`, 'role: "TODO: role"', '---', '', '- TODO: a principle', ''].join('\n');
		for (const status of ['active', 'deprecated']) {
			const problems = placeholderWarnings('x.mdx', source(status));
			expect(problems.map((p) => [p.line, p.field, p.severity])).toEqual([
				[3, 'role', 'error'],
				[6, '', 'error'],
			]);
			expect(problems[0]?.hint).toContain('set status: draft while you write');
		}
		expect(placeholderWarnings('x.mdx', source('draft')).every((p) => p.severity === 'warning')).toBe(true);
	});

	it('points at each TODO left in the frontmatter and the text, and at "…" examples uncommented as they were', () => {
		const source = [
			'---',
			'role: "TODO: role"',
			'goals:',
			'  - …',
			'summary: Fine',
			'---',
			'',
			'Intro.',
			'',
			'- TODO: a principle',
			'',
		].join('\n');
		expect(placeholderWarnings('x.mdx', source).map((p) => [p.line, p.field, p.severity])).toEqual([
			[2, 'role', 'warning'],
			[4, 'goals[0]', 'warning'],
			[10, '', 'warning'],
		]);
	});
});
