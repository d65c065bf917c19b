import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { expectedType, show } from '../../src/lib/issue-words';
import { formatProblem } from '../../src/lib/problems';
import { frontmatterJsonSchema } from '../../src/lib/schema-fields';
import { keysAt, validateEntry } from '../../src/lib/validate-entry';
import { friendlyErrorMap, issuesToProblems } from '../../src/lib/zod-messages';
import { plainSchemas, type CollectionName } from '../../src/schemas';

const persona = `role: Landlord
summary: Owns ten flats.
personaType: buyer
market: b2b
owner: { name: Jo }
status: active
lastReviewed: 2026-02-03
`;
const journey = `title: First order
summary: Ada orders for the first time.
personas: [ada]
goal: A working thermostat.
stages:
  - name: Choose
    steps:
      - name: Compare models
        score: 3
status: active
`;

/** Every problem of one file, as `npm run check` prints them. */
function check(yaml: string, collection: CollectionName = 'personas', body = ''): string[] {
	const schema = plainSchemas[collection];
	return validateEntry('p.mdx', `---\n${yaml}---\n${body}`, schema, frontmatterJsonSchema(schema)).problems.map(
		formatProblem,
	);
}

describe('validateEntry', () => {
	it('returns the entry with defaults filled in and dates as YYYY-MM-DD text', () => {
		const result = validateEntry(
			'p.mdx',
			`---\n${persona}---\nHello\n`,
			plainSchemas.personas,
			frontmatterJsonSchema(plainSchemas.personas),
		);
		expect(result.problems).toEqual([]);
		expect(result.entry?.data).toMatchObject({ role: 'Landlord', segments: [], lastReviewed: '2026-02-03' });
		expect(result.entry?.body).toBe('Hello\n');
		expect(result.entry?.bodyLine).toBe(10);
		expect(result.entry?.lineOf(['status'])).toBe(7);
	});

	it('explains a file without frontmatter', () => {
		expect(validateEntry('p.mdx', 'Hello', plainSchemas.glossary, {}).problems.map(formatProblem)).toEqual([
			'p.mdx:1: no frontmatter found — Start the file with a line "---", the fields in YAML, then another "---" line before the text.',
		]);
	});

	it('reports YAML errors instead of schema issues, and keeps no raw data then', () => {
		const result = validateEntry('p.mdx', '---\nrole: [\nsummary: x\n---\n', plainSchemas.personas, {});
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]?.message).toMatch(/^the frontmatter is not valid YAML: /);
		expect(result.raw).toBeUndefined();
	});

	it('keeps the raw data of a file that fails its schema, for the reference check', () => {
		const result = validateEntry(
			'p.mdx',
			'---\nrole: x\nsegments: [nowhere]\n---\n',
			plainSchemas.personas,
			frontmatterJsonSchema(plainSchemas.personas),
		);
		expect(result.entry).toBeUndefined();
		expect(result.raw?.data).toEqual({ role: 'x', segments: ['nowhere'] });
		expect(result.raw?.lineOf(['segments', 0])).toBe(3);
	});

	it('keeps no raw data when the frontmatter is a list or a scalar', () => {
		const schema = plainSchemas.glossary;
		expect(validateEntry('p.mdx', '---\n- a\n---\n', schema, {}).raw).toBeUndefined();
		expect(validateEntry('p.mdx', '---\nhello\n---\n', schema, {}).raw).toBeUndefined();
	});

	it('never throws, even when a schema does', () => {
		const exploding = z.any().transform(() => {
			throw new RangeError('Maximum call stack size exceeded');
		});
		expect(validateEntry('p.mdx', '---\na: 1\n---\n', exploding, {}).problems.map(formatProblem)).toEqual([
			'p.mdx:2: the frontmatter could not be checked: Maximum call stack size exceeded — Simplify the frontmatter: fields nest a few levels at most.',
		]);
	});
});

