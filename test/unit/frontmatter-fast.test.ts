import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as yaml from 'yaml';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseFrontmatter, parseFrontmatterWithPositions, splitFrontmatter } from '../../src/lib/frontmatter';
import { loadLikeAstro } from '../../src/lib/frontmatter-fast';

// The positional reader's parseDocument, spied on, to see which files pay for positions.
vi.mock('yaml', async (importOriginal) => {
	const original = await importOriginal<typeof yaml>();
	return { ...original, parseDocument: vi.fn(original.parseDocument) };
});
const parseDocument = vi.mocked(yaml.parseDocument);
// A function returned from beforeEach would be called as a clean-up, so nothing is returned.
beforeEach(() => {
	parseDocument.mockClear();
});

const root = fileURLToPath(new URL('../../', import.meta.url));
const personaFiles = readdirSync(`${root}content/personas`).filter((name) => name.endsWith('.mdx'));
const persona = readFileSync(`${root}content/personas/${personaFiles[0]}`, 'utf8');

const fast = (source: string) => {
	const block = splitFrontmatter(source);
	return block && !block.error ? loadLikeAstro(block.yaml) : undefined;
};
// What parseFrontmatter gives now, and what the positional reader alone gives (as before).
const both = (source: string) => ({ now: parseFrontmatter(source)!, before: parseFrontmatterWithPositions(source)! });
const errorsOf = (source: string) => parseFrontmatter(source)!.errors.map((e) => `${e.line}: ${e.message} — ${e.hint}`);

// Every path to a value in the data, to ask lineOf about each.
function paths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
	if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => paths(item, [...path, i]))];
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		return [path, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...path, key]))];
	}
	return [path];
}

