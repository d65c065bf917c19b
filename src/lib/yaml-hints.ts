/** A YAML error as the `yaml` package reports it, with the offending text. */
export interface YamlErrorInfo {
	/** The `yaml` error code, e.g. `DUPLICATE_KEY`. */
	code: string;
	/** The first line of `yaml`'s message. */
	message: string;
	/** The source from where the error starts to the end of that line. */
	text: string;
}

const generic = 'Check the indentation, and put text that contains ": " or starts with a special character in quotes.';

/**
 * Turns a YAML syntax error into a message and hint about what writers usually got wrong: an
 * unquoted ": " in a value, a field written twice, a tab, an `@handle` without quotes.
 */
export function explainYamlError(error: YamlErrorInfo): { message: string; hint: string } {
	const message = `the frontmatter is not valid YAML: ${error.message}`;
	if (/call stack/i.test(error.message))
		return {
			message: 'the frontmatter is nested too deeply to read',
			hint: 'Fields nest a few levels at most; flatten the lists and groups.',
		};
	switch (error.code) {
		case 'DUPLICATE_KEY': {
			const key = error.text.replace(/\s*:.*$/, '').replace(/^["']|["']$/g, '');
			return {
				message: `the field "${key}" is written twice`,
				hint: 'Each field may appear once: keep one of them, or merge the two.',
			};
		}
		case 'TAB_AS_INDENT':
			return {
				message: 'the frontmatter is not valid YAML: a line is indented with a tab',
				hint: 'Indent with spaces, not tabs.',
			};
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return {
				message,
				hint: 'Put text that contains ": " in quotes (summary: "Hannah: a parent"), and indent a line only when it belongs to the field above it.',
			};
		case 'BAD_SCALAR_START': {
			const character = /character (\S)/.exec(error.message)?.[1] ?? '';
			return {
				message,
				hint: `A value cannot start with ${character || 'this character'} unless it is in quotes, e.g. handle: "@ada-lopez".`,
			};
		}
		case 'TAG_RESOLVE_FAILED':
			return { message, hint: 'A value starting with ! is read as a YAML tag; put the value in quotes.' };
		case 'UNEXPECTED_TOKEN':
			if (error.message.includes('block-seq-ind'))
				return {
					message,
					hint: 'Start the list on the next line with "- " items indented under the field, or write [a, b].',
				};
			return {
				message,
				hint: `Quoted text ends at the next quote mark of the same kind: quote it with the other kind ('He said "no"'), or double a single quote inside single quotes ('it''s').`,
			};
		case 'MISSING_CHAR':
			if (error.message.includes('quote')) return { message, hint: 'Close the quote at the end of the value.' };
			if (error.message.includes('followed by map values'))
				return {
					message,
					hint: 'Every line is "field: value", an item "- value", or text indented under a field; add the ": " or indent the line.',
				};
			return { message, hint: generic };
		case 'BAD_INDENT':
			if (/Flow (sequence|map)/.test(error.message))
				return {
					message,
					hint: 'Close the [ or { on the same line, or write the list one item per line starting with "- ".',
				};
			return {
				message,
				hint: 'Line the fields up: fields of one group start in the same column, and so do the "- " items of a list.',
			};
		case 'MULTIPLE_DOCS':
			return {
				message,
				hint: 'The frontmatter is one block of fields; remove the extra "---" or "..." line inside it.',
			};
		default:
			return { message, hint: generic };
	}
}
