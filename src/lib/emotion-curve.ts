import { truncate } from './mermaid-text';

/** The parts of a journey the curve draws. */
export interface CurveInput {
	stages: readonly { name: string; steps: readonly { name: string; score: number }[] }[];
}

/** One step on the curve, in SVG user units. */
export interface CurvePoint {
	x: number;
	y: number;
	score: number;
	/** Step number across the whole journey, from 1. */
	number: number;
	name: string;
}

/** A stage's column band behind the curve. */
export interface CurveBand {
	x: number;
	width: number;
	/** The stage name, shortened to fit its band. */
	label: string;
	name: string;
	empty: boolean;
}

/** Everything needed to draw an emotion curve as static SVG. */
export interface EmotionCurve {
	width: number;
	height: number;
	/** Top and bottom of the plotting area. */
	plot: { top: number; bottom: number; left: number; right: number };
	points: CurvePoint[];
	bands: CurveBand[];
	/** Horizontal guide per score, 5 at the top. */
	levels: { score: number; y: number }[];
	/** A smooth path through the points that never overshoots a score (monotone cubic). */
	path: string;
}

/** Layout in SVG user units: one column per step, and one for a stage without steps. */
const layout = { column: 76, axis: 44, top: 34, plotHeight: 150, bottom: 30, right: 12, charWidth: 7 } as const;

/**
 * Lays out the emotion curve of a journey: a point per step (score 1 at the bottom, 5 at the
 * top), stage bands behind them, and a smooth path through the points. Pure, so the page can
 * draw it on the server with no JavaScript.
 */
export function emotionCurve(journey: CurveInput): EmotionCurve {
	const { column, axis, top, plotHeight, bottom, right } = layout;
	const yOf = (score: number) => round(top + ((5 - score) / 4) * plotHeight);
	const points: CurvePoint[] = [];
	const bands: CurveBand[] = [];
	let columnIndex = 0;
	for (const stage of journey.stages) {
		const columns = Math.max(1, stage.steps.length);
		const x = axis + columnIndex * column;
		const maxWidth = Math.floor((columns * column - 8) / layout.charWidth);
		bands.push({
			x,
			width: columns * column,
			label: truncate(stage.name, maxWidth).text,
			name: stage.name,
			empty: stage.steps.length === 0,
		});
		stage.steps.forEach((step, index) => {
			const score = Math.min(5, Math.max(1, step.score));
			points.push({
				x: round(x + (index + 0.5) * column),
				y: yOf(score),
				score,
				number: points.length + 1,
				name: step.name,
			});
		});
		columnIndex += columns;
	}
	return {
		width: axis + columnIndex * column + right,
		height: top + plotHeight + bottom,
		plot: { top, bottom: top + plotHeight, left: axis, right: axis + columnIndex * column },
		points,
		bands,
		levels: [5, 4, 3, 2, 1].map((score) => ({ score, y: yOf(score) })),
		path: monotonePath(points),
	};
}

/**
 * An SVG path through the points with Fritsch–Carlson monotone cubic interpolation: smooth,
 * but between two steps it never rises above the higher or dips below the lower score, so the
 * curve never shows a feeling nobody reported.
 */
export function monotonePath(points: readonly { x: number; y: number }[]): string {
	const [first] = points;
	if (!first) return '';
	if (points.length === 1) return `M${first.x},${first.y}`;
	const n = points.length;
	const dx: number[] = [];
	const slope: number[] = [];
	for (let i = 0; i < n - 1; i++) {
		const a = points[i]!;
		const b = points[i + 1]!;
		dx.push(b.x - a.x);
		slope.push((b.y - a.y) / (b.x - a.x));
	}
	const tangent: number[] = [slope[0]!];
	for (let i = 1; i < n - 1; i++) {
		const before = slope[i - 1]!;
		const after = slope[i]!;
		// A local peak or valley (or a flat run) gets a flat tangent, which is what keeps it monotone.
		if (before * after <= 0) tangent.push(0);
		else {
			const w1 = 2 * dx[i]! + dx[i - 1]!;
			const w2 = dx[i]! + 2 * dx[i - 1]!;
			tangent.push((w1 + w2) / (w1 / before + w2 / after));
		}
	}
	tangent.push(slope[n - 2]!);
	let d = `M${first.x},${first.y}`;
	for (let i = 0; i < n - 1; i++) {
		const a = points[i]!;
		const b = points[i + 1]!;
		const h = dx[i]! / 3;
		d += ` C${round(a.x + h)},${round(a.y + tangent[i]! * h)} ${round(b.x - h)},${round(b.y - tangent[i + 1]! * h)} ${b.x},${b.y}`;
	}
	return d;
}

/**
 * The curve in words, for screen readers: where it starts and ends, its lowest and highest
 * steps, and every step's score in order.
 * @param words Reader-facing words for a score, e.g. 1 → "very negative".
 */
export function describeCurve(journey: CurveInput, words: (score: number) => string): string {
	const steps = journey.stages.flatMap((stage) => stage.steps);
	const [first] = steps;
	const last = steps.at(-1);
	if (!first || !last) return 'No steps have been mapped yet, so there is no curve.';
	const say = (step: { name: string; score: number }) => `“${step.name}” (${step.score}, ${words(step.score)})`;
	const lowest = steps.reduce((low, step) => (step.score < low.score ? step : low));
	const highest = steps.reduce((high, step) => (step.score > high.score ? step : high));
	const sequence = journey.stages
		.filter((stage) => stage.steps.length > 0)
		.map((stage) => `${stage.name}: ${stage.steps.map((step) => step.score).join(', ')}`)
		.join('; ');
	return `Starts at ${say(first)} and ends at ${say(last)}. Lowest: ${say(lowest)}. Highest: ${say(highest)}. Scores by stage — ${sequence}.`;
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/**
 * A small curve of scores for lists of journeys: points spread evenly across `width`, score 5
 * at the top and 1 at the bottom, inside a `pad` margin so the dots are not cut off.
 */
export function sparkline(scores: readonly number[], width = 120, height = 32, pad = 4) {
	const step = scores.length > 1 ? (width - 2 * pad) / (scores.length - 1) : 0;
	const points = scores.map((score, index) => ({
		x: round(scores.length > 1 ? pad + index * step : width / 2),
		y: round(pad + ((5 - Math.min(5, Math.max(1, score))) / 4) * (height - 2 * pad)),
		score,
	}));
	return { width, height, points, path: monotonePath(points) };
}