describe('the fast path (js-yaml, as Astro reads frontmatter)', () => {
	it('reads every shipped persona, with the same data as the positional reader', () => {
		expect(personaFiles.length).toBeGreaterThan(3);
		for (const name of personaFiles) {
			const source = readFileSync(`${root}content/personas/${name}`, 'utf8');
			expect(fast(source), name).toBeDefined();
			const { now, before } = both(source);
			expect(now.errors).toEqual([]);
			expect(now.data).toStrictEqual(before.data);
			expect((now.data as { lastReviewed?: unknown }).lastReviewed).toBeInstanceOf(Date);
		}
	});

	it('reads positions only when lineOf is first asked, once, and gives the lines as before', () => {
		const source = `${persona}\n<!-- lazy -->\n`;
		const parsed = parseFrontmatter(source)!;
		expect(parseDocument).not.toHaveBeenCalled();
		const before = parseFrontmatterWithPositions(source)!;
		parseDocument.mockClear();
		const all = paths(parsed.data);
		expect(all.length).toBeGreaterThan(20);
		for (const path of [...all, ['missing'], ['owner', 'nothing'], ['segments', 99]]) {
			expect(parsed.lineOf(path), path.join('.')).toBe(before.lineOf(path));
		}
		expect(parseDocument).toHaveBeenCalledTimes(1);
	});

	it('reads an empty block and a comment as no fields; a bare ~ too, the slow way', () => {
		for (const yamlText of ['', '# only a comment\n', '\n\n']) {
			expect(loadLikeAstro(yamlText)).toEqual({ data: {} });
		}
		expect(parseFrontmatter('---\n---\n')!.data).toEqual({});
		expect(loadLikeAstro('~\n')).toBeUndefined();
		expect(parseFrontmatter('---\n~\n---\n')!.data).toEqual({});
	});

	it('gives the same line-numbered errors, read the slow way', () => {
		expect(errorsOf('---\nrole: x\nsummary: Hannah: a parent\n---\n')).toEqual([
			'3: the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings — Put text that contains ": " in quotes (summary: "Hannah: a parent"), and indent a line only when it belongs to the field above it.',
		]);
		expect(errorsOf('---\nname: a\nsegments:\n  - x\n - y\n---\n')).toEqual(
			parseFrontmatterWithPositions('---\nname: a\nsegments:\n  - x\n - y\n---\n')!.errors.map(
				(e) => `${e.line}: ${e.message} — ${e.hint}`,
			),
		);
		expect(errorsOf('---\nterm: a\nsummary: s\nterm: b\n---\n')).toEqual([
			'4: the field "term" is written twice — Each field may appear once: keep one of them, or merge the two.',
		]);
		expect(errorsOf('---\nname: "a"#\n---\n')[0]).toMatch(/^2: .*Comments must be separated/);
	});

	it('leaves anchors, aliases and alias bombs to the positional reader, which limits them', () => {
		expect(fast('---\nbase: &b x\ncopy: *b\n---\n')).toBeUndefined();
		const bomb = [
			'a: &a [x, x, x, x, x, x, x, x, x]',
			'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
			'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
			'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
		];
		expect(fast(`---\n${bomb.join('\n')}\n---\n`)).toBeUndefined();
		expect(errorsOf(`---\n${bomb.join('\n')}\n---\n`)).toEqual([
			'2: the frontmatter repeats *aliases too often to read — Write the values out instead of repeating *aliases.',
		]);
	});

	it('leaves to the positional reader what the two read differently, so the data is as before', () => {
		const cases = [
			'day: 2026-02-30', // js-yaml rolls it over to 2 March; the check keeps it as text for the schema
			'day: 0050-01-01', // js-yaml says 1950
			'n: -.5', // text for js-yaml, a number for the other
			'n: 0b101', // 5 for js-yaml, text for the other
			'base:\n  a: 1\nmore:\n  <<: { a: 1 }\n  c: 2', // a merge
			'name: !secret x', // an unknown tag
			'name: !!binary aGk=', // a tag only js-yaml knows
			'role: x\n\tsummary: y', // a tab
			'a: 1\nnull: 2', // a null key is "null" to js-yaml, "" to the other
			'list:\n- - \n- a', // an empty nested item
			'text: "a\\\n\n  b"', // an escaped line break before a blank line
		];
		for (const text of cases) {
			const { now, before } = both(`---\n${text}\n---\n`);
			expect(fast(`---\n${text}\n---\n`), text).toBeUndefined();
			expect(now.data, text).toStrictEqual(before.data);
			expect(now.errors, text).toEqual(before.errors);
		}
		expect((both('---\nday: 2026-02-30\n---\n').now.data as { day: unknown }).day).toBe('2026-02-30');
	});

	it('agrees with the positional reader on generated content-like YAML, changed at random', () => {
		type Tree = { text: string } | { fields: [string, Tree][] } | { items: Tree[] };
		const text = fc.constantFrom(
			...['Ada', 'plain text', 'Issue #42', 'x:y', '-1', '0x1F', '-.5', '1e3', '.inf', 'true', 'yes', 'null', '~'],
			...['2026-03-14', '2026-02-30', '2026-03-14 10:00:00 -2', '"q"', '"a\\"b"', "'it''s'", '[]', '[a, b]'],
			...['v # c', 'TODO: x', '>-\n  one\n  two', '|\n  a\n\n  b'],
		);
		const key = fc.constantFrom('name', 'summary', 'painPoints', 'a-b', 'True', '__proto__', 'Null');
		const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
			tree: fc.oneof(
				{ depthSize: 'small' },
				text.map((value) => ({ text: value })),
				fc.array(fc.tuple(key, tie('tree')), { minLength: 1, maxLength: 3 }).map((fields) => ({ fields })),
				fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((items) => ({ items })),
			),
		}));
		// The YAML after "key:" or "-", as content is written: nested blocks on the next lines, indented.
		const render = (value: Tree, indent: number): string => {
			const pad = ' '.repeat(indent);
			if ('text' in value) return ` ${value.text.replace(/\n/g, `\n${pad}`)}`;
			if ('fields' in value) return value.fields.map(([k, v]) => `\n${pad}${k}:${render(v, indent + 2)}`).join('');
			return value.items
				.map((item) =>
					'fields' in item
						? `\n${pad}- ${render(item, indent + 2).trimStart()}`
						: `\n${pad}-${render(item, indent + 2)}`,
				)
				.join('');
		};
		const edit = fc.tuple(fc.nat(), fc.constantFrom(' ', '', '\n', '  - ', ': ', '#', '"', '\t', '&a ', '*a'));
		let fastOnes = 0;
		fc.assert(
			fc.property(tree, fc.option(edit), (root, change) => {
				let yamlText = render({ fields: [['name', root]] }, 0).slice(1);
				if (change) {
					const at = change[0] % (yamlText.length + 1);
					yamlText = yamlText.slice(0, at) + change[1] + yamlText.slice(at + 1);
				}
				const source = `---\n${yamlText}\n---\n`;
				if (fast(source)) fastOnes++;
				const { now, before } = both(source);
				expect(now.errors).toEqual(before.errors);
				expect(now.data).toStrictEqual(before.data);
			}),
			{ numRuns: 500 },
		);
		// About a fifth take the fast path (the rest is what it refuses); without them this would compare the slow path with itself.
		expect(fastOnes).toBeGreaterThan(50);
	});
});
