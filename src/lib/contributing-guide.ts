import { contentComponents } from '../components/mdx/names';
import { entryKinds, type EntryKind } from './entry-kinds';
import { fieldReference, fieldTableMarkdown, referenceKinds, type FieldRow } from './field-reference';
import { schemaFileOf } from './json-schema-files';

/** Where the guide's links lead: the site's pages, and files of the repository. */
export interface GuideLinks {
	/** A page of the site (`/reviews/`), or undefined where there is no site to link to. */
	page(path: string): string | undefined;
	/** A file or folder of the repository (`content/personas/`). */
	file(path: string): string;
}

/** One section of the guide: an h2 and its Markdown body (with h3s inside). */
export interface GuideSection {
	/** The anchor GitHub gives the heading, so links work in CONTRIBUTING.md and on the site alike. */
	id: string;
	title: string;
	markdown: string;
	/** For the sections about one kind of entry: the kind and its field reference. */
	kind?: EntryKind;
	fields?: FieldRow[];
}

/** Facts the guide states that live in configuration. */
export interface GuideFacts {
	/** The site's review interval in months. */
	reviewEveryMonths: number;
}

const titles: Record<EntryKind, string> = {
	persona: 'Add a persona',
	segment: 'Add a segment',
	journey: 'Add a journey',
	term: 'Add a glossary term',
};
const examples: Record<EntryKind, string> = {
	persona: 'Ada Lopez',
	segment: 'Small landlords',
	journey: 'First winter',
	term: 'Net Promoter Score',
};

// What a writer should know about each kind beyond its fields.
const advice: Record<EntryKind, string> = {
	persona:
		'A persona is one archetypal customer, described from research. State only what the research supports: every field but `role`, `summary`, `personaType`, `market`, `owner`, `status` and `lastReviewed` may be left out, and most real personas leave out age and many other facts. A persona without a personal `name` (\u201cthe asset manager\u201d) is headed by its `role`. Record the research under `evidence`, with an honest `confidence`. Keep `status: draft` until the research is done; a persona that is replaced gets `status: deprecated` and `supersededBy: <id of the new persona>`.',
	segment:
		'A segment is a group of customers we choose to serve in a particular way. Give at least one criterion, sorted into demographic, geographic, psychographic and behavioural lists, and a size (`count`, `share` or both, with its `basis`). Personas point at their segments; a segment page lists its personas by itself.',
	journey:
		'A journey follows one or more personas through stages and steps towards a goal. Each step has a feeling `score` from 1 (very negative) to 5 (very positive); the site draws the diagram and an accessible table from them. `personas` needs at least one persona id: `npm run new` fills in an existing one so the file passes the check at once \u2014 replace it with the right one.',
	term: 'A glossary term is one word of the shared vocabulary. The `summary` is one sentence; it appears in tooltips wherever the term is used. `aliases` are other names that find and link to the same term; an alias may belong to one term only.',
};

/**
 * The contributors' guide: how to add each kind of entry, the workflow, ownership and reviews,
 * editor support, and the field reference of every kind. CONTRIBUTING.md and the site's
 * /contributing/ page are both rendered from these sections, so they cannot drift apart.
 */
