import { mdxToJs } from 'satteri';
import { findDeepNesting } from './body-limits';
import { safeContentPlugin, type UnsafeMarkup } from './content-safety';
import { mdxBody } from './mdx-body';
import type { Problem } from './problems';

/**
 * Compiles the body of an MDX file the way the build does, without rendering it, and returns
 * its problems: MDX syntax errors (unclosed tags, stray braces) and unsafe markup. The
 * frontmatter is blanked first, as Astro does, so YAML is never read as MDX and lines still
 * match the file. Never throws.
 */
export function checkBody(file: string, source: string, allowedComponents: readonly string[]): Problem[] {
	// An unclosed frontmatter is reported by the frontmatter check; Astro then reads the whole file as MDX.
	const body = mdxBody(source).text;
	const deep = findDeepNesting(body);
	if (deep) {
		const message = `the text has ${deep.description}, more than the site can build`;
		return [
			{
				severity: 'error',
				file,
				line: deep.line,
				field: '',
				message,
				hint: 'Flatten the structure; no page needs that much nesting.',
			},
		];
	}
	const findings: UnsafeMarkup[] = [];
	try {
		mdxToJs(body, { mdastPlugins: [safeContentPlugin((f) => findings.push(f), allowedComponents)] });
	} catch (error) {
		return [syntaxProblem(file, error)];
	}
	return findings.map((f) => ({ severity: 'error', file, line: f.line, field: '', message: f.message, hint: f.hint }));
}

// Sätteri reports "line:column: what (line:column) (rule)"; positions inside the text are noise to a writer.
function syntaxProblem(file: string, error: unknown): Problem {
	const text = error instanceof Error ? error.message : String(error);
	const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text.trim());
	const what = (match?.[3] ?? text)
		.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')
		.replace(/\s*\([\w-]+:[\w:-]+\)$/, '')
		.trim();
	const comment = /to create a comment in MDX/.test(what);
	return {
		severity: 'error',
		file,
		line: match ? Number(match[1]) : undefined,
		field: '',
		message: `the text is not valid MDX: ${what}`,
		hint: comment
			? 'MDX has no <!-- --> comments: write {/* a comment */} instead.'
			: 'Close every <tag>, and write {, }, < and > as words or inside `code`.',
	};
}
