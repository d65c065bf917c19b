import slugify from '@sindresorhus/slugify';
import { normaliseName } from './glossary-matcher';
import type { Problem } from './problems';

/** A glossary term as alias pages need it. */
export interface AliasSource {
	id: string;
	data: { term: string; aliases: readonly string[] };
}

/** A page at `/glossary/<slug>/` that sends readers on to the term an alias belongs to. */
export interface AliasPage {
	slug: string;
	alias: string;
	termId: string;
}

/** The address of an alias under /glossary/: "Customer persona" → `customer-persona`, "CRM" → `crm`. */
export function aliasSlug(alias: string): string {
	return slugify(alias);
}

/**
 * The alias pages of a glossary: one per alias slug, except where the slug is a term's own id
 * (its page is there already) or is claimed by two terms (the content check refuses that, see
 * `checkAliasPages`). The term's own name gets a page too when its slug differs from the id.
 */
export function aliasPages(terms: readonly AliasSource[]): AliasPage[] {
	const ids = new Set(terms.map((t) => t.id));
	const claims = new Map<string, AliasPage[]>();
	for (const term of terms) {
		for (const alias of [term.data.term, ...term.data.aliases]) {
			const slug = aliasSlug(alias);
			if (!slug || ids.has(slug)) continue;
			const list = claims.get(slug) ?? [];
			if (!list.some((page) => page.termId === term.id)) list.push({ slug, alias, termId: term.id });
			claims.set(slug, list);
		}
	}
	return [...claims.values()].filter((list) => list.length === 1).map((list) => list[0]!);
}

/** What the check needs of a glossary entry: raw data may hold anything. */
export interface CheckedTerm {
	id: string;
	file: string;
	data: Record<string, unknown>;
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

// The exact-text clashes (same alias twice, alias equal to a name or id as written) are reported
// by glossary-clashes.ts; these are the ones only visible once names are matched or made into addresses.
const simpleSlug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/**
 * Names that would lead two ways once they become addresses or links: an alias whose address
 * (`/glossary/<slug>/`) is another term's page or another term's alias page ("Touch-point" and
 * "Touch point"), and names two terms share once case, spaces and hyphens are ignored.
 */
export function checkAliasPages(terms: readonly CheckedTerm[]): Problem[] {
	const problems: Problem[] = [];
	const names = (term: CheckedTerm) => {
		const aliases = Array.isArray(term.data['aliases']) ? term.data['aliases'] : [];
		return aliases.flatMap((alias: unknown, index) =>
			typeof alias === 'string' && alias.trim() ? [{ alias, index }] : [],
		);
	};
	const byId = new Map(terms.map((t) => [t.id, t]));
	const slugOwners = new Map<string, { term: CheckedTerm; alias: string }[]>();
	const nameOwners = new Map<string, { term: CheckedTerm; alias: string }[]>();
	for (const term of terms) {
		const own = typeof term.data['term'] === 'string' ? [term.data['term']] : [];
		for (const alias of [...own, ...names(term).map((n) => n.alias)]) {
			for (const [map, key] of [
				[slugOwners, aliasSlug(alias)],
				[nameOwners, normaliseName(alias)],
			] as const) {
				const list = map.get(key) ?? [];
				if (!list.some((o) => o.term === term)) list.push({ term, alias });
				map.set(key, list);
			}
		}
	}
	for (const term of terms) {
		for (const { alias, index } of names(term)) {
			const slug = aliasSlug(alias);
			const report = (message: string, hint: string) =>
				problems.push({
					severity: 'error',
					file: term.file,
					line: term.lineOf(['aliases', index]),
					field: `aliases[${index}]`,
					message,
					hint,
				});
			const page = byId.get(slug);
			if (page && page !== term && simpleSlug(alias) !== slug)
				report(
					`the address of "${alias}", /glossary/${slug}/, is the page of the term "${page.id}"`,
					'An alias must lead to one term only. Remove it here, or merge the two terms.',
				);
			const exact = alias.trim().toLowerCase();
			for (const other of slugOwners.get(slug) ?? []) {
				// The term whose page is at that address was named above.
				if (other.term === term || other.term === page || other.alias.trim().toLowerCase() === exact) continue;
				report(
					`"${alias}" and "${other.alias}" of the term "${other.term.id}" share the address /glossary/${slug}/`,
					'Each alias page leads to one term. Remove one of the two, or write them apart.',
				);
			}
			for (const other of nameOwners.get(normaliseName(alias)) ?? []) {
				if (other.term === term || other.alias.trim().toLowerCase() === exact) continue;
				if (aliasSlug(other.alias) === slug) continue; // reported above
				report(
					`"${alias}" reads the same as "${other.alias}" of the term "${other.term.id}"`,
					'Links would not know which term is meant. Keep the name on one of the two.',
				);
			}
		}
	}
	return problems;
}