export function contributingGuide(links: GuideLinks, facts: GuideFacts): GuideSection[] {
	const link = (text: string, url: string | undefined) => (url ? `[${text}](${url})` : text);
	const page = (path: string) => link(`\`${path}\``, links.page(path));
	const file = (path: string, text = `\`${path}\``) => link(text, links.file(path));
	return [
		{
			id: 'the-workflow',
			title: 'The workflow',
			markdown: [
				'Everything in the catalog is a text file under ' +
					file('content/') +
					', checked by a program before it is published. A change goes like this:',
				[
					'1. Create a branch, for example `git switch -c persona-ada-lopez`.',
					'2. Create the entry: `npm run new -- persona "Ada Lopez"` writes `content/personas/ada-lopez.mdx` with every field listed. Required fields are filled with placeholders that start with `TODO`; optional fields are commented out with their description. The other kinds are `segment`, `journey` and `term`.',
					'3. Fill it in. Replace each `TODO`, remove the `# ` in front of the optional fields you need, and write the text under the second `---`.',
					'4. Run `npm run check`. It lists every problem at once as `file:line field: what is wrong \u2014 hint`, with suggestions for misspelled fields, values and ids, and warns about placeholders left in and entries due for review. It exits with an error if anything must be fixed.',
					'5. Run `npm run dev` and open the page to see it as readers will.',
					'6. Commit and open a pull request. The pull request template has a checklist; the CI runs the check (problems appear on the changed lines), the tests and the build, and the entry\u2019s owner is asked to review (see ' +
						file('.github/CODEOWNERS', 'CODEOWNERS') +
						').',
				].join('\n'),
				'### Ids and file names',
				'An entry\u2019s id is its file name without `.mdx`: lower-case words joined by hyphens. `npm run new` makes it from the name (`"Ana María Núñez"` becomes `ana-maria-nunez`). The id is the page\u2019s address (`/personas/ana-maria-nunez/`) and the way other entries refer to it, so renaming a file changes both \u2014 the check lists every reference that would break.',
			].join('\n\n'),
		},
		...referenceKinds.map((kind) => kindSection(kind, file)),
		{
			id: 'the-text-below-the-frontmatter',
			title: 'The text below the frontmatter',
			markdown: [
				'Below the second `---` comes the entry\u2019s text in Markdown: paragraphs, `##` headings, lists, links and tables. `npm run new` starts it with the sections the other entries of the kind use. Link to another entry by its address, e.g. `[Hannah](/personas/hannah-bill-watcher/)`.',
				'Content is data, so anything that could run code is refused by the check and the build: `<script>` and `<style>`, event handlers such as `onclick`, `{expressions}`, `import` and `export` lines, and `javascript:` links.',
				'**Diagrams.** A code block fenced as ` ```mermaid ` is drawn as a diagram on the page, whatever its Mermaid type (flowchart, sequence, state, journey \u2026); readers can still open its source under \u201cDiagram source\u201d, and a diagram Mermaid cannot read shows an error box with Mermaid\u2019s message, so check the page after writing one. Give it a name for screen readers with an `accTitle: \u2026` line. Do not draw a journey by hand: its page draws the diagram, the emotion curve and the table from `stages` and `steps`. Step names of up to about 70 characters fit their box in that diagram; longer ones are shortened there (the table keeps them whole).',
				'**Glossary links.** Nothing to do: the first mention of each glossary term or one of its aliases in a text (\u201ctouchpoints\u201d, \u201cCRM\u201d) becomes a link to the term with its summary as a tooltip \u2014 never in headings, links or code, and never on the term\u2019s own page. To link a term somewhere else, or with other words, write `<Term id="touchpoint">where we meet them</Term>` (or `<Term id="touchpoint" />` for the term\u2019s name); the id is the term\u2019s file name, and an id that leads nowhere fails the check with the closest ids. A term page lists every entry that mentions it under \u201cUsed in\u201d, and each alias gets its own address that leads to the term (`/glossary/customer-persona/`).',
				contentComponents.length
					? `The components you may use without importing them: ${contentComponents.map((name) => `\`<${name}>\``).join(', ')}.`
					: 'No MDX components are available in entries yet: write plain Markdown (and plain HTML where Markdown has no syntax).',
			].join('\n\n'),
		},
		{
			id: 'the-onboarding-path',
			title: 'The onboarding path',
			markdown: [
				`${page('/start-here/')} walks new hires through the catalog in an order set by ` +
					file('content/start-here.yaml') +
					'. It has a `title`, an `intro` and `steps`; each step opens one entry \u2014 `term`, `persona`, `segment` or `journey` with its id \u2014 and says in `outcome` what the reader will know afterwards, in one sentence. A step may add its own `title`, a `focus` (what to look for while reading) and `minutes`. Move a step to reorder the path; readers\u2019 ticks follow the step, because they are saved by entry id.',
				'`npm run check` reads the file like an entry: a step that names no entry or two, an id that leads nowhere (with the closest ids), an entry taken twice or a deprecated one are reported with their line.',
			].join('\n\n'),
		},
		{
			id: 'owners-and-reviews',
			title: 'Owners and reviews',
			markdown: [
				'Personas and segments (and journeys that name one) have an `owner`: the person or team who keeps the entry true. With `owner.handle` set to a GitHub user or team (`@ada-lopez`, `@acme/research`), `npm run codeowners` routes changes to the file to them for review; the CI fails when ' +
					file('.github/CODEOWNERS', 'CODEOWNERS') +
					' is out of date. An owner without a handle is listed as a comment there, so the gap is visible.',
				`\`lastReviewed\` is the day the owner last checked the entry against research. An entry is **due for review** ${facts.reviewEveryMonths} months later (the site default), or after \`reviewEveryMonths\` months when the entry sets it (1\u201336). From that day its page shows a banner, ${page('/reviews/')} lists it under its owner with how overdue it is, and \`npm run check\` warns about it (a warning, not an error: a stale entry still builds). Deprecated entries are never due.`,
				'To review an entry: read it against the latest research, update what changed, set `lastReviewed` to the day of the review, and open a pull request as usual.',
			].join('\n\n'),
		},
		{
			id: 'editor-support',
			title: 'Editor support',
			markdown: [
				'Every kind has a JSON Schema of its frontmatter, generated from the same schemas as this guide: ' +
					referenceKinds.map((kind) => file(schemaFileOf(kind))).join(', ') +
					'. The built site serves them too, at ' +
					referenceKinds.map((kind) => `\`/${schemaFileOf(kind).replace(/^public\//, '')}\``).join(', ') +
					'.',
				'**In MDX files (VS Code).** The YAML extension does not look inside Markdown or MDX frontmatter (its long-standing issue redhat-developer/vscode-yaml#207), so a `# yaml-language-server: $schema=\u2026` comment in an `.mdx` file does nothing. What does work is the Astro extension (`astro-build.astro-vscode`, recommended in ' +
					file('.vscode/extensions.json', '`.vscode/extensions.json`') +
					'): the project turns on Astro\u2019s content intellisense (`experimental.contentIntellisense` in `astro.config.mjs`) and ' +
					file('.vscode/settings.json', '`.vscode/settings.json`') +
					' sets `"astro.content-intellisense": true`, which gives completion, hover descriptions and validation of the frontmatter from the same zod schemas. A new file is picked up once `npm run dev` (or `npx astro sync`) has run. It is experimental in Astro, so `npm run check` stays the authority.',
				'**In YAML files, any editor with the YAML language server.** To draft or paste frontmatter in a `.yaml` file, put the schema on the first line, for example `# yaml-language-server: $schema=../public/schemas/persona.schema.json` (the path is relative to the YAML file), or map files to it in the `yaml.schemas` setting. The same files work with any JSON Schema validator.',
			].join('\n\n'),
		},
		{
			id: 'about-this-guide',
			title: 'About this guide',
			markdown: `This guide and its field tables are generated from the zod schemas in ${file('src/schemas/')} by \`npm run docs\`, which also writes the JSON Schemas; the site\u2019s ${page('/contributing/')} page renders the same text. A test fails when ${file('CONTRIBUTING.md', '`CONTRIBUTING.md`')} or a schema file is out of date, so change the schemas, run \`npm run docs\` and commit the result.`,
		},
	];
}

