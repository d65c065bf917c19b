import fc from 'fast-check';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { findDeepNesting, maxMarksPerParagraph, maxNesting } from '../../src/lib/body-limits';
import { checkBody } from '../../src/lib/check-body';
import { isCommentOnly, isSafeUrl, safeContentBuildPlugin } from '../../src/lib/content-safety';
import { formatProblem } from '../../src/lib/problems';

const frontmatter = '---\nterm: x\n---\n\n';
/** Problems of a body placed after a three-line frontmatter, so its first line is line 5. */
const body = (text: string, components: readonly string[] = ['Term']) =>
	checkBody('t.mdx', frontmatter + text, components).map(formatProblem);

const unsafeLink = (line: number, what: string, url: string) =>
	`t.mdx:${line}: ${what} to "${url}" could run code in readers' browsers — Use an https:// address or a path on this site.`;

describe('isSafeUrl', () => {
	it('allows web, mail, phone and relative addresses', () => {
		for (const url of [
			'https://example.com',
			'http://x',
			'mailto:a@b.c',
			'tel:+441234',
			'/personas/',
			'../x',
			'#top',
			'?q=1',
			'x.png',
			'//cdn.example.com/a',
			'',
		]) {
			expect(isSafeUrl(url), url).toBe(true);
		}
	});

	it('refuses scripting and data schemes, whatever their case or hidden characters', () => {
		for (const url of [
			'javascript:alert(1)',
			'JAVASCRIPT:alert(1)',
			'JavaScript:x',
			' javascript:x',
			'java\tscript:x',
			'java\nscript:x',
			'java\u0000script:x',
			'\u0001javascript:x',
			'vbscript:x',
			'data:text/html,x',
			'data:image/svg+xml;base64,PHN2Zz4=',
			'file:///etc/passwd',
			'blob:x',
		]) {
			expect(isSafeUrl(url), JSON.stringify(url)).toBe(false);
		}
	});

	it('refuses every scheme but http, https, mailto and tel', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/), fc.string(), (scheme, rest) => {
				expect(isSafeUrl(`${scheme}:${rest}`)).toBe(['http', 'https', 'mailto', 'tel'].includes(scheme));
			}),
		);
	});

	it('cannot be fooled by control characters or spaces inserted anywhere in javascript:', () => {
		const noise = fc.stringMatching(/^[\u0000-\u0020]{0,3}$/);
		fc.assert(
			fc.property(fc.array(noise, { minLength: 11, maxLength: 11 }), fc.boolean(), (gaps, upper) => {
				const word = upper ? 'JAVASCRIPT:' : 'javascript:';
				const url = [...word].map((char, i) => gaps[i] + char).join('');
				expect(isSafeUrl(`${url}alert(1)`)).toBe(false);
			}),
		);
	});
});

describe('isCommentOnly', () => {
	it('is true only for one block comment', () => {
		expect(isCommentOnly('/* note */')).toBe(true);
		expect(isCommentOnly(' /*\n  two lines\n*/ ')).toBe(true);
		expect(isCommentOnly('/* a */ alert(1)')).toBe(false);
		expect(isCommentOnly('/* a */ alert(1) /* b */')).toBe(false);
		expect(isCommentOnly('// line comment')).toBe(false);
		expect(isCommentOnly('')).toBe(false);
	});
});