describe('schema issues in words', () => {
	it('names a missing field and the type it needs, at the first line of the frontmatter', () => {
		expect(check(persona.replace('lastReviewed: 2026-02-03\n', '').replace('market: b2b\n', ''))).toEqual([
			'p.mdx:2 lastReviewed: is required but missing (expected a date written as YYYY-MM-DD) — Add this field; see /contributing/ for what it holds.',
			'p.mdx:2 market: is required but missing (expected one of "b2c", "b2b") — Add this field; see /contributing/ for what it holds.',
		]);
	});

	it('tells an empty value from a missing one', () => {
		expect(check(persona.replace('role: Landlord', 'role:'))).toEqual([
			'p.mdx:2 role: is empty (expected text) — Write a value after "role:", or delete the line if the field is optional.',
		]);
		expect(check(`${persona}goals:\n  -\n`)).toEqual([
			'p.mdx:10 goals[0]: is empty (expected text) — Write the item after "- ", or delete the empty item.',
		]);
		expect(check(persona.replace('role: Landlord', 'role: "   "'))).toEqual(['p.mdx:2 role: must not be empty']);
	});

	it('suggests the closest allowed value for a misspelled choice', () => {
		expect(check(persona.replace('status: active', 'status: actve'))).toEqual([
			'p.mdx:7 status: "actve" is not allowed; expected one of "draft", "active", "deprecated" — Did you mean "active"?',
		]);
		expect(check(persona.replace('status: active', 'status: retired'))).toEqual([
			'p.mdx:7 status: "retired" is not allowed; expected one of "draft", "active", "deprecated"',
		]);
	});

	it('suggests the field a typo was meant to be, or where a misplaced field belongs', () => {
		expect(check(`${persona}goal: Save money\nage: 40\ncolour: red\n`)).toEqual([
			'p.mdx:9 goal: unknown field "goal" — Did you mean "goals"? Unknown fields are not kept, so a typo would lose data.',
			'p.mdx:10 age: unknown field "age" — It belongs in demographics: indent it under "demographics:".',
			'p.mdx:11 colour: unknown field "colour" — Remove it, or check the field reference for where it belongs.',
		]);
		expect(check(journey.replace('score: 3', 'score: 3\n        scroe: 4'), 'journeys')).toEqual([
			'p.mdx:11 stages[0].steps[0].scroe: unknown field "scroe" — Did you mean "score"? Unknown fields are not kept, so a typo would lose data.',
		]);
	});

	it('says to quote numbers, booleans and dates where text is expected', () => {
		expect(check(`${persona}name: 2026-01-01\nalternativeTitles: [42, true]\n`)).toEqual([
			'p.mdx:9 name: expected text, found the date 2026-01-01 — Put it in quotes ("2026-01-01"): YAML reads an unquoted date as a date, not as text.',
			'p.mdx:10 alternativeTitles[0]: expected text, found 42 — Put it in quotes ("42"): YAML reads an unquoted number as a number, not as text.',
			'p.mdx:10 alternativeTitles[1]: expected text, found true — Put it in quotes ("true"): YAML reads an unquoted boolean as a boolean, not as text.',
		]);
	});

	it('spots the unquoted ": " that turns a line of text into a group of fields', () => {
		expect(check(`${persona}goals:\n  - Save money: every month\n`)).toEqual([
			'p.mdx:10 goals[0]: expected text, found a group of fields — Text that contains ": " must be in quotes, e.g. - "Saving money: every month counts".',
		]);
	});

	it('says to remove quotes around numbers and booleans', () => {
		expect(check(`${persona}reviewEveryMonths: "6"\n`)).toEqual([
			'p.mdx:9 reviewEveryMonths: expected a number, found "6" — Write the number without quotes: reviewEveryMonths: 6.',
		]);
	});

	it('explains lists, groups and the frontmatter as a whole', () => {
		expect(check(`${persona}segments: young-families\n`)).toEqual([
			'p.mdx:9 segments: expected a list, found "young-families" — Write a list: put each item on its own line starting with "- ", or use [a, b].',
		]);
		expect(check(persona.replace('owner: { name: Jo }', 'owner: Jo'))).toEqual([
			'p.mdx:6 owner: expected a group of fields, found "Jo" — Write it as fields indented under "owner:" — name, handle.',
		]);
		expect(check(persona.replace('owner: { name: Jo }\n', ''))).toEqual([
			'p.mdx:2 owner: is required but missing (expected a group of fields) — Add "owner:" with its fields indented below it: name, handle.',
		]);
		expect(check('- term\n', 'glossary')).toEqual([
			'p.mdx:2: expected a group of fields, found a list — The frontmatter is a group of fields, one "field: value" per line: term, aliases, summary, category, related.',
		]);
	});

	it('offers the corrected form of ids, tags, handles and image paths', () => {
		expect(
			check(
				`${persona}segments: [Young Families]\ntags: [Price Sensitive]\navatar: { src: avatars/jo.png, alt: Jo }\n`,
			),
		).toEqual([
			'p.mdx:9 segments[0]: expected the id of an entry in content/segments/ (its file name without .mdx: lower-case words joined by hyphens) (found "Young Families") — Write it as "young-families".',
			'p.mdx:10 tags[0]: tags are lower-case words joined by hyphens, like "price-sensitive" (found "Price Sensitive") — Write it as "price-sensitive".',
			'p.mdx:11 avatar.src: expected a path relative to this file, like ./avatars/ada.jpg (found "avatars/jo.png") — Write it as "./avatars/jo.png".',
		]);
		expect(check(persona.replace('{ name: Jo }', '{ name: Jo, handle: jo-ellis }'))).toEqual([
			'p.mdx:6 owner.handle: expected a GitHub user or team like @ada-lopez or @acme/research (found "jo-ellis") — Write it as "@jo-ellis".',
		]);
	});

	it('explains dates: impossible days, day-first dates, missing zeros, numbers', () => {
		const withDate = (date: string) => check(persona.replace('2026-02-03', date));
		expect(withDate('2026-02-30')).toEqual([
			'p.mdx:8 lastReviewed: there is no such day in the calendar (found "2026-02-30") — Check the day and the month.',
		]);
		expect(withDate('14/03/2026')).toEqual([
			'p.mdx:8 lastReviewed: expected a date written as YYYY-MM-DD, like 2026-03-14 (found "14/03/2026") — Write the year first: YYYY-MM-DD, like 2026-03-14.',
		]);
		expect(withDate('2026-3-4')).toEqual([
			'p.mdx:8 lastReviewed: expected a date written as YYYY-MM-DD, like 2026-03-14 (found "2026-3-4") — Write it as 2026-03-04.',
		]);
		expect(withDate('5')).toEqual([
			'p.mdx:8 lastReviewed: expected a date written as YYYY-MM-DD, found 5 — Write it as YYYY-MM-DD, like 2026-03-14.',
		]);
		expect(withDate('"2026-02-03"')).toEqual([]);
		expect(withDate('2026-02-03T09:00:00Z')).toEqual([]);
	});

	it('says numbers are too small or too big in plain words', () => {
		expect(check(`${persona}reviewEveryMonths: 0\n`)).toEqual([
			'p.mdx:9 reviewEveryMonths: must be at least 1 (found 0)',
		]);
		expect(check(`${persona}reviewEveryMonths: 48\n`)).toEqual([
			'p.mdx:9 reviewEveryMonths: must be at most 36 (found 48)',
		]);
		expect(check(`${persona}reviewEveryMonths: 2.5\n`)).toEqual([
			'p.mdx:9 reviewEveryMonths: expected a whole number, found 2.5 — Months between reviews for this entry; leave out to use the site default.',
		]);
	});

	it('counts characters of text that is too long instead of repeating it', () => {
		expect(check(persona.replace('Owns ten flats.', 'x'.repeat(300)))).toEqual([
			'p.mdx:3 summary: keep the summary to one sentence (240 characters at most) (it has 300 characters)',
		]);
	});

	it('explains a value that may have one of two shapes in terms of the shape used', () => {
		const age = (value: string) => check(`${persona}demographics:\n  age: ${value}\n`);
		expect(age('35')).toEqual([
			'p.mdx:10 demographics.age: expected text or a group of fields, found 35 — Put it in quotes ("35"): YAML reads an unquoted number as a number, not as text.',
		]);
		expect(age('{ mn: 30, max: 40 }')).toEqual([
			'p.mdx:10 demographics.age.min: is required but missing (expected a number) — Add this field; see /contributing/ for what it holds.',
			'p.mdx:10 demographics.age.mn: unknown field "mn" — Did you mean "min"? Unknown fields are not kept, so a typo would lose data.',
		]);
		expect(age('{ min: 50, max: 40 }')).toEqual([
			'p.mdx:10 demographics.age.max: the oldest age (max) is below the youngest (min)',
		]);
		expect(age('[30, 40]')).toEqual([
			'p.mdx:10 demographics.age: expected text or a group of fields, found a list — An age range `{ min, max }` or free text such as "late thirties".',
		]);
		expect(age('late thirties')).toEqual([]);
	});

	it('tells a typo in an attributed quote from a quote with an unquoted ": "', () => {
		expect(check(`${persona}quotes:\n  - txt: Hello\n`)).toEqual([
			'p.mdx:10 quotes[0].text: is required but missing (expected text) — Add this field; see /contributing/ for what it holds.',
			'p.mdx:10 quotes[0].txt: unknown field "txt" — Did you mean "text"? Unknown fields are not kept, so a typo would lose data.',
		]);
		expect(check(`${persona}quotes:\n  - I said: hello\n`)).toEqual([
			'p.mdx:10 quotes[0]: expected text, found a group of fields — Text that contains ": " must be in quotes, e.g. - "Saving money: every month counts".',
		]);
		expect(check(`${persona}quotes:\n  - { text: Hi, source: 3 }\n`)).toEqual([
			'p.mdx:10 quotes[0].source: expected text, found 3 — Put it in quotes ("3"): YAML reads an unquoted number as a number, not as text.',
		]);
		expect(check(`${persona}quotes:\n  - 42\n`)).toEqual([
			'p.mdx:10 quotes[0]: expected text or a group of fields, found 42 — Put it in quotes ("42"): YAML reads an unquoted number as a number, not as text.',
		]);
	});

	it('points at list items and nested fields on their own lines', () => {
		expect(check(journey.replace('score: 3', 'score: 9'), 'journeys')).toEqual([
			'p.mdx:10 stages[0].steps[0].score: the highest score is 5 (very positive) (found 9)',
		]);
		expect(
			check(
				journey.replace(
					'stages:\n  - name: Choose\n    steps:\n      - name: Compare models\n        score: 3\n',
					'stages: []\n',
				),
				'journeys',
			),
		).toEqual(['p.mdx:6 stages: a journey needs at least one stage']);
	});
});

