import { describe, expect, it } from 'vitest';
import { pageTypeOf } from '../../scripts/lib/bench-dist';
import { formatBytes, median, medianRun, parseTimeReport, percentile } from '../../scripts/lib/bench-stats';

describe('benchmark statistics', () => {
	it('takes medians and nearest-rank percentiles', () => {
		expect(median([])).toBe(0);
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
		expect(percentile(hundred, 95)).toBe(95);
		expect(percentile([10, 20, 30], 95)).toBe(30);
		expect(percentile([7], 50)).toBe(7);
	});

	it('reports the median of repeated builds whole, with the range', () => {
		const runs = [21.6, 25.9, 20.3].map((wallSeconds, i) => ({ wallSeconds, id: i }));
		expect(medianRun(runs)).toEqual({ run: { wallSeconds: 21.6, id: 0 }, wallRange: [20.3, 25.9] });
		expect(medianRun([{ wallSeconds: 9 }, { wallSeconds: 8 }])).toEqual({ run: { wallSeconds: 8 }, wallRange: [8, 9] });
		expect(medianRun([])).toBeUndefined();
	});

	it('writes bytes for people', () => {
		expect(formatBytes(812)).toBe('812 B');
		expect(formatBytes(25 * 1024)).toBe('25.0 KB');
		expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
	});

	it("reads GNU time's verbose report", () => {
		const report = [
			'\tCommand being timed: "node scripts/bench-build.mjs"',
			'\tUser time (seconds): 10.00',
			'\tSystem time (seconds): 1.50',
			'\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:07.11',
			'\tMaximum resident set size (kbytes): 909400',
			'\tExit status: 0',
		].join('\n');
		expect(parseTimeReport(report)).toEqual({ wallSeconds: 67.11, cpuSeconds: 11.5, maxRssKb: 909400, exitStatus: 0 });
		expect(
			parseTimeReport('Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02:03\nMaximum resident set size (kbytes): 1')
				?.wallSeconds,
		).toBe(3723);
		expect(parseTimeReport('no report')).toBeUndefined();
	});
});

describe('pageTypeOf', () => {
	it('tells entry pages from index and other pages', () => {
		expect(pageTypeOf('/personas/ada/')).toBe('persona');
		expect(pageTypeOf('/segments/renters/')).toBe('segment');
		expect(pageTypeOf('/journeys/first-winter/')).toBe('journey');
		expect(pageTypeOf('/glossary/touchpoint/')).toBe('term');
		expect(pageTypeOf('/personas/')).toBe('other');
		expect(pageTypeOf('/search/')).toBe('other');
		expect(pageTypeOf('/atlas/personas/ada/', '/atlas')).toBe('persona');
	});
});
