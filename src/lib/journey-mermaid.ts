import type { JourneyData } from '../schemas/journey';
import { escapeLineStart, escapeMermaidText, singleLine, truncate } from './mermaid-text';

/** The parts of a journey the diagram draws. */
export interface JourneyDiagramInput {
	title: string;
	stages: readonly {
		name: string;
		steps: readonly Pick<JourneyData['stages'][number]['steps'][number], 'name' | 'score' | 'actors'>[];
	}[];
}

/** Mermaid `journey` source for a journey, and what the diagram could not show as written. */
export interface JourneyDiagram {
	/** Mermaid source: a `section` per stage that has steps, a task per step. */
	source: string;
	/** Tasks in the diagram: always the number of steps. */
	taskCount: number;
	/** Names of stages without steps. Mermaid draws a section only above its tasks, so these are not in the picture. */
	emptyStages: string[];
	/** Step, stage and actor names cut short to fit their box; the table beside the diagram has them in full. */
	shortened: string[];
	/** Height in CSS pixels of the drawn SVG, so the page can reserve the space before it is drawn. */
	height: number;
}

/**
 * Sizes of the drawing, in columns of text (see `textWidth`). A task box is 170 px wide and
 * 68 px tall: four lines of 13 px text, about 24 columns each (the loader shrinks the text of
 * a box whose words wrap badly). A section spans its tasks and the 50 px between them.
 */
const limits = { task: 72, stagePerStep: 72, actor: 60, titlePerStep: 20, titleMin: 40 } as const;

/**
 * Drawing settings, fixed here rather than left to Mermaid's defaults (which change between
 * major versions): the diagram keeps its natural width and scrolls, so text stays readable,
 * and the task box is tall enough for four lines (taller would push it into the faces).
 */
const frontmatter = [
	'---',
	'config:',
	'  journey:',
	'    useMaxWidth: false',
	'    textPlacement: fo',
	'    width: 170',
	'    height: 68',
	'    taskFontSize: 13',
	'    titleFontSize: 20px',
	'---',
];

/**
 * Turns a journey into Mermaid `journey` text: a title, a `section` per stage and a task per
 * step with its score and actors. Any text a writer can type is kept (escaped where Mermaid
 * would misread it); names too long for their box are shortened with "…" and reported in
 * `shortened`. Stages without steps are reported in `emptyStages` and in the diagram's
 * accessible description. Repeated stage names get a number, so two stages never merge.
 * @throws RangeError when a score is not a whole number from 1 to 5 (the schema prevents that).
 */
export function journeyToMermaid(journey: JourneyDiagramInput): JourneyDiagram {
	const shortened: string[] = [];
	const fit = (text: string, maxWidth: number) => {
		const result = truncate(singleLine(text), maxWidth);
		if (result.shortened) shortened.push(singleLine(text));
		return result.text;
	};
	const steps = journey.stages.flatMap((stage) => stage.steps);
	const emptyStages = journey.stages.filter((stage) => stage.steps.length === 0).map((stage) => singleLine(stage.name));
	const title = fit(journey.title, Math.max(limits.titleMin, steps.length * limits.titlePerStep));
	const lines = [...frontmatter, 'journey', `  title ${escapeMermaidText(title) || 'Journey'}`];
	lines.push(`  accTitle: ${escapeMermaidText(`Journey: ${singleLine(journey.title)}`)}`);
	lines.push(`  accDescr: ${escapeMermaidText(describe(journey, emptyStages))}`);

	const allActors = new Set<string>();
	const usedSections = new Map<string, number>();
	for (const stage of journey.stages) {
		if (stage.steps.length === 0) continue;
		let section = fit(stage.name, limits.stagePerStep * stage.steps.length) || 'Stage';
		// Mermaid starts a new section only when the name changes, so a repeated name gets a number.
		const seen = usedSections.get(section) ?? 0;
		usedSections.set(section, seen + 1);
		if (seen > 0) section = `${section} (${seen + 1})`;
		lines.push(`  section ${escapeMermaidText(section)}`);
		for (const step of stage.steps) {
			const score = checkedScore(step.score, step.name);
			const actors = [...new Set(step.actors.map((actor) => fit(actor, limits.actor)).filter(Boolean))];
			for (const actor of actors) allActors.add(actor);
			const task = escapeLineStart(fit(step.name, limits.task) || 'Step');
			lines.push(`    ${task}: ${score}${actors.length > 0 ? `: ${actors.map(escapeActor).join(', ')}` : ''}`);
		}
	}
	return {
		source: `${lines.join('\n')}\n`,
		taskCount: steps.length,
		emptyStages,
		shortened,
		height: journeyDiagramHeight(allActors.size),
	};
}

/**
 * Height of a journey's SVG once the loader trims Mermaid's empty margins (src/scripts/mermaid-loader.ts):
 * the faces end 450 px down, or the list of actors on the left does (from 60 px, 20 px each),
 * plus 25 px above for the title and 16 px below. The end-to-end tests check it against the real
 * drawing, so a Mermaid upgrade that changes it is noticed.
 */
export function journeyDiagramHeight(actorCount: number): number {
	return Math.max(450, 60 + 20 * actorCount) + 41;
}

/** One sentence for screen readers and the SVG's description: size, lowest and highest points. */
function describe(journey: JourneyDiagramInput, emptyStages: readonly string[]): string {
	const steps = journey.stages.flatMap((stage) => stage.steps);
	const withSteps = journey.stages.length - emptyStages.length;
	let text = `${steps.length} ${steps.length === 1 ? 'step' : 'steps'} in ${withSteps} ${withSteps === 1 ? 'stage' : 'stages'}, each scored from 1 (very negative) to 5 (very positive).`;
	if (steps.length > 0) {
		const lowest = steps.reduce((low, step) => (step.score < low.score ? step : low));
		const highest = steps.reduce((high, step) => (step.score > high.score ? step : high));
		text += ` Lowest: ${singleLine(lowest.name)} (${lowest.score}). Highest: ${singleLine(highest.name)} (${highest.score}).`;
	}
	if (emptyStages.length > 0) text += ` Stages without steps, not drawn: ${emptyStages.join('; ')}.`;
	return text;
}

function checkedScore(score: number, stepName: string): number {
	if (!Number.isInteger(score) || score < 1 || score > 5) {
		throw new RangeError(`step "${singleLine(stepName)}" has score ${score}; expected a whole number from 1 to 5`);
	}
	return score;
}

/** Mermaid keeps actors as keys of a plain object, where `__proto__` would not be a key. */
function escapeActor(actor: string): string {
	const escaped = escapeMermaidText(actor);
	return escaped === '__proto__' ? `#95;${escaped.slice(1)}` : escaped;
}
