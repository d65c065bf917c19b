import { describe, expect, it } from 'vitest';
import { bodyOpensWithText } from '../../src/lib/persona-view';

describe('bodyOpensWithText', () => {
	it('is true when text comes before the first heading', () => {
		expect(bodyOpensWithText('\nHannah is the persona we reach for.\n\n## A day in their life\n')).toBe(true);
		expect(bodyOpensWithText("import X from './x';\n\nIntro.\n")).toBe(true);
	});

	it('is false when the body opens with a heading, or is empty', () => {
		expect(bodyOpensWithText('\n## A day in their life\n\nText.\n')).toBe(false);
		expect(bodyOpensWithText('# Title')).toBe(false);
		expect(bodyOpensWithText('\n  \n')).toBe(false);
		expect(bodyOpensWithText(undefined)).toBe(false);
	});
});
