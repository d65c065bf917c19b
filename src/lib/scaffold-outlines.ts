import type { EntryKind } from './entry-kinds';

// The sections the shipped entries of each kind use, so a new entry reads like its neighbours.
// Prompts start with TODO: the check warns about any left in, and the page would show them.
const outlines: Record<EntryKind, (name: string) => string[]> = {
	persona: (name) => [
		`TODO: Two or three sentences: who ${name} is, which customers they stand for and when to reach for this persona.`,
		'## A day in their life',
		'TODO: One concrete day or situation from the research, told in the present tense.',
		'## How we design for them',
		'- TODO: A design principle that follows from the research, with the evidence behind it.',
		'## How current this is',
		'TODO: What the research behind this persona covers and when it will be refreshed. List open questions in the openQuestions field, not here.',
	],
	segment: () => [
		'## Why this segment',
		'TODO: Why we serve this group, how big it is and which personas belong to it.',
		'## How we reach them',
		'TODO: The channels and partners that bring these customers to us.',
		'## What we measure',
		'- TODO: A measure that tells us whether we serve this segment well.',
	],
	journey: (name) => [
		`TODO: Two or three sentences: who goes through "${name}", when it starts and how it ends.`,
		'## What we changed because of this map',
		'- TODO: A decision or change this journey led to.',
		"## What we still don't know",
		'TODO: The open questions, and the research that would answer them.',
	],
	term: (name) => [
		`TODO: Explain ${name} in a short paragraph, in plain words, as we use it here.`,
		'## Why it matters',
		'TODO: Why the term matters to the people who use this catalog.',
		'## In our catalog',
		'TODO: Where the term shows up in our personas, segments and journeys, with links.',
	],
};

/** The body of a new entry: an outline of the usual sections, each with a prompt to replace. */
export function bodyOutline(kind: EntryKind, name: string): string {
	return `${outlines[kind](name).join('\n\n')}\n`;
}
