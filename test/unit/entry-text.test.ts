import { describe, expect, it } from 'vitest';
import { frontmatterJsonSchema } from '../../src/lib/schema-fields';
import { bodyText, frontmatterText } from '../../src/lib/entry-text';
import { plainSchemas } from '../../src/schemas';

describe('bodyText', () => {
	it('keeps the words a reader sees and leaves code, URLs and markup out', () => {
		const body = [
			'# The customer journey',
			'',
			'Read [the touchpoint page](/glossary/customer-journey-mapping/) and ![a CRM screen](x.png).',
			'',
			'`inline touchpoint` <Term id="crm">our system</Term>',
			'',
			'```',
			'journey map',
			'```',
			'',
			'[ref]: /glossary/jobs-to-be-done/',
		].join('\n');
		const { pieces, termIds } = bodyText(body);
		const text = pieces.join(' | ');
		expect(text).toContain('The customer journey');
		expect(text).toContain('the touchpoint page');
		expect(text).toContain('a CRM screen');
		expect(text).toContain('our system');
		expect(text).not.toContain('customer-journey-mapping');
		expect(text).not.toContain('inline touchpoint');
		expect(text).not.toContain('journey map');
		expect(text).not.toContain('jobs-to-be-done');
		expect(termIds).toEqual(['crm']);
	});

	it('reads a body that is not valid MDX as plain text', () => {
		expect(bodyText('<Term id="x">unclosed').pieces).toEqual(['<Term id="x">unclosed']);
	});
});

describe('frontmatterText', () => {
	it('takes free text and leaves ids, tags, dates, addresses and choices out', () => {
		const schema = frontmatterJsonSchema(plainSchemas.glossary);
		const pieces = frontmatterText(
			{
				term: 'Touchpoint',
				aliases: ['Touch point'],
				summary: 'A moment on the customer journey.',
				category: 'concept',
				related: ['customer-journey-mapping'],
			},
			schema,
		);
		expect(pieces).toEqual(['Touchpoint', 'Touch point', 'A moment on the customer journey.']);
	});

	it('steps into lists of objects and unions', () => {
		const schema = frontmatterJsonSchema(plainSchemas.journeys);
		const pieces = frontmatterText(
			{
				title: 'T',
				summary: 'S',
				personas: ['customer-profile'],
				tags: ['touchpoint'],
				stages: [{ name: 'Stage', steps: [{ name: 'Step', touchpoint: 'The CRM', channel: 'app', score: 3 }] }],
			},
			schema,
		);
		expect(pieces).toEqual(expect.arrayContaining(['T', 'S', 'Stage', 'Step', 'The CRM']));
		expect(pieces).not.toContain('customer-profile');
		expect(pieces).not.toContain('touchpoint');
		expect(pieces).not.toContain('app');
	});
});
