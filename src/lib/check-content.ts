import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { plainSchemas } from '../schemas';
import { collectionNames, type CollectionName } from '../schemas/shared';
import { contentComponents } from '../components/mdx/names';
import { checkBody } from './check-body';
import { classifyContentFiles } from './content-files';
import { checkIntegrity, type CheckedEntry } from './integrity';
import { sortProblems, type Problem } from './problems';
import { frontmatterJsonSchema, listFields, type FieldInfo, type JsonSchemaNode } from './schema-fields';
import { validateEntry } from './validate-entry';

/** What the check found: the valid entries and every problem, sorted by file and line. */
export interface ContentReport {
	entries: CheckedEntry[];
	problems: Problem[];
}

const jsonSchemas = Object.fromEntries(collectionNames.map((c) => [c, frontmatterJsonSchema(plainSchemas[c])])) as Record<CollectionName, JsonSchemaNode>;
const fields = Object.fromEntries(collectionNames.map((c) => [c, listFields(jsonSchemas[c])])) as Record<CollectionName, FieldInfo[]>;

/**
 * Validates all content under `contentDir` without building the site: folder layout, file
 * names, frontmatter against the schemas, and references between entries.
 */
export function checkContent(root: string, contentDir = 'content'): ContentReport {
	const base = join(root, contentDir);
	const files = existsSync(base) ? listFiles(base).map((path) => relative(base, path).split('\\').join('/')) : [];
	const { entries: entryFiles, problems } = classifyContentFiles(files, contentDir.split('\\').join('/'));
	const entries: CheckedEntry[] = [];
	for (const entryFile of entryFiles) {
		const source = readFileSync(join(root, entryFile.file), 'utf8');
		const result = validateEntry(entryFile.file, source, plainSchemas[entryFile.collection], jsonSchemas[entryFile.collection]);
		problems.push(...result.problems, ...checkBody(entryFile.file, source, contentComponents));
		const checked = result.entry ?? result.raw;
		if (checked) entries.push({ ...entryFile, data: checked.data, lineOf: checked.lineOf, valid: Boolean(result.entry) });
	}
	problems.push(...checkIntegrity(entries, { fields, fileExists: (path) => existsSync(join(root, path)) }));
	return { entries: entries.filter((e) => e.valid), problems: sortProblems(problems) };
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
		const path = join(dir, item.name);
		return item.isDirectory() ? listFiles(path) : [path];
	});
}
