import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	escapeLineStart,
	escapeMermaidText,
	singleLine,
	textWidth,
	truncate,
	unescapeMermaidText,
} from '../../src/lib/mermaid-text';

describe('escapeMermaidText', () => {
	it('writes grammar characters as code points and leaves the rest alone', () => {
		expect(escapeMermaidText('Q&A: 50% off; #1, <b>')).toBe('Q#38;A#58; 50#37; off#59; #35;1#44; #60;b#62;');
		expect(escapeMermaidText('Café 😀 日本 "quoted"')).toBe('Café 😀 日本 "quoted"');
	});
	it('escapes Mermaid’s own entity placeholders', () => {
		expect(escapeMermaidText('ﬂ°°35¶ß')).toBe('#64258;°°35#182;ß');
	});
	it('round-trips any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) => {
				const wellFormed = text.toWellFormed();
				expect(unescapeMermaidText(escapeMermaidText(wellFormed))).toBe(wellFormed);
			}),
		);
	});
});

describe('escapeLineStart', () => {
	it('escapes the first letter of a leading keyword', () => {
		expect(escapeLineStart('Title deeds')).toBe('#84;itle deeds');
		expect(escapeLineStart('section 21')).toBe('#115;ection 21');
		expect(escapeLineStart('Pay the bill')).toBe('Pay the bill');
	});
});

describe('singleLine', () => {
	it('joins lines and collapses spaces', () => {
		expect(singleLine('  a\r\nb\t\tc\u2028d\u0000e  ')).toBe('a b c d e');
	});
});

describe('textWidth and truncate', () => {
	it('counts wide characters and emoji twice and combining marks not at all', () => {
		expect(textWidth('abc')).toBe(3);
		expect(textWidth('日本')).toBe(4);
		expect(textWidth('👩‍👩‍👧')).toBe(2);
		expect(textWidth('e\u0301')).toBe(1);
	});
	it('measures printable ASCII by its length, as the grapheme count gives it', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }),
				(text) => {
					expect(textWidth(text)).toBe(text.length);
					expect(textWidth(`${text}é`)).toBe(text.length + 1);
				},
			),
		);
	});
	it('keeps short text and shortens long text at a word boundary', () => {
		expect(truncate('short', 10)).toEqual({ text: 'short', shortened: false });
		expect(truncate('one two three four five', 15)).toEqual({ text: 'one two three…', shortened: true });
	});
	it('never exceeds the width and never splits an emoji', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 2, max: 40 }), (text, width) => {
				const result = truncate(text, width);
				expect(textWidth(result.text)).toBeLessThanOrEqual(width);
				if (result.shortened) expect(text.startsWith(result.text.slice(0, -1))).toBe(true);
			}),
		);
	});
});
