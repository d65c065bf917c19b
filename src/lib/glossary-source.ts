import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from './frontmatter';

/** What the MDX compiler needs to know about a glossary term: how to find it in text. */
export interface GlossarySourceTerm {
	id: string;
	term: string;
	aliases: string[];
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Reads the names of every glossary term straight from the frontmatter in `dir`
 * (content/glossary), for build steps that run before Astro's content layer exists (the MDX
 * compiler). Files the content check would refuse are read as far as they go; the check
 * reports them. A missing folder is an empty glossary.
 */
export function readGlossaryTerms(dir: string): GlossarySourceTerm[] {
	let files: string[];
	try {
		files = readdirSync(dir).filter((name) => name.endsWith('.mdx') && !name.startsWith('_') && !name.startsWith('.'));
	} catch {
		return [];
	}
	return files.sort().flatMap((name) => {
		let source: string;
		try {
			source = readFileSync(join(dir, name), 'utf8');
		} catch {
			return [];
		}
		const data = parseFrontmatter(source)?.data as { term?: unknown; aliases?: unknown } | undefined;
		if (!data || !isText(data.term)) return [];
		const aliases = Array.isArray(data.aliases) ? data.aliases.filter(isText).map((a) => a.trim()) : [];
		return [{ id: name.slice(0, -'.mdx'.length), term: data.term.trim(), aliases }];
	});
}
