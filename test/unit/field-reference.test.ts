import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { plainSchemas } from '../../src/schemas';
import { contributingGuide } from '../../src/lib/contributing-guide';
import { entryKinds } from '../../src/lib/entry-kinds';
import { fieldReference, fieldTableMarkdown, referenceKinds } from '../../src/lib/field-reference';
import { generatedDocs } from '../../src/lib/generated-docs';
import { entryJsonSchema } from '../../src/lib/json-schema-files';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Def {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	options?: z.ZodType[];
	entries?: Record<string, string>;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

// Walks the zod schema itself, not its JSON Schema, so the test does not share the generator's path.
function zodFields(schema: z.ZodType, prefix: string[] = []): { path: string; schema: z.ZodType }[] {
	const def = defOf(schema);
	const label = (parts: string[]) => parts.map((p, i) => (p === '[]' ? '[]' : i === 0 ? p : `.${p}`)).join('');
	switch (def.type) {
		case 'optional':
		case 'default':
		case 'nullable':
		case 'readonly':
			return zodFields(def.innerType!, prefix);
		case 'pipe':
			return zodFields(def.in!, prefix);
		case 'object':
			return Object.entries(def.shape!).flatMap(([key, child]) => [
				{ path: label([...prefix, key]), schema: child },
				...zodFields(child, [...prefix, key]),
			]);
		case 'array':
			return zodFields(def.element!, [...prefix, '[]']);
		case 'union':
			return def.options!.flatMap((option) => zodFields(option, prefix));
		default:
			return [];
	}
}
function enumValues(schema: z.ZodType): string[] | undefined {
	const def = defOf(schema);
	if (def.type === 'enum') return Object.values(def.entries!);
	if (['optional', 'default', 'nullable', 'readonly'].includes(def.type)) return enumValues(def.innerType!);
	if (def.type === 'array') return enumValues(def.element!);
	return undefined;
}

describe('field reference', () => {
	for (const kind of referenceKinds) {
		const collection = entryKinds[kind];
		const schema = plainSchemas[collection];
		const rows = fieldReference(collection);
		const fields = zodFields(schema);

		it(`lists exactly the fields of the ${kind} schema, in order`, () => {
			expect(rows.map((row) => row.field)).toEqual(fields.map((field) => field.path));
		});

		it(`marks a top-level ${kind} field required exactly when the schema requires it`, () => {
			const shape = defOf(schema).shape!;
			for (const [key, child] of Object.entries(shape)) {
				// A field may be left out exactly when the schema accepts nothing for it (optional or with a default).
				const required = !child.safeParse(undefined).success;
				expect(rows.find((row) => row.field === key)?.required, key).toBe(required ? 'yes' : 'no');
			}
		});

		it(`gives the allowed values of every ${kind} enum`, () => {
			for (const field of fields) {
				const values = enumValues(field.schema);
				if (values) expect(rows.find((row) => row.field === field.path)?.allowed, field.path).toEqual(values);
			}
		});

		it(`has a description for every ${kind} field`, () => {
			expect(rows.filter((row) => !row.description).map((row) => row.field)).toEqual([]);
		});

		it(`emits a JSON Schema for ${kind} with every top-level field and no private keywords`, () => {
			const json = entryJsonSchema(kind);
			expect(Object.keys(json.properties ?? {})).toEqual(Object.keys(defOf(schema).shape!));
			expect(JSON.stringify(json)).not.toMatch(/"reference"|"image-path"/);
			expect(json.additionalProperties).toBe(false);
		});
	}

	it('escapes pipes in Markdown table cells', () => {
		const table = fieldTableMarkdown([
			{ field: 'a', depth: 0, type: 'text', required: 'no', allowed: [], description: 'this | that' },
		]);
		expect(table.split('\n')[2]).toBe('| `a` | text | no | — | this \\| that |');
	});
});

describe('generated files', () => {
	it.each(generatedDocs().map((doc) => [doc.path, doc.text] as const))(
		'%s is up to date (run `npm run docs`)',
		(path, text) => {
			expect(readFileSync(`${root}${path}`, 'utf8')).toBe(text);
		},
	);

	it('CONTRIBUTING.md has one table row per schema field for each kind', () => {
		const markdown = readFileSync(`${root}CONTRIBUTING.md`, 'utf8');
		for (const kind of referenceKinds) {
			const section = markdown
				.split(/^### Fields of a /m)
				.find((part: string) => part.startsWith(kind === 'term' ? 'glossary term' : kind))!;
			const listed = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
			expect(listed).toEqual(zodFields(plainSchemas[entryKinds[kind]]).map((field) => field.path));
		}
	});

	it('the site page and CONTRIBUTING.md come from the same sections, differing only in where links lead', () => {
		const facts = { reviewEveryMonths: 12 };
		const forRepo = contributingGuide({ page: () => undefined, file: (path) => path }, facts);
		const forSite = contributingGuide(
			{ page: (path) => `/atlas${path}`, file: (path) => `https://example.com/${path}` },
			facts,
		);
		expect(forSite.map((s) => [s.id, s.title, s.fields])).toEqual(forRepo.map((s) => [s.id, s.title, s.fields]));
		expect(forSite.find((s) => s.id === 'owners-and-reviews')?.markdown).toContain('[`/reviews/`](/atlas/reviews/)');
	});
});
