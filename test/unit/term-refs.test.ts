import { describe, expect, it } from 'vitest';
import { checkTermRefs, termRefIssue } from '../../src/lib/term-refs';

const terms = [
	{ id: 'touchpoint', term: 'Touchpoint', aliases: ['Touch point'] },
	{ id: 'customer-relationship-management', term: 'Customer relationship management', aliases: ['CRM'] },
	{ id: 'customer-journey', term: 'Customer journey', aliases: [] },
];
const id = (value: unknown) => [{ type: 'mdxJsxAttribute', name: 'id', value }];

describe('termRefIssue', () => {
	it('accepts the id of a term', () => {
		expect(termRefIssue(id('touchpoint'), terms)).toBeUndefined();
	});
	it('suggests the closest ids for a typo', () => {
		expect(termRefIssue(id('touchpoints'), terms)).toEqual({
			message: '<Term id="touchpoints">: no glossary term has that id',
			hint: 'Did you mean "touchpoint"? Ids are file names in the glossary folder.',
		});
	});
	it('points from a name or an alias to the id of its term', () => {
		expect(termRefIssue(id('CRM'), terms)?.hint).toBe(
			'"CRM" is a name of the term "customer-relationship-management": write id="customer-relationship-management".',
		);
		expect(termRefIssue(id('Customer journey'), terms)?.hint).toContain('write id="customer-journey"');
	});
	it('says what to do when nothing is close', () => {
		expect(termRefIssue(id('zebra'), terms)?.hint).toBe(
			'Use the file name (without .mdx) of a term in the glossary folder, or add the term first.',
		);
	});
	it('needs an id, and nothing else', () => {
		expect(termRefIssue([], terms)?.message).toBe('<Term> needs the id of a glossary term');
		expect(termRefIssue(id(''), terms)?.message).toBe('<Term> needs the id of a glossary term');
		expect(termRefIssue(id(null), terms)?.message).toBe('<Term> needs the id of a glossary term');
		expect(
			termRefIssue([...id('touchpoint'), { type: 'mdxJsxAttribute', name: 'href', value: '/x/' }], terms)?.message,
		).toBe('<Term> does not take "href"');
	});
	it('leaves {…} values to the content-safety check', () => {
		expect(termRefIssue(id({ type: 'mdxJsxAttributeValueExpression', value: 'x' }), terms)).toBeUndefined();
	});
});

describe('checkTermRefs', () => {
	const file = 'content/personas/ada.mdx';
	it('names the file line of every unknown id, counting the frontmatter', () => {
		const source =
			'---\nrole: x\n---\n\nIntro <Term id="touchpoint" />.\n\n<Term id="crm">CRM</Term> and <Term id="touchpiont">x</Term>\n';
		expect(checkTermRefs(file, source, terms)).toEqual([
			{
				severity: 'error',
				file,
				line: 7,
				field: '',
				message: '<Term id="crm">: no glossary term has that id',
				hint: '"crm" is a name of the term "customer-relationship-management": write id="customer-relationship-management".',
			},
			expect.objectContaining({ line: 7, message: '<Term id="touchpiont">: no glossary term has that id' }),
		]);
	});
	it('finds <Term> as a block too, and inside other elements', () => {
		const source = '---\na: 1\n---\n<Term id="nope" />\n\n- <details><Term id="nope2" /></details>\n';
		expect(checkTermRefs(file, source, terms).map((p) => p.line)).toEqual([4, 6]);
	});
	it('has nothing to say about bodies without <Term>, or that are not valid MDX', () => {
		expect(checkTermRefs(file, '---\na: 1\n---\nPlain text about Terms.\n', terms)).toEqual([]);
		expect(checkTermRefs(file, '---\na: 1\n---\n<Term id="x">\n', terms)).toEqual([]);
		expect(checkTermRefs(file, '---\na: 1\n', terms)).toEqual([]);
	});
});
