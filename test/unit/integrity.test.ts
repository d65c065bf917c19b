import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/frontmatter';
import { checkGlossaryClashes } from '../../src/lib/glossary-clashes';
import { checkIntegrity, valuesAt, type CheckedEntry } from '../../src/lib/integrity';
import { formatProblem } from '../../src/lib/problems';
import { frontmatterJsonSchema, listFields, type FieldInfo } from '../../src/lib/schema-fields';
import { collectionNames, plainSchemas, type CollectionName } from '../../src/schemas';

const fields = Object.fromEntries(
	collectionNames.map((c) => [c, listFields(frontmatterJsonSchema(plainSchemas[c]))]),
) as Record<CollectionName, FieldInfo[]>;

/** An entry from YAML, with real line numbers (the frontmatter starts on line 2). */
function entry(collection: CollectionName, id: string, yaml: string): CheckedEntry {
	const parsed = parseFrontmatter(`---\n${yaml}\n---\n`);
	if (!parsed || parsed.errors.length > 0) throw new Error(`bad fixture ${id}`);
	return {
		collection,
		id,
		file: `content/${collection}/${id}.mdx`,
		data: parsed.data as Record<string, unknown>,
		lineOf: parsed.lineOf,
		valid: true,
	};
}
const persona = (id: string, more = '') => entry('personas', id, `role: R\nstatus: active\n${more}`);
const deprecated = (id: string, successor?: string) =>
	entry('personas', id, `role: R\nstatus: deprecated${successor ? `\nsupersededBy: ${successor}` : ''}`);
const segment = (id: string) => entry('segments', id, 'name: S');
const journey = (id: string, personas: string[], status = 'active') =>
	entry('journeys', id, `title: J\nstatus: ${status}\npersonas: [${personas.join(', ')}]`);
const term = (id: string, name: string, aliases: string[] = [], more = '') =>
	entry('glossary', id, `term: ${name}\naliases: [${aliases.join(', ')}]\n${more}`);

const check = (entries: CheckedEntry[], files: string[] = []) =>
	checkIntegrity(entries, { fields, fileExists: (path) => files.includes(path) }).map(formatProblem);

describe('checkIntegrity: references', () => {
	it('passes a catalog whose references all lead somewhere', () => {
		expect(
			check([
				persona('ada', 'segments: [savers]\nrelated: [bob]'),
				persona('bob'),
				segment('savers'),
				journey('first-order', ['ada', 'bob']),
				term('persona', 'Persona', [], 'related: [jtbd]'),
				term('jtbd', 'Jobs to be done'),
			]),
		).toEqual([]);
	});

	it('names the file, line, field, bad value and the closest ids of a dangling reference', () => {
		expect(
			check([persona('ada', 'segments:\n  - savers\n  - young-familes'), segment('savers'), segment('young-families')]),
		).toEqual([
			'content/personas/ada.mdx:6 segments[1]: no segment has the id "young-familes" — Did you mean "young-families"?',
		]);
		expect(check([journey('j', ['hanah']), persona('hannah-bill-watcher'), persona('hana')])).toEqual([
			'content/journeys/j.mdx:4 personas[0]: no persona has the id "hanah" — Did you mean "hana"?',
		]);
	});

	it('finds the id a typo of one of its words was meant to be', () => {
		expect(check([persona('ada', 'segments: [familes]'), segment('young-families'), segment('savers')])).toEqual([
			'content/personas/ada.mdx:4 segments[0]: no segment has the id "familes" — Did you mean "young-families"?',
		]);
	});

	it('says where to look when nothing is close', () => {
		expect(check([persona('ada', 'segments: [zzz]')])).toEqual([
			'content/personas/ada.mdx:4 segments[0]: no segment has the id "zzz" — Use the file name (without .mdx) of an entry in content/segments/.',
		]);
	});

	it('explains a reference into the wrong collection', () => {
		expect(
			check([deprecated('old', 'savers'), segment('savers'), persona('ada')]).filter((p) => p.includes('supersededBy')),
		).toEqual([
			'content/personas/old.mdx:4 supersededBy: "savers" is a segment, not a persona — Use the file name (without .mdx) of an entry in content/personas/.',
		]);
	});

	it('refuses an entry that points at itself', () => {
		expect(check([persona('ada', 'related: [ada]')])).toEqual([
			'content/personas/ada.mdx:4 related[0]: "ada" points at this entry itself — Point it at another entry or remove it.',
		]);
	});

	it('leaves values that are not ids to the schema', () => {
		expect(check([persona('ada', 'segments: [Young Families, 3, { a: 1 }]')])).toEqual([]);
	});

	it('checks references of entries that failed their schema, whatever shape their data has', () => {
		const raw = { ...persona('ada', 'segments: nowhere'), valid: false };
		expect(check([raw])).toEqual([
			'content/personas/ada.mdx:4 segments: no segment has the id "nowhere" — Use the file name (without .mdx) of an entry in content/segments/.',
		]);
		expect(check([{ ...entry('journeys', 'j', 'personas: { a: 1 }\nstatus: 7'), valid: false }])).toEqual([]);
	});
});