function kindSection(kind: EntryKind, file: (path: string, text?: string) => string): GuideSection {
	const collection = entryKinds[kind];
	const fields = fieldReference(collection);
	const required = fields.filter((row) => row.required === 'yes').map((row) => `\`${row.field}\``);
	return {
		id: titles[kind].toLowerCase().replaceAll(' ', '-'),
		title: titles[kind],
		kind,
		fields,
		markdown: [
			`\`npm run new -- ${kind} "${examples[kind]}"\` creates a file in ${file(`content/${collection}/`)}.`,
			advice[kind],
			`Required: ${required.join(', ')}. The table lists every field; a field marked \u201cyes, if \u2026 is used\u201d is required only when the field it belongs to is written.`,
		].join('\n\n'),
	};
}

/** CONTRIBUTING.md: the guide as one Markdown document, with a contents list and the field tables. */
export function contributingMarkdown(links: GuideLinks, facts: GuideFacts): string {
	const sections = contributingGuide(links, facts);
	const parts = [
		'# Contributing to Persona Atlas',
		'<!-- Generated by `npm run docs` from src/lib/contributing-guide.ts and the schemas in src/schemas/. Do not edit by hand. -->',
		'How to add a persona, a segment, a journey or a glossary term, and what every field means. You need Node.js and npm (see the README); no knowledge of the code is needed.',
		sections.map((section) => `- [${section.title}](#${section.id})`).join('\n'),
	];
	for (const section of sections) {
		parts.push(`## ${section.title}`, section.markdown);
		if (section.fields)
			parts.push(
				`### Fields of a ${section.kind === 'term' ? 'glossary term' : section.kind}`,
				fieldTableMarkdown(section.fields),
			);
	}
	return `${parts.join('\n\n')}\n`;
}
