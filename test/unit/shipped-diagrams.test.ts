import { mdxToMdast } from 'satteri';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content';
import { parseFrontmatter } from '../../src/lib/frontmatter';
import { journeyToMermaid } from '../../src/lib/journey-mermaid';
import type { JourneyData } from '../../src/schemas/journey';
import { parseJourney, parseMermaid } from '../support/mermaid-node';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { entries } = checkContent(root);
const journeys = entries
	.filter((entry) => entry.collection === 'journeys')
	.map((entry) => ({ ...entry, data: entry.data as JourneyData }));

/** Every ```mermaid fence in an MDX body. */
function mermaidFences(body: string): string[] {
	const found: string[] = [];
	const walk = (node: { type: string; lang?: string | null; value?: string; children?: unknown[] }) => {
		if (node.type === 'code' && node.lang === 'mermaid') found.push(node.value ?? '');
		for (const child of node.children ?? []) walk(child as typeof node);
	};
	walk(mdxToMdast(body, { position: false }) as unknown as Parameters<typeof walk>[0]);
	return found;
}

describe('shipped journeys', () => {
	it('are there', () => {
		expect(journeys.length).toBeGreaterThanOrEqual(3);
	});

	for (const journey of journeys) {
		it(`${journey.id} has at least 4 stages and 8 steps with pain points and opportunities`, () => {
			const steps = journey.data.stages.flatMap((stage) => stage.steps);
			expect(journey.data.stages.length).toBeGreaterThanOrEqual(4);
			expect(steps.length).toBeGreaterThanOrEqual(8);
			expect(
				steps.filter((step) => step.painPoints.length > 0 && step.opportunities.length > 0).length,
			).toBeGreaterThanOrEqual(8);
		});

		it(`${journey.id} becomes a Mermaid diagram with every step`, async () => {
			const diagram = journeyToMermaid(journey.data);
			const parsed = await parseJourney(diagram.source);
			expect(parsed.tasks.map((task) => task.task)).toEqual(
				journey.data.stages.flatMap((stage) => stage.steps.map((step) => step.name)),
			);
			expect(diagram.emptyStages).toEqual([]);
		});
	}
});

describe('hand-written diagrams in shipped content', () => {
	const fences = entries.flatMap((entry) => {
		const body = parseFrontmatter(readFileSync(`${root}${entry.file}`, 'utf8'))?.body ?? '';
		return mermaidFences(body).map((source) => ({ file: entry.file, source }));
	});

	it('include a flowchart on the customer journey mapping term', () => {
		expect(
			fences.some((f) => f.file.endsWith('glossary/customer-journey-mapping.mdx') && /^flowchart\b/.test(f.source)),
		).toBe(true);
	});

	it('all parse with Mermaid', async () => {
		for (const fence of fences) await expect(parseMermaid(fence.source), fence.file).resolves.toBeTruthy();
	});
});
