import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCurve, emotionCurve, monotonePath, sparkline, type CurveInput } from '../../src/lib/emotion-curve';

const words = (score: number) => ['', 'very negative', 'negative', 'neutral', 'positive', 'very positive'][score] ?? '';
const journey: CurveInput = {
	stages: [
		{
			name: 'Notice',
			steps: [
				{ name: 'Get a bill', score: 2 },
				{ name: 'Search', score: 3 },
			],
		},
		{ name: 'Compare', steps: [] },
		{
			name: 'Install',
			steps: [
				{ name: 'Wire it', score: 1 },
				{ name: 'Warm house', score: 5 },
			],
		},
	],
};

/** Numbers of an SVG path, as [x, y] pairs. */
function pathPoints(d: string): [number, number][] {
	const numbers = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
	const pairs: [number, number][] = [];
	for (let i = 0; i < numbers.length; i += 2) pairs.push([numbers[i]!, numbers[i + 1]!]);
	return pairs;
}

describe('emotionCurve', () => {
	it('places a point per step, score 5 at the top and 1 at the bottom', () => {
		const curve = emotionCurve(journey);
		expect(curve.points.map((p) => p.score)).toEqual([2, 3, 1, 5]);
		expect(curve.points.map((p) => p.number)).toEqual([1, 2, 3, 4]);
		const [five, , , , one] = curve.levels;
		expect(five).toEqual({ score: 5, y: curve.plot.top });
		expect(one).toEqual({ score: 1, y: curve.plot.bottom });
		expect(curve.points[3]?.y).toBe(curve.plot.top);
		expect(curve.points[2]?.y).toBe(curve.plot.bottom);
		const xs = curve.points.map((p) => p.x);
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
	});

	it('gives every stage a band, and a stage without steps an empty one', () => {
		const curve = emotionCurve(journey);
		expect(curve.bands.map((b) => [b.name, b.empty])).toEqual([
			['Notice', false],
			['Compare', true],
			['Install', false],
		]);
		// Bands tile the plot without gaps.
		curve.bands.reduce((x, band) => (expect(band.x).toBe(x), band.x + band.width), curve.plot.left);
		expect(curve.plot.right).toBe(curve.width - 12);
	});

	it('shortens stage names that do not fit their band', () => {
		const curve = emotionCurve({
			stages: [{ name: 'A very long stage name that cannot fit', steps: [{ name: 's', score: 3 }] }],
		});
		expect(curve.bands[0]?.label.endsWith('…')).toBe(true);
	});

	it('draws a path through every point, starting at the first', () => {
		const curve = emotionCurve(journey);
		expect(curve.path.startsWith(`M${curve.points[0]?.x},${curve.points[0]?.y}`)).toBe(true);
		for (const point of curve.points) expect(curve.path).toContain(`${point.x},${point.y}`);
	});

	it('handles no steps and one step', () => {
		expect(emotionCurve({ stages: [{ name: 'Empty', steps: [] }] }).path).toBe('');
		expect(emotionCurve({ stages: [{ name: 'One', steps: [{ name: 'a', score: 4 }] }] }).path).toMatch(
			/^M[\d.]+,[\d.]+$/,
		);
	});
});

describe('monotonePath', () => {
	it('never overshoots: every control point lies between its segment’s two scores', () => {
		const scores = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 20 });
		fc.assert(
			fc.property(scores, fc.array(fc.integer({ min: 20, max: 120 }), { minLength: 20, maxLength: 20 }), (ys, gaps) => {
				let x = 0;
				const points = ys.map((y, i) => ({ x: (x += gaps[i] ?? 50), y: y * 10 }));
				const pairs = pathPoints(monotonePath(points));
				for (let i = 0; i < points.length - 1; i++) {
					const [c1, c2, end] = pairs.slice(1 + i * 3, 4 + i * 3);
					const low = Math.min(points[i]!.y, points[i + 1]!.y) - 0.01;
					const high = Math.max(points[i]!.y, points[i + 1]!.y) + 0.01;
					for (const [, y] of [c1!, c2!]) expect(y >= low && y <= high).toBe(true);
					expect(end).toEqual([points[i + 1]!.x, points[i + 1]!.y]);
				}
			}),
		);
	});
});

describe('describeCurve', () => {
	it('says where the curve starts, ends, dips and peaks, and every score by stage', () => {
		expect(describeCurve(journey, words)).toBe(
			'Starts at “Get a bill” (2, negative) and ends at “Warm house” (5, very positive). Lowest: “Wire it” (1, very negative). Highest: “Warm house” (5, very positive). Scores by stage — Notice: 2, 3; Install: 1, 5.',
		);
	});
	it('says when there is nothing to draw', () => {
		expect(describeCurve({ stages: [{ name: 'Empty', steps: [] }] }, words)).toMatch(/No steps/);
	});
});

describe('sparkline', () => {
	it('spreads the scores across the box, 5 at the top and 1 at the bottom', () => {
		const line = sparkline([1, 3, 5], 100, 30, 5);
		expect(line.points).toEqual([
			{ x: 5, y: 25, score: 1 },
			{ x: 50, y: 15, score: 3 },
			{ x: 95, y: 5, score: 5 },
		]);
		expect(line.path.startsWith('M5,25 C')).toBe(true);
	});
	it('centres a single score and draws nothing for none', () => {
		expect(sparkline([4], 100, 30, 5).points).toEqual([{ x: 50, y: 10, score: 4 }]);
		expect(sparkline([]).path).toBe('');
	});
});