describe('issuesToProblems', () => {
	it('makes one problem per unknown key, each on its own line', () => {
		const schema = z.strictObject({ name: z.string() });
		const result = schema.safeParse({ name: 'x', nmae: 1, other: 2 }, { reportInput: true });
		const problems = issuesToProblems(result.error!.issues, {
			file: 'f.mdx',
			lineOf: (path) => (path[0] === 'nmae' ? 3 : 4),
			allowedKeys: () => ['name'],
		});
		expect(problems.map(formatProblem)).toEqual([
			'f.mdx:3 nmae: unknown field "nmae" — Did you mean "name"? Unknown fields are not kept, so a typo would lose data.',
			'f.mdx:4 other: unknown field "other" — Remove it, or check the field reference for where it belongs.',
		]);
	});
});

describe('friendlyErrorMap', () => {
	const message = (schema: z.ZodType, value: unknown) =>
		schema.safeParse(value, { error: friendlyErrorMap }).error?.issues[0]?.message;

	it('words size limits for numbers, text and lists', () => {
		expect(message(z.number().min(3), 1)).toBe('must be at least 3');
		expect(message(z.number().gt(3), 1)).toBe('must be more than 3');
		expect(message(z.number().max(3), 9)).toBe('must be at most 3');
		expect(message(z.number().lt(3), 9)).toBe('must be less than 3');
		expect(message(z.string().min(1), '')).toBe('must not be empty');
		expect(message(z.string().min(5), 'ab')).toBe('must be at least 5 characters long');
		expect(message(z.string().max(1), 'ab')).toBe('must be at most 1 character long');
		expect(message(z.array(z.string()).min(2), [])).toBe('needs at least 2 items');
		expect(message(z.array(z.string()).max(1), ['a', 'b'])).toBe('may have at most 1 item');
		expect(message(z.number().multipleOf(5), 7)).toBe('must be a multiple of 5');
	});

	it('words formats', () => {
		expect(message(z.url(), 'nope')).toBe('expected a web address such as https://example.com/report');
		expect(message(z.iso.date(), 'nope')).toBe('expected a date written as YYYY-MM-DD, like 2026-03-14');
		expect(message(z.string().regex(/^a$/), 'b')).toBe('does not have the expected form');
		expect(message(z.email(), 'b')).toBe('does not have the expected form (email)');
	});

	it('gives way to messages written in the schema', () => {
		expect(message(z.number().min(3, { error: 'too few' }), 1)).toBe('too few');
	});
});

