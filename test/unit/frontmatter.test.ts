import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter, splitFrontmatter } from '../../src/lib/frontmatter';
import { explainYamlError } from '../../src/lib/yaml-hints';
import { yamlTimestamp } from '../../src/lib/yaml-timestamp';

const parse = (source: string) => {
	const parsed = parseFrontmatter(source);
	if (!parsed) throw new Error('expected frontmatter');
	return parsed;
};
const errorsOf = (source: string) => parse(source).errors.map((e) => `${e.line}: ${e.message} — ${e.hint}`);

describe('splitFrontmatter', () => {
	it('finds the YAML between the fences and the body after them, with file lines', () => {
		expect(splitFrontmatter('---\nname: Ada\n---\nHello\n')).toEqual({
			yaml: 'name: Ada\n',
			yamlLine: 2,
			body: 'Hello\n',
			bodyLine: 4,
		});
	});

	it('accepts what Astro accepts: blank lines before, a BOM, CRLF, spaces after a fence', () => {
		expect(splitFrontmatter('\n\n---\na: 1\n---\nx')).toMatchObject({ yaml: 'a: 1\n', yamlLine: 4, bodyLine: 6 });
		expect(splitFrontmatter('\uFEFF---\na: 1\n---\n')).toMatchObject({ yaml: 'a: 1\n', yamlLine: 2 });
		expect(splitFrontmatter('---\r\na: 1\r\n---\r\nx\r\n')).toMatchObject({
			yaml: 'a: 1\r\n',
			body: 'x\r\n',
			bodyLine: 4,
		});
		expect(splitFrontmatter('---  \na: 1\n---\t\n')).not.toHaveProperty('error');
		expect(splitFrontmatter('---\na: 1\n---')).toMatchObject({ body: '', bodyLine: 4 });
	});

	it('returns undefined when the file does not start with a fence', () => {
		expect(splitFrontmatter('')).toBeUndefined();
		expect(splitFrontmatter('Hello\n---\na: 1\n---\n')).toBeUndefined();
		expect(splitFrontmatter('   \n\t\n')).toBeUndefined();
	});

	it('explains an unclosed block, TOML and fences with text on them', () => {
		expect(splitFrontmatter('---\na: 1\n')?.error).toEqual({
			line: 1,
			message: 'the frontmatter is never closed',
			hint: 'Add a line with just "---" after the last field, before the text.',
		});
		expect(splitFrontmatter('+++\na = 1\n+++\n')?.error?.message).toBe(
			'the frontmatter is TOML (+++), which this site does not read',
		);
		expect(splitFrontmatter('---\na: 1\n----\n')?.error).toMatchObject({
			line: 3,
			message: 'the frontmatter fence "----" must be just "---"',
		});
		expect(splitFrontmatter('---yaml\na: 1\n---\n')?.error).toMatchObject({ line: 1 });
	});

	it('agrees with splitting the whole file into lines, for any mix of fences, blank lines and text', () => {
		// The plain way to find the block, kept here as the reference the walk by offsets must match.
		const reference = (source: string) => {
			const lines = source.replace(/^\uFEFF/, '').split(/(?<=\n)/);
			let first = 0;
			while (first < lines.length && lines[first]!.trim() === '') first++;
			const opening = lines[first] ?? '';
			if (opening.startsWith('+++')) return { toml: first + 1 };
			if (!opening.startsWith('---')) return undefined;
			const closing = lines.findIndex((line, index) => index > first && line.startsWith('---'));
			if (closing === -1) return { yaml: lines.slice(first + 1).join(''), bodyLine: lines.length + 1 };
			return {
				yaml: lines.slice(first + 1, closing).join(''),
				yamlLine: first + 2,
				body: lines.slice(closing + 1).join(''),
				bodyLine: closing + 2,
			};
		};
		const line = fc.constantFrom('---', '--- ', '----', '+++', '', '  ', 'a: 1', 'text', '\uFEFF---');
		const file = fc
			.tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
			.map(([lines, eol, last]) => lines.join(eol) + (last ? eol : ''));
		fc.assert(
			fc.property(file, (source) => {
				const expected = reference(source);
				const block = splitFrontmatter(source);
				if (expected === undefined) expect(block).toBeUndefined();
				else if ('toml' in expected) expect(block?.yamlLine).toBe(expected.toml + 1);
				else expect(block).toMatchObject(expected);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('parseFrontmatter', () => {
	it('parses the YAML and gives the line of any field, list item or nested key', () => {
		const parsed = parse('---\nname: Ada\nsegments:\n  - savers\n  - renters\nowner:\n  name: Jo\n---\nBody\n');
		expect(parsed.data).toEqual({ name: 'Ada', segments: ['savers', 'renters'], owner: { name: 'Jo' } });
		expect(parsed.errors).toEqual([]);
		expect(parsed.lineOf(['name'])).toBe(2);
		expect(parsed.lineOf(['segments', 1])).toBe(5);
		expect(parsed.lineOf(['owner', 'name'])).toBe(7);
		expect(parsed.body).toBe('Body\n');
		expect(parsed.bodyLine).toBe(9);
	});

	it('falls back to the closest existing parent for missing fields', () => {
		const parsed = parse('---\nrole: x\nowner:\n  name: Jo\n---\n');
		expect(parsed.lineOf(['owner', 'handle'])).toBe(3);
		expect(parsed.lineOf(['missing'])).toBe(2);
		expect(parsed.lineOf(['role', 0])).toBe(2);
		expect(parsed.lineOf([])).toBe(2);
	});

	it('finds lines after blank lines before the fence, with CRLF and a BOM', () => {
		expect(parse('\n\n---\na: 1\nb: 2\n---\n').lineOf(['b'])).toBe(5);
		expect(parse('\uFEFF---\r\na: 1\r\nb: 2\r\n---\r\n').lineOf(['b'])).toBe(3);
	});

	it('finds keys that look like numbers', () => {
		expect(parse('---\na: 1\n2: x\n---\n').lineOf(['2'])).toBe(3);
	});

	it('reads an empty block, null and ~ as no fields', () => {
		expect(parse('---\n---\n').data).toEqual({});
		expect(parse('---\n~\n---\n').data).toEqual({});
		expect(parse('---\n# only a comment\n---\n').data).toEqual({});
	});

	it('keeps lists and scalars as they are, for the schema to reject', () => {
		expect(parse('---\n- a\n---\n').data).toEqual(['a']);
		expect(parse('---\nhello\n---\n').data).toBe('hello');
	});

	it('reads values with the types Astro gives them: bare dates are dates, yes is text, << merges', () => {
		const parsed = parse(
			'---\nday: 2026-03-14\nquoted: "2026-03-14"\nat: 2026-03-14T10:30:00+01:00\nflag: yes\nbase: &b { a: 1 }\nmore:\n  <<: *b\n  c: 2\n---\n',
		);
		const data = parsed.data as Record<string, unknown>;
		expect(data['day']).toEqual(new Date('2026-03-14T00:00:00Z'));
		expect(data['quoted']).toBe('2026-03-14');
		expect(data['at']).toEqual(new Date('2026-03-14T09:30:00Z'));
		expect(data['flag']).toBe('yes');
		expect(data['more']).toEqual({ a: 1, c: 2 });
	});

	it('keeps days that do not exist as text, so the schema can say so', () => {
		expect((parse('---\nd: 2026-02-30\n---\n').data as Record<string, unknown>)['d']).toBe('2026-02-30');
	});

	it('reports YAML errors with the file line and a hint for the usual mistakes', () => {
		expect(errorsOf('---\nrole: x\nsummary: Hannah: a parent\n---\n')).toEqual([
			'3: the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings — Put text that contains ": " in quotes (summary: "Hannah: a parent"), and indent a line only when it belongs to the field above it.',
		]);
		expect(errorsOf('---\nterm: a\nsummary: s\nterm: b\n---\n')).toEqual([
			'4: the field "term" is written twice — Each field may appear once: keep one of them, or merge the two.',
		]);
		expect(errorsOf('---\nrole: x\n\tsummary: y\n---\n')).toEqual([
			'3: the frontmatter is not valid YAML: a line is indented with a tab — Indent with spaces, not tabs.',
		]);
		expect(errorsOf('---\nowner:\n  handle: @ada\n---\n')).toEqual([
			'3: the frontmatter is not valid YAML: Plain value cannot start with reserved character @ — A value cannot start with @ unless it is in quotes, e.g. handle: "@ada-lopez".',
		]);
		expect(errorsOf('---\nname: !secret x\n---\n')).toEqual([
			'2: the frontmatter is not valid YAML: Unresolved tag: !secret — A value starting with ! is read as a YAML tag; put the value in quotes.',
		]);
	});

	it('counts YAML error lines from the fence, after blank lines and in CRLF files', () => {
		expect(parse('\n---\na: 1\nb: [\n---\n').errors[0]?.line).toBe(4);
		expect(parse('---\r\na: 1\r\nb: [\r\n---\r\n').errors[0]?.line).toBe(3);
	});

	it('turns what the YAML library throws into errors: unknown aliases, alias bombs, deep nesting', () => {
		expect(errorsOf('---\nname: *nope\n---\n')[0]).toMatch(
			/^2: the frontmatter is not valid YAML: .*nope.* — A \*name repeats/,
		);
		const bomb = [
			'a: &a [x, x, x, x, x, x, x, x, x]',
			'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
			'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
			'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
		];
		expect(errorsOf(`---\n${bomb.join('\n')}\n---\n`)).toEqual([
			'2: the frontmatter repeats *aliases too often to read — Write the values out instead of repeating *aliases.',
		]);
		// Where the parser runs out of stack depends on the machine: one error, somewhere in the list.
		const deepBlock = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n');
		const deep = parse(`---\nterm:\n${deepBlock}x\n---\n`).errors;
		expect(deep).toHaveLength(1);
		expect(deep[0]).toMatchObject({
			message: 'the frontmatter is nested too deeply to read',
			hint: 'Fields nest a few levels at most; flatten the lists and groups.',
		});
		expect(deep[0]!.line).toBeGreaterThanOrEqual(2);
		expect(deep[0]!.line).toBeLessThanOrEqual(3002);
		expect(errorsOf(`---\nterm: ${'['.repeat(20000)}${']'.repeat(20000)}\n---\n`)).toEqual([
			'2: the frontmatter is nested too deeply to read — Fields nest a few levels at most; flatten the lists and groups.',
		]);
	});

	it('reports fence problems as errors and has no data then', () => {
		const parsed = parse('---\nname: x\n');
		expect(parsed.data).toBeUndefined();
		expect(parsed.errors.map((e) => e.message)).toEqual(['the frontmatter is never closed']);
	});

	it('never throws and always reports lines inside the file, whatever the text', () => {
		const piece = fc.constantFrom(
			'---\n',
			'\n',
			': ',
			'- ',
			'  ',
			'\t',
			'"',
			"'",
			'{',
			'[',
			']',
			'&a ',
			'*a',
			'!x ',
			'<<: ',
			'a',
			'2026-02-30',
			'\r\n',
			'?',
			'|',
			'%',
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				const source = `---\n${pieces.join('')}`;
				const parsed = parseFrontmatter(source);
				const lines = source.split('\n').length;
				for (const error of parsed?.errors ?? []) {
					expect(error.line).toBeGreaterThanOrEqual(1);
					expect(error.line).toBeLessThanOrEqual(lines);
					expect(error.hint.length).toBeGreaterThan(0);
				}
			}),
		);
	});
});

describe('yamlTimestamp', () => {
	it('reads dates and date-times as js-yaml does', () => {
		expect(yamlTimestamp('2026-03-14')).toEqual(new Date('2026-03-14T00:00:00Z'));
		expect(yamlTimestamp('2026-3-4 10:00:00')).toEqual(new Date('2026-03-04T10:00:00Z'));
		expect(yamlTimestamp('2026-03-14T10:00:00.5Z')).toEqual(new Date('2026-03-14T10:00:00.500Z'));
		expect(yamlTimestamp('2026-03-14t23:30:00-02:30')).toEqual(new Date('2026-03-15T02:00:00Z'));
		expect(yamlTimestamp('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
		expect(yamlTimestamp('0026-01-01')?.getUTCFullYear()).toBe(26);
	});

	it('refuses days that do not exist and things that are not timestamps', () => {
		for (const text of [
			'2026-02-30',
			'2025-02-29',
			'2026-13-01',
			'2026-00-10',
			'2026-3-4',
			'14/03/2026',
			'2026-03-14T25',
			'today',
		]) {
			expect(yamlTimestamp(text)).toBeUndefined();
		}
	});

	it('gives back the same calendar day for every real date', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
				(date) => {
					const day = date.toISOString().slice(0, 10);
					expect(yamlTimestamp(day)?.toISOString().slice(0, 10)).toBe(day);
				},
			),
		);
	});
});

describe('explainYamlError', () => {
	it('has a specific hint for quotes, lists, missing colons, flow collections and indentation', () => {
		const hint = (code: string, message: string) => explainYamlError({ code, message, text: '' }).hint;
		expect(hint('UNEXPECTED_TOKEN', 'Unexpected scalar at node end')).toMatch(
			/^Quoted text ends at the next quote mark/,
		);
		expect(hint('UNEXPECTED_TOKEN', 'Unexpected block-seq-ind on same line with key')).toMatch(
			/^Start the list on the next line/,
		);
		expect(hint('MISSING_CHAR', 'Missing closing "quote')).toBe('Close the quote at the end of the value.');
		expect(hint('MISSING_CHAR', 'Implicit map keys need to be followed by map values')).toMatch(/add the ": "/);
		expect(
			hint('BAD_INDENT', 'Flow sequence in block collection must be sufficiently indented and end with a ]'),
		).toMatch(/^Close the \[/);
		expect(hint('BAD_INDENT', 'All mapping items must start at the same column')).toMatch(/^Line the fields up/);
		expect(hint('SOMETHING_NEW', 'What')).toMatch(/^Check the indentation/);
	});

	it('names the field written twice, quoted or not', () => {
		expect(
			explainYamlError({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', text: '"role": x' }).message,
		).toBe('the field "role" is written twice');
	});
});
