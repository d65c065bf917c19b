import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGlossaryTerms } from '../../src/lib/glossary-source';
import { uniqueId } from '../../src/lib/render-ids';

describe('readGlossaryTerms', () => {
	const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

	it('reads names and aliases from the frontmatter, skipping drafts, other files and broken entries', () => {
		write(
			'crm.mdx',
			'---\nterm: " Customer relationship management "\naliases: [CRM, 42, "", CRM system]\n---\nBody\n',
		);
		write('touchpoint.mdx', '---\nterm: Touchpoint\n---\n');
		write('_draft.mdx', '---\nterm: Draft\n---\n');
		write('notes.md', '---\nterm: Notes\n---\n');
		write('broken.mdx', '---\nterm: [unclosed\n---\n');
		write('no-term.mdx', '---\naliases: [x]\n---\n');
		mkdirSync(join(dir, 'sub'));
		expect(readGlossaryTerms(dir)).toEqual([
			{ id: 'crm', term: 'Customer relationship management', aliases: ['CRM', 'CRM system'] },
			{ id: 'touchpoint', term: 'Touchpoint', aliases: [] },
		]);
	});

	it('treats a missing folder as an empty glossary', () => {
		expect(readGlossaryTerms(join(dir, 'nowhere'))).toEqual([]);
	});
});

describe('uniqueId', () => {
	it('counts per scope and prefix, the same way on every build', () => {
		const page = {};
		const other = {};
		expect([
			uniqueId(page, 'tip-a'),
			uniqueId(page, 'tip-a'),
			uniqueId(page, 'tip-b'),
			uniqueId(other, 'tip-a'),
		]).toEqual(['tip-a-1', 'tip-a-2', 'tip-b-1', 'tip-a-1']);
	});
});
