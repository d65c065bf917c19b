import { describe, expect, it } from 'vitest';
import {
	buildCatalog,
	displayName,
	initials,
	personaCountText,
	sortByLabel,
	type PersonaLike,
	type Status,
} from '../../src/lib/catalog';

// Fixture entries in the shape Astro's collections give them, with only what the catalog reads.
const persona = (id: string, data: Partial<PersonaLike['data']> = {}): PersonaLike => ({
	id,
	data: { role: `Role of ${id}`, status: 'active' as Status, segments: [], related: [], ...data },
});
const segment = (id: string, name: string) => ({ id, data: { name } });
const journey = (id: string, title: string, personas: string[]) => ({ id, data: { title, personas } });
const term = (id: string, name: string, related: string[] = []) => ({ id, data: { term: name, related } });

const fixture = () =>
	buildCatalog({
		personas: [
			persona('zoe', { name: 'Zoë', segments: ['savers', 'renters'], related: ['ada', 'ghost', 'zoe'] }),
			persona('ada', { name: 'Ada', segments: ['savers'], related: ['zoe'] }),
			persona('cfo', { role: 'The CFO', segments: ['business'], status: 'draft' }),
			persona('old-ada', {
				name: 'Ada (2024)',
				segments: ['savers'],
				status: 'deprecated',
				supersededBy: 'ada',
				related: ['ada'],
			}),
		],
		segments: [
			segment('savers', 'Savers'),
			segment('renters', 'Renters'),
			segment('business', 'Business'),
			segment('empty', 'Empty'),
		],
		journeys: [
			journey('switch', 'Switching supplier', ['zoe', 'ada']),
			journey('buy', 'Buying a thermostat', ['ada', 'ada', 'missing']),
			journey('audit', 'An energy audit', ['cfo']),
		],
		glossary: [
			term('jtbd', 'Jobs to be done', ['persona']),
			term('persona', 'Persona', ['jtbd', 'ghost']),
			term('ab', 'A/B test'),
		],
	});

describe('displayName', () => {
	it('uses the personal name, or the role when there is none', () => {
		expect(displayName(persona('a', { name: 'Ada' }))).toBe('Ada');
		expect(displayName(persona('cfo', { role: 'The CFO' }))).toBe('The CFO');
	});
});

describe('initials', () => {
	it('takes the first letters of the first and last word', () => {
		expect(initials('Ada Lopez')).toBe('AL');
		expect(initials('Mary Ann de la Cruz')).toBe('MC');
		expect(initials('Hannah')).toBe('H');
	});
	it('skips a leading "The", brackets and punctuation', () => {
		expect(initials('The CFO')).toBe('C');
		expect(initials('The Housing Association Asset Manager')).toBe('HM');
		expect(initials('Ada (2024)')).toBe('A');
		expect(initials('"Dev" O\'Neill')).toBe('DO');
	});
	it('keeps accented and non-Latin letters whole and upper-cases them', () => {
		expect(initials('émile zola')).toBe('ÉZ');
		expect(initials('Łukasz')).toBe('Ł');
		expect(initials('𝒜da')).toBe('𝒜');
	});
	it('falls back to a question mark when there is nothing to take', () => {
		expect(initials('')).toBe('?');
		expect(initials(' — ')).toBe('?');
	});
});

describe('sortByLabel', () => {
	it('sorts the way a reader expects: accents with their letter, numbers by value, case ignored', () => {
		const items = ['zeta', 'Émile', 'emma', 'item 10', 'item 2', 'Alpha'].map((label, i) => ({ id: `x${i}`, label }));
		expect(sortByLabel(items, (i) => i.label).map((i) => i.label)).toEqual([
			'Alpha',
			'Émile',
			'emma',
			'item 2',
			'item 10',
			'zeta',
		]);
	});
	it('breaks ties by id and does not change the input', () => {
		const items = [
			{ id: 'b', label: 'Same' },
			{ id: 'a', label: 'same' },
		];
		expect(sortByLabel(items, (i) => i.label).map((i) => i.id)).toEqual(['a', 'b']);
		expect(items.map((i) => i.id)).toEqual(['b', 'a']);
	});
});

