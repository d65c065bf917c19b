import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyDiagramHeight, journeyToMermaid, type JourneyDiagramInput } from '../../src/lib/journey-mermaid';
import { singleLine } from '../../src/lib/mermaid-text';
import { parseJourney } from '../support/mermaid-node';

const step = (name: string, score = 3, actors: string[] = ['Hannah']) => ({ name, score, actors });

describe('journeyToMermaid', () => {
	it('writes a section per stage and a task per step with score and actors', async () => {
		const { source, taskCount, emptyStages, shortened } = journeyToMermaid({
			title: 'First order',
			stages: [
				{ name: 'Discover', steps: [step('See an advert', 4, ['Hannah', 'Partner'])] },
				{ name: 'Buy', steps: [step('Pay', 2, [])] },
			],
		});
		expect(source).toContain('journey\n  title First order\n');
		expect(source).toContain('  section Discover\n    See an advert: 4: Hannah, Partner\n');
		expect(source).toContain('  section Buy\n    Pay: 2\n');
		expect(taskCount).toBe(2);
		expect(emptyStages).toEqual([]);
		expect(shortened).toEqual([]);
		const parsed = await parseJourney(source);
		expect(parsed.title).toBe('First order');
		expect(parsed.sections).toEqual(['Discover', 'Buy']);
		expect(parsed.tasks).toEqual([
			{ task: 'See an advert', score: 4, people: ['Hannah', 'Partner'], section: 'Discover' },
			{ task: 'Pay', score: 2, people: [], section: 'Buy' },
		]);
	});

	it('keeps colons, semicolons, hashes, percent signs, quotes, markup and commas exactly', async () => {
		const name = `Q&A: "50% off"; #1 <b>deal</b>, isn't it? {a}\\b`;
		const { source } = journeyToMermaid({
			title: 'Title: #1; 100%',
			stages: [{ name: 'Stage: one; #2', steps: [step(name, 1, ['Support: tier 1, UK'])] }],
		});
		expect(source).not.toMatch(/[<>&]/);
		const parsed = await parseJourney(source);
		expect(parsed.title).toBe('Title: #1; 100%');
		expect(parsed.sections).toEqual(['Stage: one; #2']);
		expect(parsed.tasks[0]).toEqual({
			task: name,
			score: 1,
			people: ['Support: tier 1, UK'],
			section: 'Stage: one; #2',
		});
	});

	it('does not let a step name that starts with a keyword become a statement', async () => {
		const names = [
			'Title deeds arrive',
			'section 21 notice',
			'Journey planner',
			'accTitle',
			'accDescr {x}',
			'%% note',
			'# heading',
		];
		const { source } = journeyToMermaid({
			title: 'Keywords',
			stages: [{ name: 'Section A', steps: names.map((n) => step(n)) }],
		});
		const parsed = await parseJourney(source);
		expect(parsed.tasks.map((t) => t.task)).toEqual(names);
		expect(parsed.sections).toEqual(['Section A']);
		expect(parsed.title).toBe('Keywords');
	});

	it('turns line breaks, tabs and control characters into single spaces', async () => {
		const { source } = journeyToMermaid({
			title: 'Line\nbreak',
			stages: [{ name: 'One\r\ntwo', steps: [step('Step\u2028with\tbreaks\u0000and  spaces', 3, ['A\nB'])] }],
		});
		const parsed = await parseJourney(source);
		expect(parsed.title).toBe('Line break');
		expect(parsed.tasks[0]).toMatchObject({ task: 'Step with breaks and spaces', people: ['A B'], section: 'One two' });
	});

	it('keeps emoji and non-Latin scripts', async () => {
		const names = ['Заказать 🛒', '注文する', 'طلب الشراء', 'Família 👩‍👩‍👧 ok', 'ऑर्डर करें'];
		const { source } = journeyToMermaid({
			title: 'Ünïcödé ✓',
			stages: [{ name: 'Étape', steps: names.map((n) => step(n, 5, ['Zoë'])) }],
		});
		const parsed = await parseJourney(source);
		expect(parsed.tasks.map((t) => t.task)).toEqual(names);
		expect(parsed.title).toBe('Ünïcödé ✓');
	});

	it('reports stages without steps instead of dropping them silently', async () => {
		const diagram = journeyToMermaid({
			title: 'Gaps',
			stages: [
				{ name: 'Discover', steps: [step('Look')] },
				{ name: 'Compare', steps: [] },
				{ name: 'Use', steps: [step('Use it')] },
			],
		});
		expect(diagram.emptyStages).toEqual(['Compare']);
		const parsed = await parseJourney(diagram.source);
		expect(parsed.sections).toEqual(['Discover', 'Use']);
		expect(parsed.accDescription).toContain('Stages without steps, not drawn: Compare.');
	});

	it('draws a journey whose stages are all empty', async () => {
		const diagram = journeyToMermaid({ title: 'Not mapped yet', stages: [{ name: 'Discover', steps: [] }] });
		expect(diagram.taskCount).toBe(0);
		const parsed = await parseJourney(diagram.source);
		expect(parsed.tasks).toEqual([]);
	});

	it('numbers repeated stage names so Mermaid does not merge them', async () => {
		const { source } = journeyToMermaid({
			title: 'Loop',
			stages: [
				{ name: 'Use', steps: [step('A')] },
				{ name: 'Empty', steps: [] },
				{ name: 'Use', steps: [step('B')] },
			],
		});
		const parsed = await parseJourney(source);
		expect(parsed.sections).toEqual(['Use', 'Use (2)']);
		expect(parsed.tasks.map((t) => t.section)).toEqual(['Use', 'Use (2)']);
	});

	it('shortens very long names with an ellipsis and reports them', async () => {
		const long = `${'Compare every tariff on the market '.repeat(5)}end`;
		const diagram = journeyToMermaid({ title: long, stages: [{ name: long, steps: [step(long, 2, [long])] }] });
		const parsed = await parseJourney(diagram.source);
		for (const text of [
			parsed.title,
			parsed.sections[0] ?? '',
			parsed.tasks[0]?.task ?? '',
			parsed.tasks[0]?.people[0] ?? '',
		]) {
			expect(text.endsWith('…')).toBe(true);
			expect(long.startsWith(text.slice(0, -1))).toBe(true);
		}
		expect(diagram.shortened).toContain(long);
		// The accessible title keeps the whole name.
		expect(parsed.accTitle).toBe(`Journey: ${long}`);
	});

	it('keeps an actor called __proto__', async () => {
		const { source } = journeyToMermaid({
			title: 'Proto',
			stages: [{ name: 'S', steps: [step('A', 3, ['__proto__', 'constructor'])] }],
		});
		const parsed = await parseJourney(source);
		expect(parsed.tasks[0]?.people).toEqual(['__proto__', 'constructor']);
	});

	it('refuses a score outside 1 to 5, naming the step', () => {
		expect(() => journeyToMermaid({ title: 'T', stages: [{ name: 'S', steps: [step('Pay', 7)] }] })).toThrow(
			/"Pay" has score 7/,
		);
		expect(() => journeyToMermaid({ title: 'T', stages: [{ name: 'S', steps: [step('Pay', 2.5)] }] })).toThrow(
			RangeError,
		);
	});
});

