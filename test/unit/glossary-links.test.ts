import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { entryOfFile } from '../../src/lib/entry-file';
import { glossaryLinksPlugin } from '../../src/lib/glossary-links';
import type { GlossarySourceTerm } from '../../src/lib/glossary-source';

const contentDir = '/site/content';
const terms: GlossarySourceTerm[] = [
	{ id: 'customer-journey', term: 'Customer journey', aliases: ['User journey'] },
	{ id: 'customer-journey-mapping', term: 'Customer journey mapping', aliases: ['Journey map'] },
	{ id: 'touchpoint', term: 'Touchpoint', aliases: [] },
	{ id: 'customer-relationship-management', term: 'Customer relationship management', aliases: ['CRM'] },
	{ id: 'buyer-persona', term: 'Buyer persona', aliases: [] },
];
let loads = 0;
const plugin = glossaryLinksPlugin({
	contentDir,
	terms: () => {
		loads++;
		return terms;
	},
});

interface Node {
	type: string;
	value?: string;
	name?: string;
	attributes?: { name: string; value: unknown }[];
	children?: Node[];
}

/** Compiles an MDX body as if it were `content/<file>` and returns the linked words as `[id:words]`. */
function linked(body: string, file = 'personas/ada.mdx'): string {
	const { code } = mdxToJs(body, { mdastPlugins: [plugin], fileURL: pathToFileURL(`${contentDir}/${file}`) });
	// The compiled module calls _jsx(Term, { id, children }) for every link.
	return [...code.matchAll(/_jsx\(Term, \{\s*id: "([^"]+)",\s*children: "([^"]*)"/g)]
		.map((m) => `[${m[1]}:${m[2]}]`)
		.join(' ');
}

describe('glossaryLinksPlugin', () => {
	it('links the first mention of each term, keeping the words as written', () => {
		expect(linked('Two Customer Journeys share touchpoints. Every customer journey has a touchpoint.')).toBe(
			'[customer-journey:Customer Journeys] [touchpoint:touchpoints]',
		);
	});

	it('counts aliases as mentions of their term, and prefers the longest name', () => {
		expect(linked('The CRM holds it; customer journey mapping beats a user journey.')).toBe(
			'[customer-relationship-management:CRM] [customer-journey-mapping:customer journey mapping] [customer-journey:user journey]',
		);
	});

	it('leaves headings, links, code, inline code and HTML-like elements alone', () => {
		const body = [
			'# Customer journey',
			'',
			'[The CRM](/x/) and `touchpoint` and <a href="/y/">buyer persona</a> and <kbd>journey map</kbd>.',
			'',
			'```',
			'customer journey',
			'```',
			'',
			'Finally the customer journey.',
		].join('\n');
		expect(linked(body)).toBe('[customer-journey:customer journey]');
	});

	it('links inside emphasis, lists, tables, quotes and other components', () => {
		const body = '- *the CRM*\n\n> touchpoints\n\n| a |\n|---|\n| buyer personas |\n\n<details>journey map</details>\n';
		expect(linked(body)).toBe(
			'[customer-relationship-management:CRM] [touchpoint:touchpoints] [buyer-persona:buyer personas] [customer-journey-mapping:journey map]',
		);
	});

	it('never links a term on its own page, and links other terms there', () => {
		expect(linked('A touchpoint in the customer journey.', 'glossary/touchpoint.mdx')).toBe(
			'[customer-journey:customer journey]',
		);
	});

	it('does not link a term again that the writer links with <Term>', () => {
		const body = 'The CRM first. Later <Term id="customer-relationship-management">our CRM</Term>, and touchpoints.';
		expect(linked(body)).toBe('[customer-relationship-management:our CRM] [touchpoint:touchpoints]');
	});

	it('splits a text node around its links without losing characters', () => {
		const plugged = glossaryLinksPlugin({ contentDir, terms: () => terms });
		// A second plugin after it reads the tree the compiler goes on with.
		let paragraph: { text: string; types: string[] } | undefined;
		const capture = {
			name: 'capture',
			after(root: unknown) {
				const node = (root as Node).children?.[0];
				const text = (n: Node): string => n.value ?? (n.children ?? []).map(text).join('');
				paragraph = node && { text: text(node), types: (node.children ?? []).map((c) => c.type) };
			},
		};
		mdxToJs('Before CRM, between touchpoint, after.', {
			mdastPlugins: [plugged, capture],
			fileURL: pathToFileURL(`${contentDir}/segments/s.mdx`),
		});
		expect(paragraph).toEqual({
			text: 'Before CRM, between touchpoint, after.',
			types: ['text', 'mdxJsxTextElement', 'text', 'mdxJsxTextElement', 'text'],
		});
	});

	it('fails the compile on a <Term> whose id leads nowhere, naming file, line and the closest ids', () => {
		const compile = () =>
			mdxToJs('Intro.\n\nSee <Term id="touchpoints">these</Term> and <Term id="CRM" />.', {
				mdastPlugins: [plugin],
				fileURL: pathToFileURL(`${contentDir}/journeys/j.mdx`),
			});
		expect(compile).toThrow(
			/journeys\/j\.mdx:3: <Term id="touchpoints">: no glossary term has that id — Did you mean "touchpoint"/,
		);
		expect(compile).toThrow(/journeys\/j\.mdx:3: <Term id="CRM">.*write id="customer-relationship-management"/);
	});

	it('leaves files outside the collections alone', () => {
		expect(linked('The CRM.', '../src/pages/about.mdx')).toBe('');
		expect(linked('The CRM.', 'notes/x.mdx')).toBe('');
		expect(linked('The CRM.', 'personas/_draft.mdx')).toBe('');
		const { code } = mdxToJs('The CRM.', { mdastPlugins: [plugin] });
		expect(code).not.toContain('Term');
	});

	it('reads the glossary once, however many files it compiles', () => {
		linked('CRM');
		linked('touchpoint');
		expect(loads).toBe(1);
	});
});

describe('entryOfFile', () => {
	it('knows entries by collection folder and file name', () => {
		expect(entryOfFile('/site/content/glossary/crm.mdx', contentDir)).toEqual({ collection: 'glossary', id: 'crm' });
		expect(entryOfFile('/site/content/personas/ada-lopez.mdx', contentDir)).toEqual({
			collection: 'personas',
			id: 'ada-lopez',
		});
	});
	it('rejects anything else', () => {
		for (const path of [
			'/site/content/README.md',
			'/site/content/glossary/sub/crm.mdx',
			'/site/content/other/crm.mdx',
			'/site/content/glossary/Crm.mdx',
			'/site/src/pages/x.mdx',
			'/elsewhere/content/glossary/crm.mdx',
		])
			expect(entryOfFile(path, contentDir), path).toBeUndefined();
	});
});