describe('checkBody: unsafe markup', () => {
	it('accepts ordinary Markdown, safe links, lower-case HTML, comments and allowed components', () => {
		expect(
			body(
				'# Title\n\nSome *text* with [a link](https://example.com), ![img](./a.png), [mail](mailto:a@b.c) and [page](/personas/).\n\n<div class="note">Hi <b>there</b></div>\n\n{/* a note for writers */}\n\n<Term id="persona" />\n\n```js\n<script>{x}</script>\n```\n\nUse `{braces}` and `<tags>` in code.\n',
			),
		).toEqual([]);
	});

	it('refuses javascript:, data: and other schemes in links, images and definitions', () => {
		expect(body('[x](javascript:alert(1))\n')).toEqual([unsafeLink(5, 'link', 'javascript:alert(1)')]);
		expect(body('[x](JAVASCRIPT:alert(1))\n')).toEqual([unsafeLink(5, 'link', 'JAVASCRIPT:alert(1)')]);
		expect(body('[x]( javascript:alert(1))\n')).toEqual([unsafeLink(5, 'link', 'javascript:alert(1)')]);
		expect(body('[x](<javascript:alert(1)>)\n')).toEqual([unsafeLink(5, 'link', 'javascript:alert(1)')]);
		expect(body('![x](data:image/svg+xml;base64,PHN2Zz4=)\n')).toEqual([
			unsafeLink(5, 'image', 'data:image/svg+xml;base64,PHN2Zz4='),
		]);
		expect(body('[x][r]\n\n[r]: vbscript:msgbox\n')).toEqual([unsafeLink(7, 'link definition', 'vbscript:msgbox')]);
	});

	it('sees through character references in links and attributes', () => {
		expect(body('[x](&#106;avascript:alert(1))\n')).toEqual([unsafeLink(5, 'link', 'javascript:alert(1)')]);
		expect(body('[x](java&#9;script:alert(1))\n')).toEqual([unsafeLink(5, 'link', 'java\\tscript:alert(1)')]);
		const attribute = (value: string) =>
			`t.mdx:5: <a href="${value}"> could run code in readers' browsers — Use an https:// address or a path on this site.`;
		expect(body('<a href="&#106;avascript:alert(1)">x</a>\n')).toEqual([attribute('javascript:alert(1)')]);
		expect(body('<a href="javascript&colon;alert(1)">x</a>\n')).toEqual([attribute('javascript:alert(1)')]);
		expect(body('<a href="&#x6A;&#x61;vascript:alert(1)">x</a>\n')).toEqual([attribute('javascript:alert(1)')]);
		expect(body('<a href="java\tscript:alert(1)">x</a>\n')).toEqual([attribute('java\\tscript:alert(1)')]);
	});

	it('refuses URL attributes with unsafe schemes, whatever their case', () => {
		expect(body('<img SRC="javascript:alert(1)" />\n')).toEqual([
			`t.mdx:5: <img SRC="javascript:alert(1)"> could run code in readers' browsers — Use an https:// address or a path on this site.`,
		]);
		expect(body('<a formaction="javascript:1">x</a>\n')).toEqual([
			`t.mdx:5: <a formaction="javascript:1"> could run code in readers' browsers — Use an https:// address or a path on this site.`,
		]);
	});

	it('refuses scripts, styles, frames, forms and SVG, inline or as blocks', () => {
		const refused = (line: number, tag: string) =>
			`t.mdx:${line}: <${tag}> is not allowed in content — Write the content in Markdown; scripts, styles, frames and forms are not allowed.`;
		expect(body('<script>alert(1)</script>\n')).toEqual([refused(5, 'script')]);
		expect(body('Hello <script>alert(1)</script> there\n')).toEqual([refused(5, 'script')]);
		expect(body('<iframe src="https://x"></iframe>\n')).toEqual([refused(5, 'iframe')]);
		expect(body('<svg><script>alert(1)</script></svg>\n')).toEqual([refused(5, 'svg'), refused(5, 'script')]);
		expect(body('<style>{`a{}`}</style>\n')).toContain(refused(5, 'style'));
	});

	it('refuses event handlers, spread attributes and expression attributes', () => {
		expect(body('<img src="x" onerror="alert(1)" />\n')).toEqual([
			't.mdx:5: <img> has an event handler onerror, which would run code — Remove the attribute.',
		]);
		expect(body('<b onClick="alert(1)">x</b>\n')).toEqual([
			't.mdx:5: <b> has an event handler onClick, which would run code — Remove the attribute.',
		]);
		expect(body('<div ONMOUSEOVER="x">y</div>\n')).toEqual([
			't.mdx:5: <div> has an event handler ONMOUSEOVER, which would run code — Remove the attribute.',
		]);
		expect(body('<div {...props}>x</div>\n')).toEqual([
			't.mdx:5: <div> has a {…} spread attribute — Write attributes as name="value".',
		]);
		expect(body('<div title={1}>x</div>\n')).toEqual([
			't.mdx:5: <div title={…}> uses a code expression — Write the value as title="…".',
		]);
	});

	it('refuses {expressions} but lets {/* comments */} through', () => {
		const expression = (line: number, code: string) =>
			`t.mdx:${line}: {${code}} is a code expression — Write the text plainly; to show curly braces, put them in \`code\`. Comments are written {/* like this */}.`;
		expect(body('Price is {price}\n')).toEqual([expression(5, 'price')]);
		expect(body('{alert(2)}\n')).toEqual([expression(5, 'alert(2)')]);
		expect(body('a {} b\n')).toEqual([expression(5, '')]);
		expect(body('{/* a */ alert(1)}\n')).toEqual([expression(5, '/* a */ alert(1)')]);
		expect(body('{/* fine */}\n\nText {/* fine too */}\n')).toEqual([]);
	});

	it('refuses import and export, naming the components that need no import', () => {
		expect(body('import X from "./x.js"\n\n# Hi\n')).toEqual([
			't.mdx:5: import/export statements are not allowed in content — Content is data: remove the line. Components such as <Term> are available without importing them.',
		]);
		expect(body('export const a = 1\n', [])).toEqual([
			't.mdx:5: import/export statements are not allowed in content — Content is data: remove the line. Content cannot use components.',
		]);
	});

	it('refuses components that are not on the list', () => {
		expect(body('<Chart data="x" />\n')).toEqual([
			't.mdx:5: unknown component <Chart> — Components available in content: <Term>.',
		]);
		expect(body('<ui.Chart />\n')).toEqual([
			't.mdx:5: unknown component <ui.Chart> — Components available in content: <Term>.',
		]);
		expect(body('<Term id="x" />\n', [])).toEqual([
			't.mdx:5: unknown component <Term> — Content may not use components.',
		]);
	});

	it('reports every finding of a file at once, each on its line', () => {
		expect(body('[x](javascript:a)\n\n<b onClick="x">b</b>\n\n{x}\n').map((line) => line.slice(0, 9))).toEqual([
			't.mdx:5: ',
			't.mdx:7: ',
			't.mdx:9: ',
		]);
	});
});

