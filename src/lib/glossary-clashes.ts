import type { CheckedEntry } from './integrity';
import type { Problem } from './problems';

/**
 * Glossary names that would make links ambiguous: two terms with one name, two terms claiming
 * one alias, or an alias that is another term's name or id. Takes raw entries too, so anything
 * may be in their fields.
 */
export function checkGlossaryClashes(terms: readonly CheckedEntry[]): Problem[] {
	const problems: Problem[] = [];
	const owners = new Map<string, { entry: CheckedEntry; kind: string }[]>();
	const claim = (key: string, entry: CheckedEntry, kind: string) =>
		owners.set(key, [...(owners.get(key) ?? []), { entry, kind }]);
	const nameOf = (term: CheckedEntry) =>
		typeof term.data['term'] === 'string' ? term.data['term'].trim().toLowerCase() : undefined;
	// Raw (schema-failing) entries take part too, so anything may be in their aliases.
	const aliasesOf = (term: CheckedEntry) =>
		(Array.isArray(term.data['aliases']) ? term.data['aliases'] : []).map((a: unknown) =>
			typeof a === 'string' ? a.trim() : undefined,
		);
	for (const term of terms) {
		claim(term.id.toLowerCase(), term, 'id');
		const name = nameOf(term);
		if (name) claim(name, term, 'term');
	}
	for (const term of terms) {
		const name = nameOf(term);
		for (const other of name ? (owners.get(name) ?? []) : []) {
			if (other.entry === term || other.kind !== 'term') continue;
			problems.push({
				severity: 'error',
				file: term.file,
				line: term.lineOf(['term']),
				field: 'term',
				message: `"${String(term.data['term'])}" is also the term of "${other.entry.id}"`,
				hint: 'Two terms with one name make links ambiguous. Merge them, or name them apart.',
			});
		}
		aliasesOf(term).forEach((alias, index) => {
			if (!alias) return;
			const key = alias.toLowerCase();
			const slug = key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
			const clashes = [...(owners.get(key) ?? []), ...(slug !== key ? (owners.get(slug) ?? []) : [])].filter(
				(o) => o.entry !== term,
			);
			const otherAliasOwners = terms.filter(
				(other) => other !== term && aliasesOf(other).some((a) => a?.toLowerCase() === key),
			);
			for (const clash of clashes) {
				problems.push({
					severity: 'error',
					file: term.file,
					line: term.lineOf(['aliases', index]),
					field: `aliases[${index}]`,
					message: `"${alias}" is already the ${clash.kind} of the term "${clash.entry.id}"`,
					hint: `An alias must lead to one term only. Remove it here, or merge the two terms.`,
				});
			}
			for (const other of otherAliasOwners) {
				problems.push({
					severity: 'error',
					file: term.file,
					line: term.lineOf(['aliases', index]),
					field: `aliases[${index}]`,
					message: `"${alias}" is also an alias of the term "${other.id}"`,
					hint: 'An alias must lead to one term only. Keep it on one of the two.',
				});
			}
		});
	}
	return problems;
}
