import { stringify } from 'yaml';
import { journeyBody, mermaidFence, personaBody, segmentBody, termBody } from './bench-bodies';
import { benchJourney, benchPersona, benchSegment } from './bench-entries';
import { benchGlossary } from './bench-glossary';
import { firstNames, roles } from './bench-words';
import { seededRandom, type Random } from './seeded-random';

/** What to generate. */
export interface BenchCatalogOptions {
	/** Number of personas; segments are a tenth of it, journeys a quarter (at least one each). */
	personas: number;
	/** Seed of the random choices; the same seed gives byte-identical files. */
	seed?: number;
	/** Number of glossary terms (200 by default, the most there are). */
	terms?: number;
}

/** A generated file, by path inside the content folder (`personas/ada.mdx`). */
export interface BenchFile {
	path: string;
	text: string;
}

/** The generated catalog: its files and how many entries of each kind they hold. */
export interface BenchCatalog {
	files: BenchFile[];
	counts: { personas: number; segments: number; journeys: number; glossary: number; diagrams: number };
}

const slug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** Ids that stay unique: a taken base gets -2, -3 … */
function idMaker() {
	const taken = new Set<string>();
	return (text: string) => {
		const base = slug(text).split('-').slice(0, 8).join('-');
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return id;
	};
}

const mdx = (data: object, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;

// Four small portraits shared by the personas that have one, so the image pipeline has work too.
const avatarColours = ['#5fa8a0', '#e07a5f', '#4a6178', '#f2c14e'];
const avatarSvg = (colour: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128"><rect width="128" height="128" fill="#f4efe6"/><circle cx="64" cy="52" r="26" fill="${colour}"/><path d="M20 128c4-30 22-44 44-44s40 14 44 44z" fill="${colour}"/></svg>\n`;

/**
 * A synthetic catalog for the benchmark: `personas` personas, a tenth as many segments, a
 * quarter as many journeys (5 to 7 stages, at least 10 steps, a third with an extra ```mermaid
 * fence), 200 glossary terms with aliases that never clash, references in every direction
 * (segments, related personas, successors, journey personas, related terms) and bodies that
 * mention glossary terms and link to other entries. Valid against the schemas and the
 * integrity check. Pure and deterministic.
 */
export function benchCatalog(options: BenchCatalogOptions): BenchCatalog {
	const { personas: count, seed = 1 } = options;
	if (!Number.isInteger(count) || count < 1) throw new Error(`--personas must be a whole number above 0, not ${count}`);
	const root = seededRandom(seed);
	// One stream per collection: a change to how journeys are drawn leaves the personas as they were.
	const [rGlossary, rSegments, rPersonas, rJourneys, rBodies] = [1, 2, 3, 4, 5].map(() => root.fork()) as Random[];
	const terms = benchGlossary(rGlossary!, options.terms ?? 200);
	const termNames = terms.map((t) => [t.data.term, ...t.data.aliases].map((n) => n.toLowerCase()));
	const mentions = (exclude?: number) =>
		rBodies!
			.sample(
				termNames.filter((_, i) => i !== exclude),
				rBodies!.int(4, 8),
			)
			.map((names) => rBodies!.pick(names));

	const segmentId = idMaker();
	const segments = Array.from({ length: Math.max(1, Math.round(count / 10)) }, () => {
		const data = benchSegment(rSegments!);
		return { id: segmentId(data.name), data };
	});

	const personaId = idMaker();
	const personas = Array.from({ length: count }, (_, i) => {
		const name = rPersonas!.chance(0.85) ? rPersonas!.pick(firstNames) : undefined;
		const role = rPersonas!.pick(roles);
		const own = [segments[i % segments.length]!.id];
		const extra = rPersonas!.chance(0.3) ? [rPersonas!.pick(segments).id] : [];
		const id = personaId(`${name ?? 'the'} ${role.short}`);
		return { id, data: benchPersona(rPersonas!, { id, name, role, segments: [...new Set([...own, ...extra])] }) };
	});
	// Statuses and references once every id exists: a few drafts, a few retired personas that
	// point at an active successor, and related personas in both directions.
	const active = personas.filter((_, i) => i % 25 !== 7);
	personas.forEach((persona, i) => {
		if (i % 25 === 7) Object.assign(persona.data, { status: 'deprecated', supersededBy: rPersonas!.pick(active).id });
		else if (i % 12 === 5) persona.data.status = 'draft';
		const others = rPersonas!.sample(personas, 4).filter((p) => p !== persona);
		persona.data.related = others.slice(0, rPersonas!.int(0, 3)).map((p) => p.id);
		if (rPersonas!.chance(0.1))
			persona.data.avatar = { src: `./avatars/avatar-${i % 4}.svg`, alt: 'An illustrated portrait.' };
	});

	const journeyId = idMaker();
	const journeys = Array.from({ length: Math.max(1, Math.round(count / 4)) }, () => {
		const followed = rJourneys!.sample(active, rJourneys!.int(1, 3)).map((p) => p.id);
		const data = benchJourney(rJourneys!, followed);
		return { id: journeyId(data.title), data, diagram: rJourneys!.chance(1 / 3) };
	});

	const personaById = new Map(personas.map((p) => [p.id, p]));
	const segmentById = new Map(segments.map((s) => [s.id, s]));
	const files: BenchFile[] = [];
	let diagrams = 0;
	const fence = (title: string) => (diagrams++, mermaidFence(rBodies!, title));
	terms.forEach((term, i) => {
		const body = termBody({ random: rBodies!, who: 'a household', terms: mentions(i) });
		files.push({ path: `glossary/${term.id}.mdx`, text: mdx(term.data, body) });
	});
	for (const segment of segments) {
		const body = segmentBody({ random: rBodies!, who: 'this segment', terms: mentions() });
		files.push({ path: `segments/${segment.id}.mdx`, text: mdx(segment.data, body) });
	}
	for (const persona of personas) {
		const who = persona.data.name ?? 'this persona';
		const links = persona.data.segments!.map((id) => ({
			text: segmentById.get(id)!.data.name,
			href: `/segments/${id}/`,
		}));
		const diagram = rBodies!.chance(0.03) ? fence(who) : undefined;
		const body = personaBody({ random: rBodies!, who, terms: mentions() }, links, diagram);
		files.push({ path: `personas/${persona.id}.mdx`, text: mdx(persona.data, body) });
	}
	for (const journey of journeys) {
		const links = journey.data.personas.map((id) => {
			const p = personaById.get(id)!.data;
			return { text: p.name ?? p.role, href: `/personas/${id}/` };
		});
		const diagram = journey.diagram ? fence(journey.data.title) : undefined;
		const body = journeyBody({ random: rBodies!, who: 'the household', terms: mentions() }, links, diagram);
		files.push({ path: `journeys/${journey.id}.mdx`, text: mdx(journey.data, body) });
	}
	avatarColours.forEach((colour, i) =>
		files.push({ path: `personas/avatars/avatar-${i}.svg`, text: avatarSvg(colour) }),
	);
	// The onboarding path (/start-here/): twelve steps through terms, personas, a segment and a journey.
	const steps = [
		...rBodies!
			.sample(terms, 6)
			.map((t) => ({ term: t.id, outcome: `You can explain the ${t.data.term.toLowerCase()}.` })),
		...rBodies!.sample(active, 4).map((p) => ({ persona: p.id, outcome: 'You know what this persona needs from us.' })),
		{ segment: segments[0]!.id, outcome: 'You know who is in this segment and why it matters.' },
		{ journey: journeys[0]!.id, outcome: 'You can point to the low point of this journey.', minutes: 8 },
	];
	files.push({
		path: 'start-here.yaml',
		text: stringify({ title: 'Start here', intro: 'Twelve steps through the catalog for new hires.', steps }),
	});
	return {
		files,
		counts: { personas: count, segments: segments.length, journeys: journeys.length, glossary: terms.length, diagrams },
	};
}
