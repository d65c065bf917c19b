import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAnnotation, formatFieldPath, formatProblem, sortProblems, type Problem } from '../../src/lib/problems';

const problem = (over: Partial<Problem> = {}): Problem => ({
	severity: 'error',
	file: 'content/personas/ada.mdx',
	line: 7,
	field: 'segments[0]',
	message: 'no segment has the id "familes"',
	hint: 'Did you mean "families"?',
	...over,
});

describe('formatFieldPath', () => {
	it('writes keys with dots and list indices in brackets, as in YAML', () => {
		expect(formatFieldPath(['stages', 0, 'steps', 2, 'score'])).toBe('stages[0].steps[2].score');
		expect(formatFieldPath(['segments', 1])).toBe('segments[1]');
		expect(formatFieldPath([])).toBe('');
		expect(formatFieldPath([3])).toBe('[3]');
	});

	it('never starts with a dot and has one part per key', () => {
		const key = fc.oneof(fc.nat(50), fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,8}$/));
		fc.assert(
			fc.property(fc.array(key, { maxLength: 8 }), (path) => {
				const text = formatFieldPath(path);
				expect(text.startsWith('.')).toBe(false);
				const parts = text.match(/\[\d+\]|[^.[\]]+/g) ?? [];
				expect(parts).toHaveLength(path.length);
			}),
		);
	});
});

describe('formatProblem', () => {
	it('is file:line field: message — hint', () => {
		expect(formatProblem(problem())).toBe(
			'content/personas/ada.mdx:7 segments[0]: no segment has the id "familes" — Did you mean "families"?',
		);
	});

	it('leaves out what it does not know: line, field, hint', () => {
		expect(formatProblem(problem({ line: undefined, field: '', hint: undefined }))).toBe(
			'content/personas/ada.mdx: no segment has the id "familes"',
		);
		expect(formatProblem(problem({ field: '' }))).toBe(
			'content/personas/ada.mdx:7: no segment has the id "familes" — Did you mean "families"?',
		);
	});
});

describe('formatAnnotation', () => {
	it('is a GitHub workflow command with file, line and field as title', () => {
		expect(formatAnnotation(problem())).toBe(
			'::error file=content/personas/ada.mdx,line=7,title=segments[0]::no segment has the id "familes" — Did you mean "families"?',
		);
		expect(formatAnnotation(problem({ severity: 'warning', line: undefined, field: '' }))).toBe(
			'::warning file=content/personas/ada.mdx,title=content::no segment has the id "familes" — Did you mean "families"?',
		);
	});

	it('escapes what workflow commands treat specially, so content cannot inject a command', () => {
		const tricky = problem({ file: 'a,b:c.mdx', field: 'x', message: '100%\nnext::error::boom', hint: undefined });
		expect(formatAnnotation(tricky)).toBe('::error file=a%2Cb%3Ac.mdx,line=7,title=x::100%25%0Anext::error::boom');
		fc.assert(
			fc.property(fc.string(), fc.string(), (message, file) => {
				const line = formatAnnotation(problem({ message, file }));
				expect(line).not.toMatch(/[\r\n]/);
			}),
		);
	});
});

describe('sortProblems', () => {
	it('orders by file, then line (unknown first), then field, without changing the input', () => {
		const input = [
			problem({ file: 'b.mdx', line: 1, field: 'a' }),
			problem({ file: 'a.mdx', line: 9, field: 'z' }),
			problem({ file: 'a.mdx', line: 2, field: 'y' }),
			problem({ file: 'a.mdx', line: 2, field: 'b' }),
			problem({ file: 'a.mdx', line: undefined, field: '' }),
		];
		const sorted = sortProblems(input);
		expect(sorted.map((p) => `${p.file}:${p.line ?? '-'}:${p.field}`)).toEqual([
			'a.mdx:-:',
			'a.mdx:2:b',
			'a.mdx:2:y',
			'a.mdx:9:z',
			'b.mdx:1:a',
		]);
		expect(input[0]?.file).toBe('b.mdx');
	});
});

describe('sortProblems de-duplication', () => {
	it('lists a problem found twice once', () => {
		const p = { severity: 'error' as const, file: 'a.mdx', line: 8, field: '', message: 'bad YAML', hint: 'fix it' };
		expect(sortProblems([p, { ...p }, { ...p, line: 9 }])).toHaveLength(2);
	});
});