/** Text a writer could type, weighted towards what breaks Mermaid. */
const nasty = fc.constantFrom(
	':',
	';',
	'#',
	'%',
	'%%',
	'<',
	'>',
	'&',
	',',
	'"',
	"'",
	'\n',
	'\r\n',
	'\t',
	'{',
	'}',
	'\\',
	'|',
	'[',
	']',
	'(',
	')',
	'ﬂ',
	'°',
	'¶',
	'ß',
	'#35;',
	'<br>',
	'&amp;',
	'---',
	'%%{init: {}}%%',
	'section ',
	'title ',
	'journey ',
	'accTitle',
	'accDescr',
	'__proto__',
	'style',
	'classDef',
	'😀',
	'👩‍👩‍👧',
	'日本',
	'Ж',
	'مرحبا',
	'\u2028',
	'\u0000',
	'\u200b',
	'\ufeff',
	'\u3000',
	' ',
);
const writerText = fc.oneof(
	fc.string({ unit: fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 2 })), minLength: 1, maxLength: 12 }),
	fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
	fc.string({ unit: 'binary', minLength: 60, maxLength: 160 }),
);
const journeyArbitrary: fc.Arbitrary<JourneyDiagramInput> = fc.record({
	title: writerText,
	stages: fc.array(
		fc.record({
			name: writerText,
			steps: fc.array(
				fc.record({
					name: writerText,
					score: fc.integer({ min: 1, max: 5 }),
					actors: fc.array(writerText, { maxLength: 3 }),
				}),
				{ maxLength: 4 },
			),
		}),
		{ minLength: 1, maxLength: 5 },
	),
});

/** What a label shows: the text on one line, or the start of it followed by "…". */
function expectShownAs(shown: string, written: string, fallback: string) {
	const full = singleLine(written) || fallback;
	if (shown === full) return;
	expect(shown.endsWith('…'), `"${shown}" should be "${full}" or a shortened form of it`).toBe(true);
	expect(full.startsWith(shown.slice(0, -1).trimEnd())).toBe(true);
}

describe('journeyToMermaid properties (checked with Mermaid’s own parser)', () => {
	it('never breaks the diagram and never loses or reorders a step', async () => {
		await fc.assert(
			fc.asyncProperty(journeyArbitrary, async (journey) => {
				const { source, taskCount } = journeyToMermaid(journey);
				const steps = journey.stages.flatMap((stage) => stage.steps);
				const parsed = await parseJourney(source);
				expect(taskCount).toBe(steps.length);
				expect(parsed.tasks).toHaveLength(steps.length);
				expect(parsed.sections).toHaveLength(journey.stages.filter((stage) => stage.steps.length > 0).length);
				expect(new Set(parsed.sections).size).toBe(parsed.sections.length);
				steps.forEach((written, index) => {
					const task = parsed.tasks[index];
					expect(task?.score).toBe(written.score);
					expectShownAs(task?.task ?? '', written.name, 'Step');
					const actors = [...new Set(written.actors.map(singleLine).filter(Boolean))];
					expect(task?.people).toHaveLength(actors.length);
				});
				expectShownAs(parsed.title, journey.title, 'Journey');
			}),
			{ numRuns: 200 },
		);
	}, 60_000);

	it('emits no markup, no line breaks inside a line, and no Mermaid comment or directive', () => {
		fc.assert(
			fc.property(journeyArbitrary, (journey) => {
				const body = journeyToMermaid(journey).source.split('---\n')[2] ?? '';
				expect(body).not.toMatch(/[<>&%\r\u2028\u2029\u0085]/);
				for (const line of body.split('\n')) expect(line).not.toMatch(/^\s*#(?!\d+;)/);
			}),
			{ numRuns: 300 },
		);
	});
});

describe('journeyDiagramHeight', () => {
	it('grows with the list of actors once it is longer than the faces', () => {
		expect(journeyDiagramHeight(1)).toBe(491);
		expect(journeyDiagramHeight(14)).toBe(491);
		expect(journeyDiagramHeight(20)).toBe(501);
		expect(
			journeyToMermaid({ title: 'T', stages: [{ name: 'S', steps: [step('A', 3, ['x', 'x', 'y'])] }] }).height,
		).toBe(491);
	});
});
