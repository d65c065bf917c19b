import { splitFrontmatter } from './frontmatter';

/** An MDX file's body, ready to hand to Sätteri. */
export interface MdxBody {
	/** The text after the frontmatter, with the frontmatter's lines blanked so lines match the file. */
	text: string;
	/** Whether the frontmatter fences are broken (never closed, TOML …): then `text` is the whole file, as Astro would read it. */
	fenceError: boolean;
}

/**
 * The part of an MDX source that Astro compiles as MDX: the frontmatter blanked (as Astro does,
 * so YAML is never read as MDX and line numbers still match the file) and a final newline added.
 * The newline matters: Sätteri aborts the whole process, with no error to catch, on an
 * import/export line that ends the file inside a string with a backslash (`export '\`).
 * Every caller of Sätteri in the check goes through this.
 */
export function mdxBody(source: string): MdxBody {
	const block = splitFrontmatter(source);
	const fenceError = Boolean(block?.error);
	const text = block && !fenceError ? '\n'.repeat(block.bodyLine - 1) + block.body : source.replace(/^\uFEFF/, '');
	return { text: `${text}\n`, fenceError };
}
