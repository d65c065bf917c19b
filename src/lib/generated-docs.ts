import { siteConfig } from '../site.config';
import { contributingMarkdown } from './contributing-guide';
import { referenceKinds } from './field-reference';
import { entryJsonSchemaText, schemaFileOf } from './json-schema-files';

/**
 * Every file `npm run docs` writes, with its text: CONTRIBUTING.md (links relative to the
 * repository root, where GitHub shows it) and one JSON Schema per kind.
 */
export function generatedDocs(): { path: string; text: string }[] {
	const markdown = contributingMarkdown(
		{ page: () => undefined, file: (path) => path },
		{ reviewEveryMonths: siteConfig.reviewEveryMonths },
	);
	return [
		{ path: 'CONTRIBUTING.md', text: markdown },
		...referenceKinds.map((kind) => ({ path: schemaFileOf(kind), text: entryJsonSchemaText(kind) })),
	];
}