describe('checkIntegrity: retired personas', () => {
	it('refuses a replacement that is itself retired, pointing at the current one down the chain', () => {
		expect(check([deprecated('a', 'b'), deprecated('b', 'c'), persona('c')])).toEqual([
			'content/personas/a.mdx:4 supersededBy: "b" is deprecated too, so readers are sent to another retired persona — Point it at "c" instead.',
		]);
	});

	it('does not loop on a circle of replacements', () => {
		expect(check([deprecated('a', 'b'), deprecated('b', 'a')])).toEqual([
			'content/personas/a.mdx:4 supersededBy: "b" is deprecated too, so readers are sent to another retired persona — Point it at an active persona.',
			'content/personas/b.mdx:4 supersededBy: "a" is deprecated too, so readers are sent to another retired persona — Point it at an active persona.',
		]);
	});

	it('refuses an active or draft journey that follows a retired persona, naming the replacement', () => {
		expect(check([journey('j', ['ada', 'old']), persona('ada'), deprecated('old', 'ada')])).toEqual([
			`content/journeys/j.mdx:4 personas[1]: "old" is deprecated, but this active journey still follows it — Replace it with "ada", or set this journey's status: deprecated.`,
		]);
		expect(check([journey('j', ['old'], 'draft'), deprecated('old')])).toEqual([
			`content/journeys/j.mdx:4 personas[0]: "old" is deprecated, but this draft journey still follows it — Set this journey's status: deprecated.`,
		]);
		expect(check([journey('j', ['old'], 'deprecated'), deprecated('old')])).toEqual([]);
	});

	it('says "journey" when the status is unknown', () => {
		expect(check([{ ...journey('j', ['old'], 'retired'), valid: false }, deprecated('old')])).toEqual([
			`content/journeys/j.mdx:4 personas[0]: "old" is deprecated, but this journey still follows it — Set this journey's status: deprecated.`,
		]);
	});
});

describe('checkIntegrity: avatar images', () => {
	it('finds images relative to the entry', () => {
		expect(
			check([persona('ada', 'avatar: { src: ./avatars/ada.svg, alt: A }')], ['content/personas/avatars/ada.svg']),
		).toEqual([]);
		expect(check([persona('ada', 'avatar: { src: ../shared/ada.png, alt: A }')], ['content/shared/ada.png'])).toEqual(
			[],
		);
	});

	it('reports a missing image with the path it looked for', () => {
		expect(check([persona('ada', 'avatar:\n  src: ./avatars/ada.jpg\n  alt: A')])).toEqual([
			'content/personas/ada.mdx:5 avatar.src: image "./avatars/ada.jpg" not found (looked for content/personas/avatars/ada.jpg) — Check the file name and its upper and lower case, or remove avatar to show initials.',
		]);
	});

	it('reports a file that is not an image', () => {
		expect(check([persona('ada', 'avatar: { src: ./ada.mdx, alt: A }')], ['content/personas/ada.mdx'])).toEqual([
			'content/personas/ada.mdx:4 avatar.src: "./ada.mdx" is not an image — Use an svg, png, jpg, webp, avif or gif file.',
		]);
	});

	it('leaves malformed avatars to the schema', () => {
		expect(
			check([persona('ada', 'avatar: ./a.png'), persona('bob', 'avatar: { src: a.png }'), persona('cy', 'avatar: ~')]),
		).toEqual([]);
	});
});