describe('checkBody: MDX syntax', () => {
	const invalid = (line: number, what: string) =>
		`t.mdx:${line}: the text is not valid MDX: ${what} — Close every <tag>, and write {, }, < and > as words or inside \`code\`.`;

	it('reports unclosed and mismatched tags and stray braces with their line, without positions', () => {
		expect(body('<div>\nhello\n')).toEqual([invalid(5, 'Expected a closing tag for `<div>`')]);
		expect(body('Hello <b>world\n')).toEqual([
			invalid(5, 'Expected a closing tag for `<b>` before the end of `paragraph`'),
		]);
		expect(body('<b><i>x</b></i>\n')).toEqual([
			invalid(5, 'Unexpected closing tag `</b>`, expected corresponding closing tag for `<i>`'),
		]);
		expect(body('a { b\n')).toEqual([
			invalid(5, 'Unexpected end of file in expression, expected a corresponding closing brace for `{`'),
		]);
	});

	it('says how MDX writes comments when it meets <!-- -->', () => {
		const [problem] = checkBody('t.mdx', `${frontmatter}<!-- note -->\n`, []);
		expect(problem?.line).toBe(5);
		expect(problem?.hint).toBe('MDX has no <!-- --> comments: write {/* a comment */} instead.');
	});

	it('does not read the frontmatter as MDX, even after blank lines', () => {
		expect(checkBody('t.mdx', '\n\n---\nterm: "<b> {x}"\nsummary: <i>\n---\n\nHello\n', [])).toEqual([]);
	});

	it('keeps line numbers with CRLF line endings and a BOM', () => {
		expect(checkBody('t.mdx', '---\r\nterm: x\r\n---\r\n\r\n[x](javascript:a)\r\n', []).map((p) => p.line)).toEqual([
			5,
		]);
		expect(checkBody('t.mdx', '\uFEFF---\nterm: x\n---\n\n[x](javascript:a)\n', []).map((p) => p.line)).toEqual([5]);
	});

	it('checks the whole file as MDX when the frontmatter is never closed, as Astro would', () => {
		expect(checkBody('t.mdx', '---\nterm: x\n\n{x}\n', []).map((p) => p.line)).toEqual([4]);
	});

	it('survives what crashes the compiler: an export that ends the file inside a string', () => {
		// Without a final newline Sätteri aborts the whole process on this.
		expect(checkBody('t.mdx', `${frontmatter}export '\\`, []).map((p) => p.message)).toEqual([
			'the text is not valid MDX: Could not parse esm with oxc: Unterminated string',
		]);
	});
});

describe('checkBody: nesting the compiler cannot take', () => {
	const deep = (text: string) => checkBody('t.mdx', frontmatter + text, []);

	it('refuses bodies nested deeper than the limit instead of crashing the process', () => {
		expect(deep(`${'>'.repeat(50_000)} x\n`).map(formatProblem)).toEqual([
			't.mdx:5: the text has block quotes and lists nested 50000 deep (at most 200), more than the site can build — Flatten the structure; no page needs that much nesting.',
		]);
		expect(deep(`${'<div>'.repeat(20_000)}${'</div>'.repeat(20_000)}\n`)[0]?.message).toBe(
			'the text has tags nested 201 deep (at most 200), more than the site can build',
		);
		expect(deep(`{${'('.repeat(20_000)}${')'.repeat(20_000)}}\n`)[0]?.message).toBe(
			'the text has brackets nested 201 deep in a {…} expression (at most 200), more than the site can build',
		);
		expect(deep(`${'*a '.repeat(40_000)}x${' a*'.repeat(40_000)}\n`)[0]?.message).toBe(
			'the text has more than 2000 *, _ or ~ marks in one paragraph, more than the site can build',
		);
		expect(deep(`${'- '.repeat(6000)}x\n`)[0]?.line).toBe(5);
	});

	it('lets realistic nesting through', () => {
		const nestedList = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
		expect(deep(`${nestedList}\n\n${'> '.repeat(20)}quote\n\n${'<div>'.repeat(20)}x${'</div>'.repeat(20)}\n`)).toEqual(
			[],
		);
	});
});