describe('buildCatalog', () => {
	it('sorts every collection by its label', () => {
		const catalog = fixture();
		expect(catalog.personas.map((p) => p.id)).toEqual(['ada', 'old-ada', 'cfo', 'zoe']);
		expect(catalog.segments.map((s) => s.id)).toEqual(['business', 'empty', 'renters', 'savers']);
		expect(catalog.journeys.map((j) => j.id)).toEqual(['audit', 'buy', 'switch']);
		expect(catalog.glossary.map((t) => t.id)).toEqual(['ab', 'jtbd', 'persona']);
	});

	it('gives the same result whatever order the collections come in', () => {
		const a = fixture();
		const reversed = buildCatalog({
			personas: [...a.personas].reverse(),
			segments: [...a.segments].reverse(),
			journeys: [...a.journeys].reverse(),
			glossary: [...a.glossary].reverse(),
		});
		expect(reversed.personas).toEqual(a.personas);
		expect(reversed.personasInSegment('savers')).toEqual(a.personasInSegment('savers'));
		expect(reversed.journeysOfSegment('savers')).toEqual(a.journeysOfSegment('savers'));
	});

	it('looks entries up by id', () => {
		const catalog = fixture();
		expect(catalog.persona('ada')?.data.name).toBe('Ada');
		expect(catalog.segment('renters')?.data.name).toBe('Renters');
		expect(catalog.journey('buy')?.data.title).toBe('Buying a thermostat');
		expect(catalog.term('jtbd')?.data.term).toBe('Jobs to be done');
		expect(catalog.persona('nobody')).toBeUndefined();
	});

	it('links a segment to its personas, sorted, and a persona to its segments, in its order', () => {
		const catalog = fixture();
		expect(catalog.personasInSegment('savers').map((p) => p.id)).toEqual(['ada', 'old-ada', 'zoe']);
		expect(catalog.personasInSegment('empty')).toEqual([]);
		expect(catalog.personasInSegment('unknown')).toEqual([]);
		expect(catalog.segmentsOf(catalog.persona('zoe')!).map((s) => s.id)).toEqual(['savers', 'renters']);
	});

	it('links a persona to the journeys that follow it, each once', () => {
		const catalog = fixture();
		expect(catalog.journeysOfPersona('ada').map((j) => j.id)).toEqual(['buy', 'switch']);
		expect(catalog.journeysOfPersona('cfo').map((j) => j.id)).toEqual(['audit']);
		expect(catalog.journeysOfPersona('old-ada')).toEqual([]);
		expect(catalog.personasOf(catalog.journey('buy')!).map((p) => p.id)).toEqual(['ada']);
	});

	it('links a segment to the journeys of its personas, each once, sorted', () => {
		const catalog = fixture();
		expect(catalog.journeysOfSegment('savers').map((j) => j.id)).toEqual(['buy', 'switch']);
		expect(catalog.journeysOfSegment('renters').map((j) => j.id)).toEqual(['switch']);
		expect(catalog.journeysOfSegment('business').map((j) => j.id)).toEqual(['audit']);
		expect(catalog.journeysOfSegment('empty')).toEqual([]);
	});

	it('follows related personas both ways, skipping dangling ids and self-references', () => {
		const catalog = fixture();
		expect(catalog.relatedTo(catalog.persona('zoe')!).map((p) => p.id)).toEqual(['ada']);
		expect(catalog.relatedBy('ada').map((p) => p.id)).toEqual(['old-ada', 'zoe']);
		expect(catalog.relatedBy('zoe').map((p) => p.id)).toEqual(['ada']);
		expect(catalog.relatedBy('cfo')).toEqual([]);
	});

	it('knows which personas a persona replaces', () => {
		const catalog = fixture();
		expect(catalog.supersedes('ada').map((p) => p.id)).toEqual(['old-ada']);
		expect(catalog.supersedes('zoe')).toEqual([]);
	});

	it('follows related glossary terms both ways', () => {
		const catalog = fixture();
		expect(catalog.relatedTerms(catalog.term('persona')!).map((t) => t.id)).toEqual(['jtbd']);
		expect(catalog.termsRelatingTo('persona').map((t) => t.id)).toEqual(['jtbd']);
		expect(catalog.termsRelatingTo('ab')).toEqual([]);
	});

	it('counts entries, and personas by status', () => {
		expect(fixture().counts).toEqual({
			personas: 4,
			personasByStatus: { active: 2, draft: 1, deprecated: 1 },
			segments: 4,
			journeys: 3,
			glossary: 3,
		});
	});

	it('words persona counts one way: active personas, then drafts and deprecated ones, never added together', () => {
		expect(personaCountText(fixture().counts.personasByStatus)).toBe('2 active personas, 1 in draft, 1 deprecated');
		expect(personaCountText({ active: 7, draft: 2, deprecated: 1 })).toBe(
			'7 active personas, 2 in draft, 1 deprecated',
		);
		expect(personaCountText({ active: 1, draft: 0, deprecated: 0 })).toBe('1 active persona');
		expect(personaCountText({ active: 0, draft: 3, deprecated: 0 })).toBe('0 active personas, 3 in draft');
	});

	it('copes with an empty catalog', () => {
		const catalog = buildCatalog({ personas: [], segments: [], journeys: [], glossary: [] });
		expect(catalog.counts.personas).toBe(0);
		expect(catalog.personasInSegment('x')).toEqual([]);
	});
});
