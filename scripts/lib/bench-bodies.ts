import { designList, paragraph, type ProseContext } from './bench-prose';
import { stageNames, things } from './bench-words';
import type { Random } from './seeded-random';

/** A link to another entry, written as Markdown. */
export interface BodyLink {
	text: string;
	href: string;
}

const link = (l: BodyLink) => `[${l.text}](${l.href})`;

/** A ```mermaid flowchart of a few decisions, named for screen readers with accTitle. */
export function mermaidFence(random: Random, title: string): string {
	const steps = random.sample(stageNames, random.int(3, 5));
	const lines = steps.map((step, i) => `  s${i}[${step}] --> s${i + 1}[${steps[i + 1] ?? 'Done'}]`);
	return ['```mermaid', 'flowchart LR', `  accTitle: Decision points of ${title}`, ...lines, '```'].join('\n');
}

/** The body of a persona: a day in their life, how we design for them, what we do not know. */
export function personaBody(c: ProseContext, segments: BodyLink[], diagram: string | undefined): string {
	const { random } = c;
	return [
		`${paragraph(c, 2)} ${segments.length > 0 ? `See ${segments.map(link).join(' and ')} for the wider group.` : ''}`.trim(),
		'## A day in their life',
		paragraph(c, random.int(5, 7)),
		'## How we design for them',
		designList(c, random.int(3, 5)),
		...(diagram ? ['## How they decide', diagram] : []),
		"## What we still don't know",
		paragraph(c, random.int(3, 4)),
	].join('\n\n');
}

/** The body of a segment: why it matters, how we reach it, what we measure. */
export function segmentBody(c: ProseContext): string {
	return [
		'## Why this segment',
		paragraph(c, c.random.int(3, 5)),
		'## How we reach them',
		designList(c, 3),
		'## What we measure',
		paragraph(c, c.random.int(2, 4)),
	].join('\n\n');
}

/** The body of a journey: where it hurts, what we are changing, and sometimes a decision diagram. */
export function journeyBody(c: ProseContext, personas: BodyLink[], diagram: string | undefined): string {
	return [
		`${paragraph(c, 2)} It follows ${personas.map(link).join(', ')}.`,
		'## Where it hurts',
		paragraph(c, c.random.int(3, 5)),
		...(diagram ? ['## Decision points', diagram] : []),
		'## What we are changing',
		designList(c, 3),
	].join('\n\n');
}

/** The body of a glossary term: a definition in context and an example. */
export function termBody(c: ProseContext): string {
	return [
		paragraph(c, c.random.int(2, 4)),
		'## In practice',
		`${paragraph(c, c.random.int(2, 3))} A good example is ${c.random.pick(things)}.`,
	].join('\n\n');
}
