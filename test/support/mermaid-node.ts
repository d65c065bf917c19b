import DOMPurify from 'dompurify';

/**
 * Mermaid's own parser, loaded in Node. Mermaid sanitises titles with DOMPurify, which has no
 * methods without a DOM; our generator never emits markup (`<`, `>` and `&` are escaped), so an
 * identity sanitiser is equivalent for its output. Rendering, with the real DOMPurify, is
 * checked in Chromium by the end-to-end tests.
 */
Object.assign(DOMPurify, { addHook() {}, removeHook() {}, sanitize: (dirty: string) => dirty });
const { default: mermaid } = await import('mermaid');
// Registers Mermaid's diagram detectors, which `getDiagramFromText` needs and does not do itself.
await mermaid.parse('journey\n');

/** A parsed journey as Mermaid's own database holds it, with Mermaid's entity placeholders decoded. */
export interface ParsedJourney {
	title: string;
	sections: string[];
	tasks: { task: string; score: number; people: string[]; section: string }[];
	accTitle: string;
	accDescription: string;
}

/** Mermaid keeps `#123;` as a placeholder until the SVG is finished; this is what the reader sees. */
export function decodePlaceholders(text: string): string {
	return text.replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

interface JourneyDb {
	getDiagramTitle(): string;
	getSections(): string[];
	getTasks(): { task: string; score: number; people: string[]; section: string }[];
	getAccTitle(): string;
	getAccDescription(): string;
}

/** Validates Mermaid source with `mermaid.parse` (throws on a syntax error). */
export async function parseMermaid(source: string): Promise<string> {
	const result = await mermaid.parse(source);
	if (!result) throw new Error('mermaid.parse returned false');
	return result.diagramType;
}

/** Parses journey source with Mermaid (throws on a syntax error) and returns what its database recorded. */
export async function parseJourney(source: string): Promise<ParsedJourney> {
	const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
	const db = diagram.db as unknown as JourneyDb;
	return {
		title: decodePlaceholders(db.getDiagramTitle()),
		sections: db.getSections().map(decodePlaceholders),
		tasks: db.getTasks().map((t) => ({
			task: decodePlaceholders(t.task),
			score: t.score,
			people: t.people.map(decodePlaceholders),
			section: decodePlaceholders(t.section),
		})),
		accTitle: decodePlaceholders(db.getAccTitle()),
		accDescription: decodePlaceholders(db.getAccDescription()),
	};
}
