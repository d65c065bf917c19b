import { drives, habits, places, things } from './bench-words';
import type { Random } from './seeded-random';

/** What a sentence can draw on: who it is about, and glossary terms to mention. */
export interface ProseContext {
	random: Random;
	/** How the text refers to its subject: "Hannah", "this segment", "the household". */
	who: string;
	/** Glossary term names to work into the text, lower case; each is mentioned about once. */
	terms: string[];
}

type Sentence = (c: ProseContext, term: () => string) => string;

// Sentences that name one glossary term: `term()` hands out the next term of the context, or a
// plain phrase once the list is used up.
const termSentences: Sentence[] = [
	(c, t) => `When ${c.random.pick(things)} changes, the ${t()} is the first number ${c.who} looks at.`,
	(c, t) => `In the diary study the ${t()} came up again and again, often next to ${c.random.pick(things)}.`,
	(c, t) => `Support notes show that a low ${t()} usually comes before a complaint about ${c.random.pick(things)}.`,
	(c, t) => `We track the ${t()} for ${c.who} separately, because averages hide the people who struggle most.`,
	(_, t) => `The ${t()} moved by three points after the spring release, which is the largest change we have seen.`,
	(c, t) => `Teams that plan around the ${t()} ship fewer changes that confuse ${c.who}.`,
	(c, t) => `Our field notes link the ${t()} to how often ${c.who} has to ring us.`,
	(c, t) => `Before any change to ${c.random.pick(things)}, we look at the ${t()} for the last two winters.`,
];

// Sentences without a term, for variety.
const plainSentences: Sentence[] = [
	(c) => `${c.who} checks ${c.random.pick(things)} most evenings in winter, usually from a phone.`,
	(c) => `${c.random.pick(drives)} is why ${c.who} started paying attention to heating at all.`,
	(c) => `Most of what we know comes from households in ${c.random.pick(places)} and ${c.random.pick(places)}.`,
	(c) => `${c.random.pick(habits)}, and expects us to be just as careful with the details.`,
	(c) => `Nobody in the interviews asked for more features; they asked for ${c.random.pick(things)} to make sense.`,
	(c) => `A typical week starts with ${c.random.pick(things)} and ends with ${c.random.pick(things)}.`,
	() => `Half of the people we spoke to had tried a competitor first and given up within a month.`,
	(c) => `It is easy to design for the confident few and forget ${c.who} on a cold Monday morning.`,
];

const fallback = ['heating bill', 'weekly routine', 'support queue', 'renewal date', 'energy graph'];

/**
 * A paragraph of `count` sentences that mentions the context's glossary terms (each about
 * once, as long as there are sentences to carry them). Plain words only: no characters MDX
 * would read as code or markup.
 */
export function paragraph(context: ProseContext, count: number): string {
	const { random } = context;
	const term = () => context.terms.shift() ?? random.pick(fallback);
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		// Every other sentence carries a term while there are terms left, so each body mentions some.
		const pool = i % 2 === 0 && context.terms.length > 0 ? termSentences : [...termSentences, ...plainSentences];
		const sentence = random.pick(pool)(context, term);
		out.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
	}
	return out.join(' ');
}

/** A bulleted list of `count` design principles for the subject. */
export function designList(context: ProseContext, count: number): string {
	const { random } = context;
	const verbs = ['Show', 'Explain', 'Simplify', 'Test', 'Write plainly about', 'Make room for'];
	return Array.from({ length: count }, () => {
		const term = context.terms.shift();
		const why = term ? `; the ${term} tells us whether it worked` : '';
		return `- ${random.pick(verbs)} ${random.pick(things)} for ${context.who}${why}.`;
	}).join('\n');
}