describe('keysAt', () => {
	it('lists the fields allowed at a path, through lists and the object shape of a union', () => {
		const schema = frontmatterJsonSchema(plainSchemas.personas);
		expect(keysAt(schema, ['owner'])).toEqual(['name', 'handle']);
		expect(keysAt(schema, ['demographics', 'age'])).toEqual(['min', 'max']);
		expect(keysAt(schema, ['evidence', 'sources', 0])).toEqual(
			expect.arrayContaining(['title', 'kind', 'url', 'date']),
		);
		expect(keysAt(schema, ['nowhere'])).toEqual([]);
	});
});

describe('show and expectedType', () => {
	it('shows values the way writers typed them', () => {
		expect(show('x')).toBe('"x"');
		expect(show('x'.repeat(100))).toBe(`"${'x'.repeat(57)}…"`);
		expect(show(null)).toBe('nothing (null)');
		expect(show([1])).toBe('a list');
		expect(show({ a: 1 })).toBe('a group of fields');
		expect(show(new Date('2026-03-14T00:00:00Z'))).toBe('the date 2026-03-14');
		expect(show(new Date(Number.NaN))).toBe('an invalid date');
		expect(show(new Uint8Array([1]))).toBe('binary data');
		expect(show(3.5)).toBe('3.5');
	});

	it('names types in words', () => {
		expect(expectedType('string')).toBe('text');
		expect(expectedType('boolean')).toBe('true or false');
		expect(expectedType('bigint')).toBe('bigint');
	});
});
