import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
	fieldPathLabel,
	frontmatterJsonSchema,
	listFields,
	parentsOfField,
	schemaAt,
	typeLabel,
	type FieldInfo,
} from '../../src/lib/schema-fields';
import { plainSchemas } from '../../src/schemas';

const personas = frontmatterJsonSchema(plainSchemas.personas);
const journeys = frontmatterJsonSchema(plainSchemas.journeys);
const field = (fields: FieldInfo[], label: string) => fields.find((f) => fieldPathLabel(f.path) === label);

describe('frontmatterJsonSchema', () => {
	it('describes what writers type: fields with defaults are optional, dates are date strings', () => {
		expect(personas.required).toEqual(['role', 'summary', 'personaType', 'market', 'owner', 'status', 'lastReviewed']);
		expect(personas.properties?.['lastReviewed']?.format).toBe('date');
		expect(personas.properties?.['segments']?.default).toEqual([]);
		expect(personas.additionalProperties).toBe(false);
	});

	it('keeps our metadata: descriptions and the collection a reference points into', () => {
		expect(personas.properties?.['supersededBy']?.reference).toBe('personas');
		expect(personas.properties?.['segments']?.items?.reference).toBe('segments');
		expect(personas.properties?.['role']?.description).toMatch(/^Job title or role/);
	});
});

describe('listFields', () => {
	it('lists every field, parents before children, with [] for list items', () => {
		const labels = listFields(journeys).map((f) => fieldPathLabel(f.path));
		expect(labels.slice(0, 8)).toEqual([
			'title',
			'summary',
			'personas',
			'goal',
			'stages',
			'stages[].name',
			'stages[].description',
			'stages[].steps',
		]);
		expect(labels).toContain('stages[].steps[].score');
	});

	it('says what each field holds, whether it is required, its values, reference and default', () => {
		const fields = listFields(personas);
		expect(field(fields, 'role')).toMatchObject({ type: 'text', required: true });
		expect(field(fields, 'market')).toMatchObject({ type: 'one of: b2c, b2b', values: ['b2c', 'b2b'], required: true });
		expect(field(fields, 'segments')).toMatchObject({ reference: 'segments', required: false, defaultValue: [] });
		expect(field(fields, 'lastReviewed')?.type).toBe('date (YYYY-MM-DD)');
		expect(field(fields, 'avatar.src')).toMatchObject({ type: 'image path', required: true });
		expect(field(fields, 'evidence.sources[].url')?.type).toBe('web address (URL)');
		expect(field(fields, 'reviewEveryMonths')?.type).toBe('whole number 1–36');
		expect(field(listFields(journeys), 'stages[].steps[].score')?.type).toBe('whole number 1–5');
	});

	it('lists the object shape of a field that may also be text (age)', () => {
		const fields = listFields(personas);
		expect(field(fields, 'demographics.age')?.type).toBe('text or object');
		expect(field(fields, 'demographics.age.min')).toMatchObject({ type: 'whole number 0–120', required: true });
	});
});

describe('typeLabel', () => {
	it('names plain JSON Schema types in words', () => {
		expect(typeLabel({ type: 'boolean' })).toBe('true or false');
		expect(typeLabel({ type: 'number', minimum: 0 })).toBe('number ≥ 0');
		expect(typeLabel({ type: 'integer', minimum: 1, maximum: 9007199254740991 })).toBe('whole number ≥ 1');
		expect(typeLabel({ type: 'array', items: { type: 'string' } })).toBe('list of text');
		expect(typeLabel({ type: 'array' })).toBe('list');
		expect(typeLabel({})).toBe('any');
	});

	it('works on any zod schema', () => {
		expect(typeLabel(frontmatterJsonSchema(z.array(z.int())))).toBe('list of whole number');
	});
});

describe('schemaAt', () => {
	it('steps into properties, list items and the object shape of a union', () => {
		expect(schemaAt(journeys, ['stages', 0, 'steps', 3, 'score'])?.maximum).toBe(5);
		expect(schemaAt(personas, ['demographics', 'age', 'min'])?.minimum).toBe(0);
		expect(schemaAt(personas, ['segments', 0])?.reference).toBe('segments');
		expect(schemaAt(personas, [])).toBe(personas);
	});

	it('is undefined for paths the schema does not have', () => {
		expect(schemaAt(personas, ['colour'])).toBeUndefined();
		expect(schemaAt(personas, ['role', 0])).toBeUndefined();
		expect(schemaAt(personas, ['owner', 'name', 'first'])).toBeUndefined();
	});
});

describe('parentsOfField', () => {
	it('finds where a misplaced field belongs', () => {
		expect(parentsOfField(personas, 'age')).toEqual(['demographics']);
		expect(parentsOfField(personas, 'channels')).toEqual(['behaviours']);
		expect(parentsOfField(journeys, 'score')).toEqual(['stages[].steps[]']);
		expect(parentsOfField(personas, 'role')).toEqual([]);
	});
});