describe('findDeepNesting', () => {
	it('counts quote and list markers and indentation at the start of a line', () => {
		expect(findDeepNesting('> > > x', 2)).toMatchObject({ line: 1, depth: 3 });
		expect(findDeepNesting('- 1. * + x', 3)).toMatchObject({ depth: 4 });
		expect(findDeepNesting(`${' '.repeat(10)}- x`, 5)).toMatchObject({ depth: 6 });
		expect(findDeepNesting('***bold italic***', 1)).toBeUndefined();
		expect(findDeepNesting('-- not a list', 0)).toBeUndefined();
	});

	it('counts open tags, ignoring self-closing ones, and names the line', () => {
		expect(findDeepNesting('a\n<a><b><c>', 2)).toMatchObject({ line: 2, depth: 3 });
		expect(findDeepNesting('<br /><br /><br />', 2)).toBeUndefined();
		expect(findDeepNesting('<a></a><a></a><a></a>', 1)).toBeUndefined();
	});

	it('counts brackets only inside {…}, so smileys in text do not add up', () => {
		expect(findDeepNesting(':-( '.repeat(500))).toBeUndefined();
		expect(findDeepNesting('{((((', 3)).toMatchObject({ depth: 4 });
	});

	it('counts emphasis marks per paragraph', () => {
		const paragraph = '*a* '.repeat(maxMarksPerParagraph / 2);
		expect(findDeepNesting(`${paragraph}\n\n${paragraph}`)).toBeUndefined();
		expect(findDeepNesting(`${paragraph}\n${paragraph}`)).toMatchObject({ line: 2 });
	});

	it('starts counting lines where it is told', () => {
		expect(findDeepNesting('x\n>>>', 2, 10)).toMatchObject({ line: 11 });
	});

	it('has the limits it documents', () => {
		expect(maxNesting).toBe(200);
		expect(maxMarksPerParagraph).toBe(2000);
	});
});

describe('safeContentBuildPlugin', () => {
	it('fails the compile once, listing every finding with file and line', () => {
		const source = '[x](javascript:a)\n\n{x}\n';
		const plugin = safeContentBuildPlugin([])({ fileURL: new URL('file:///site/content/personas/ada%20l.mdx') });
		expect(() => mdxToJs(source, { mdastPlugins: [plugin] })).toThrow(
			[
				'Unsafe content in /site/content/personas/ada l.mdx:',
				`  /site/content/personas/ada l.mdx:1: link to "javascript:a" could run code in readers' browsers — Use an https:// address or a path on this site.`,
				'  /site/content/personas/ada l.mdx:3: {x} is a code expression — Write the text plainly; to show curly braces, put them in `code`. Comments are written {/* like this */}.',
			].join('\n'),
		);
	});

	it('lets safe content compile', () => {
		const plugin = safeContentBuildPlugin([])({ fileURL: undefined });
		expect(() => mdxToJs('Hello [x](https://x)\n', { mdastPlugins: [plugin] })).not.toThrow();
	});
});

describe('checkBody never throws', () => {
	it('on any mix of MDX-significant pieces', () => {
		const piece = fc.constantFrom(
			'\n',
			'\n\n',
			' ',
			'<',
			'>',
			'</',
			'/>',
			'<a',
			'<b>',
			'</b>',
			'<Term',
			'{',
			'}',
			'(',
			')',
			'[',
			'](',
			'*',
			'_',
			'`',
			'```',
			'- ',
			'> ',
			'&#106;',
			'javascript:',
			'export ',
			'import ',
			"'",
			'"',
			'\\',
			'\r\n',
			'a',
			'---\n',
			'<!--',
			'{/*',
			'*/}',
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				const source = pieces.join('');
				for (const problem of checkBody('t.mdx', source, ['Term'])) {
					expect(problem.message.length).toBeGreaterThan(0);
					if (problem.line !== undefined) expect(problem.line).toBeLessThanOrEqual(source.split('\n').length + 1);
				}
			}),
			{ numRuns: 300 },
		);
	});
});
