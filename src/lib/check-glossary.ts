import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkAliasPages } from './alias-pages';
import type { CheckedEntry } from './integrity';
import type { Problem } from './problems';
import { checkTermRefs, type TermRefTarget } from './term-refs';

/**
 * The glossary's part of the content check, once every entry is read: `<Term id>` elements in
 * any body must name a term (file, line and the closest ids otherwise), and aliases must not
 * lead two ways once they become addresses or links (see `checkAliasPages`).
 * @param root The folder the entries' `file` paths are relative to.
 */
export function checkGlossaryUse(root: string, entries: readonly CheckedEntry[]): Problem[] {
	const glossary = entries.filter((e) => e.collection === 'glossary');
	const text = (value: unknown) => (typeof value === 'string' ? value : '');
	const terms: TermRefTarget[] = glossary.map((entry) => ({
		id: entry.id,
		term: text(entry.data['term']),
		aliases: Array.isArray(entry.data['aliases']) ? entry.data['aliases'].map(text) : [],
	}));
	const problems = checkAliasPages(glossary);
	for (const entry of entries) {
		let source: string;
		try {
			source = readFileSync(resolve(root, entry.file), 'utf8');
		} catch {
			continue; // the content check has reported the file already
		}
		problems.push(...checkTermRefs(entry.file, source, terms));
	}
	return problems;
}
