import { DEFAULT_SCHEMA, load, Type } from 'js-yaml';
import { isScalar, Schema, type ScalarTag } from 'yaml';
import { timestampTag } from './yaml-timestamp';

// Anchors and aliases always go the slow way: the `yaml` package limits alias bombs, while js-yaml
// would expand them and zod would then walk an exponential tree.
const anchorOrAlias = /(?:^|[\s,[{])[&*][^\s,[\]{}]/m;

// The plain YAML that content is written in, one line at a time: `key: value`, `- value`,
// `- key: value`, `key:` before a nested block, comments, and `|` or `>` text blocks. On such
// lines js-yaml and the `yaml` package agree (test/unit/frontmatter-fast.test.ts compares them on
// generated files); everything else (quoted keys, flow maps, multi-line plain or quoted text, tags,
// merges, tabs, lone CRs, deep nesting) is read the slow way, as it always was.
const line = /^( *)(-(?: +|$))?(?:([A-Za-z_][\w-]*):(?: +|$))?(.*)$/;
const nullKey = /^(?:null|Null|NULL)$/;
const comment = /^(?:#.*)?$/;
const plainStart = String.raw`(?:[^\s\-?:,[\]{}#&*!|>'"%@\x60]|-[^\s,[\]{}])`;
const startsPlain = new RegExp(`^${plainStart}`);
const doubleQuoted = /^"(?:[^"\\]|\\["\\/nt])*"(?: *| +#.*)$/;
const singleQuoted = /^'(?:[^']|'')*'(?: *| +#.*)$/;
const flowItem = String.raw` *${plainStart}[^,[\]{}#:'"]*?`;
const flowSequence = new RegExp(String.raw`^\[(?: *|${flowItem}(?:,${flowItem})*)\](?: *| +#.*)$`);
const blockHeader = /^[|>][-+]?(?: *| +#.*)$/;
// Deeper than this, the `yaml` package may run out of stack where js-yaml does not.
const maxIndent = 80;

// Unquoted text on one line, perhaps with a comment after " #", and no ": " that would make it a map.
function isPlain(rest: string): boolean {
	if (!startsPlain.test(rest) || rest.endsWith(':')) return false;
	const hash = rest.indexOf(' #');
	return !(hash === -1 ? rest : rest.slice(0, hash + 1)).includes(': ');
}

/** Whether every line of `yaml` is one the two parsers are known to read alike. */
function isPlainContentYaml(yaml: string): boolean {
	if (yaml.includes('\t') || anchorOrAlias.test(yaml)) return false;
	// Inside a `|` or `>` block: the column of its key (or `-`), and the indent of its first line.
	let blockParent = -1;
	let blockIndent = -1;
	for (const raw of yaml.split('\n')) {
		const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
		if (text.includes('\r')) return false;
		const [, spaces = '', dash, key, rest = ''] = line.exec(text) ?? [];
		const indent = spaces.length;
		if (blockParent >= 0) {
			// Blank lines holding spaces, and lines less indented than the first, are where the two disagree.
			if (text.trim() === '') {
				if (text === '') continue;
				return false;
			}
			if (indent > blockParent) {
				if (indent < blockIndent) return false;
				if (blockIndent < 0) blockIndent = indent;
				continue;
			}
			blockParent = -1;
		}
		if (indent > maxIndent) return false;
		if (!dash && !key) {
			if (comment.test(rest)) continue;
			return false;
		}
		if (key && nullKey.test(key)) return false;
		if (rest === '' || comment.test(rest)) {
			// `key:` opens a nested block; an empty `-` item is rare, and read differently by the two.
			if (key) continue;
			return false;
		}
		if (blockHeader.test(rest)) {
			blockParent = key ? text.indexOf(key) : indent;
			blockIndent = -1;
			continue;
		}
		if (!(isPlain(rest) || doubleQuoted.test(rest) || singleQuoted.test(rest) || flowSequence.test(rest))) {
			return false;
		}
	}
	return true;
}

// Thrown from inside js-yaml when it would read a value differently from the positional reader.
class Disagreement extends Error {}

// The positional reader's scalar types, in the order it tries them on a plain (unquoted) value.
const slowTags = new Schema({ merge: true, customTags: [timestampTag] }).tags.filter(
	(tag): tag is ScalarTag => !('collection' in tag && tag.collection) && tag.default === true && Boolean(tag.test),
);

// One test for "might be anything but text", as most values are text.
const anySlowTag = new RegExp(slowTags.map((tag) => `(?:${tag.test!.source})`).join('|'));

// The value the positional reader gives a plain value: text, or a number, boolean, null or date.
function slowValue(text: string): unknown {
	if (!anySlowTag.test(text)) return text;
	const tag = slowTags.find((candidate) => candidate.test!.test(text));
	if (!tag) return text;
	const value = tag.resolve(
		text,
		() => {
			throw new Disagreement();
		},
		{},
	);
	return isScalar(value) ? value.value : value;
}

function sameValue(a: unknown, b: unknown): boolean {
	if (a instanceof Date && b instanceof Date) return Object.is(a.getTime(), b.getTime());
	return Object.is(a, b);
}

// js-yaml's own types, building exactly the values Astro's build gets, but refusing (by throwing)
// any plain value the positional reader would read differently: `-.5`, `0b11`, year 0050, a
// 30 February. A last type, tried when none matched, refuses text the other would not keep as text.
const implicitTypes = (DEFAULT_SCHEMA as unknown as { compiledImplicit: (Type & { tag: string })[] }).compiledImplicit;
const guardedSchema = DEFAULT_SCHEMA.extend({
	implicit: [
		...implicitTypes.map(
			(type) =>
				new Type(type.tag, {
					kind: 'scalar',
					resolve: (data: string) => type.resolve(data),
					construct: (data: string) => {
						const value: unknown = type.construct(data);
						if (!sameValue(value, slowValue(data))) throw new Disagreement();
						return value;
					},
				}),
		),
		new Type('tag:persona-atlas,2026:text-guard', {
			kind: 'scalar',
			resolve: (data: unknown) => {
				if (typeof data === 'string' && slowValue(data) !== data) throw new Disagreement();
				return false;
			},
		}),
	],
});

/**
 * Reads frontmatter YAML the way Astro's build does (js-yaml `load`; its own types build every
 * value), and returns the data only where it is known to equal what the positional reader in
 * frontmatter.ts gives: plain content lines only, the same value for every scalar, no syntax
 * error. Returns undefined otherwise, and the caller reads the YAML that way. An empty block gives {}.
 */
export function loadLikeAstro(yaml: string): { data: unknown } | undefined {
	if (!isPlainContentYaml(yaml)) return undefined;
	try {
		return { data: load(yaml, { schema: guardedSchema }) ?? {} };
	} catch {
		return undefined;
	}
}
