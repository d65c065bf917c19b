import { mdxToJs } from 'satteri';
import { safeContentPlugin, type UnsafeMarkup } from './content-safety';
import type { Problem } from './problems';

/**
 * Compiles an MDX file the way the build does, without rendering it, and returns its
 * problems: MDX syntax errors (unclosed tags, stray braces) and unsafe markup.
 */
export function checkBody(file: string, source: string, allowedComponents: readonly string[]): Problem[] {
	const findings: UnsafeMarkup[] = [];
	try {
		mdxToJs(source, { mdastPlugins: [safeContentPlugin((f) => findings.push(f), allowedComponents)] });
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		// Sätteri reports "line:column: what (line:column) (rule)".
		const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\(\d+:\d+\))?(?:\s*\([\w:-]+\))?$/s.exec(message);
		return [
			{
				severity: 'error',
				file,
				line: match ? Number(match[1]) : undefined,
				field: '',
				message: `the text is not valid MDX: ${match?.[3] ?? message}`,
				hint: 'Close every <tag>, and write {, }, < and > as words or inside `code`.',
			},
		];
	}
	return findings.map((f) => ({ severity: 'error', file, line: f.line, field: '', message: f.message, hint: f.hint }));
}