describe('checkGlossaryClashes', () => {
	const clashes = (terms: CheckedEntry[]) => checkGlossaryClashes(terms).map(formatProblem);

	it('refuses an alias claimed by two terms, on both', () => {
		expect(
			clashes([term('kpi', 'KPI', ['Key metric']), term('north-star', 'North star metric', ['key metric'])]),
		).toEqual([
			'content/glossary/kpi.mdx:3 aliases[0]: "Key metric" is also an alias of the term "north-star" — An alias must lead to one term only. Keep it on one of the two.',
			'content/glossary/north-star.mdx:3 aliases[0]: "key metric" is also an alias of the term "kpi" — An alias must lead to one term only. Keep it on one of the two.',
		]);
	});

	it("refuses an alias that is another term's id or name, also once written as words", () => {
		expect(
			clashes([
				term('persona', 'Persona'),
				term('user', 'User', ['persona', 'Buyer Persona']),
				term('buyer-persona', 'Buyer type'),
			]),
		).toEqual([
			'content/glossary/user.mdx:3 aliases[0]: "persona" is already the id of the term "persona" — An alias must lead to one term only. Remove it here, or merge the two terms.',
			'content/glossary/user.mdx:3 aliases[0]: "persona" is already the term of the term "persona" — An alias must lead to one term only. Remove it here, or merge the two terms.',
			'content/glossary/user.mdx:3 aliases[1]: "Buyer Persona" is already the id of the term "buyer-persona" — An alias must lead to one term only. Remove it here, or merge the two terms.',
		]);
	});

	it('refuses two terms with one name', () => {
		expect(clashes([term('churn', 'Churn'), term('churn-rate', 'churn')])).toEqual([
			'content/glossary/churn.mdx:2 term: "Churn" is also the term of "churn-rate" — Two terms with one name make links ambiguous. Merge them, or name them apart.',
			'content/glossary/churn-rate.mdx:2 term: "churn" is also the term of "churn" — Two terms with one name make links ambiguous. Merge them, or name them apart.',
		]);
	});

	it("allows a term's own id and name among its aliases", () => {
		expect(clashes([term('kpi', 'KPI', ['kpi', 'KPI', 'Key performance indicator'])])).toEqual([]);
	});

	it('copes with raw data: aliases that are not a list, not text, or a missing term', () => {
		const raw = (yaml: string) => ({ ...entry('glossary', 'x', yaml), valid: false });
		expect(
			clashes([raw('aliases: [42, ~, { a: 1 }]'), raw('aliases: churn'), term('churn', 'Churn'), raw('term: [a]')]),
		).toEqual([]);
	});
});

describe('valuesAt', () => {
	it('finds every value at a field path, stepping into list items', () => {
		const data = { stages: [{ steps: [{ score: 1 }, { score: 2 }] }, { steps: [{ score: 3 }] }], segments: ['a', 'b'] };
		expect(valuesAt(data, ['stages', '[]', 'steps', '[]', 'score'])).toEqual([
			{ path: ['stages', 0, 'steps', 0, 'score'], value: 1 },
			{ path: ['stages', 0, 'steps', 1, 'score'], value: 2 },
			{ path: ['stages', 1, 'steps', 0, 'score'], value: 3 },
		]);
		expect(valuesAt(data, ['segments'])).toEqual([
			{ path: ['segments', 0], value: 'a' },
			{ path: ['segments', 1], value: 'b' },
		]);
	});

	it('finds nothing where the data has another shape', () => {
		expect(valuesAt({ stages: 'x' }, ['stages', '[]', 'name'])).toEqual([]);
		expect(valuesAt('text', ['a'])).toEqual([]);
		expect(valuesAt(null, ['a'])).toEqual([]);
		expect(valuesAt({ a: null }, ['a', 'b'])).toEqual([]);
	});
});
