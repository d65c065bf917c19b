import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/check-body';
import { bodyText } from '../../src/lib/entry-text';
import { mdxBody } from '../../src/lib/mdx-body';
import { checkTermRefs } from '../../src/lib/term-refs';

// Without a final newline, Sätteri aborts the whole process (a Rust panic, no error to catch) on
// an import/export line that ends the file inside a string with a backslash.
const aborting = '---\nterm: x\n---\n\n<Term id="nope">y</Term>\n\nexport \'\\';

describe('mdxBody', () => {
	it('blanks the frontmatter, keeping its lines, and ends with a newline', () => {
		expect(mdxBody('---\na: 1\n---\nHello')).toEqual({ text: '\n\n\nHello\n', fenceError: false });
		expect(mdxBody('\uFEFFHello')).toEqual({ text: 'Hello\n', fenceError: false });
	});

	it('keeps the whole file when the fences are broken, as Astro reads it', () => {
		expect(mdxBody('---\na: 1\n\nHello')).toEqual({ text: '---\na: 1\n\nHello\n', fenceError: true });
	});
});

describe('every Sätteri caller survives the input that aborts the compiler', () => {
	it('checkBody', () => {
		expect(checkBody('t.mdx', aborting, ['Term']).map((p) => p.message)).toEqual([
			'the text is not valid MDX: Could not parse esm with oxc: Unterminated string',
		]);
	});

	it('checkTermRefs', () => {
		expect(
			checkTermRefs('t.mdx', aborting, [{ id: 'persona', term: 'Persona', aliases: [] }]).map((p) => p.line),
		).toEqual([5]);
	});

	it('bodyText', () => {
		expect(bodyText("Hello\n\nexport '\\").pieces).toContain('Hello');
	});
});
