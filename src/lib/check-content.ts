import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { plainSchemas } from '../schemas';
import { checkGlossaryUse } from './check-glossary';
import { checkStartHere } from './check-start-here';
import { collectionNames, type CollectionName } from '../schemas/shared';
import { contentComponents } from '../components/mdx/names';
import { checkBody } from './check-body';
import { placeholderWarnings } from './check-placeholders';
import { classifyContentFiles } from './content-files';
import { checkIntegrity, type CheckedEntry } from './integrity';
import { sortProblems, type Problem } from './problems';
import { frontmatterJsonSchema, listFields, type FieldInfo, type JsonSchemaNode } from './schema-fields';
import { validateEntry } from './validate-entry';

/** What the check found: the valid entries and every problem, sorted by file and line. */
export interface ContentReport {
	entries: CheckedEntry[];
	problems: Problem[];
	/** How many entry files were checked, valid or not. */
	checked: number;
}

const jsonSchemas = Object.fromEntries(
	collectionNames.map((c) => [c, frontmatterJsonSchema(plainSchemas[c])]),
) as Record<CollectionName, JsonSchemaNode>;
const fields = Object.fromEntries(collectionNames.map((c) => [c, listFields(jsonSchemas[c])])) as Record<
	CollectionName,
	FieldInfo[]
>;

/** Settings of the check that tests may change. */
export interface CheckOptions {
	/** Components MDX bodies may use; defaults to the site's (src/components/mdx/names.ts). */
	components?: readonly string[];
}

/**
 * Validates all content under `contentDir` (relative to `root`, or absolute) without building
 * the site: folder layout, file names, frontmatter against the schemas, MDX bodies, and
 * references between entries. Never throws: whatever is wrong becomes a problem.
 */
export function checkContent(root: string, contentDir = 'content', options: CheckOptions = {}): ContentReport {
	const components = options.components ?? contentComponents;
	const base = resolve(root, contentDir);
	// Problems name files the way the writer named the folder, with forward slashes.
	const shown = (isAbsolute(contentDir) ? base : relative(root, base) || '.').split('\\').join('/');
	const problems: Problem[] = [];
	if (!isDirectory(base)) {
		const message = `the content folder ${shown}/ does not exist (or is not a folder), so there is nothing to check`;
		return {
			entries: [],
			checked: 0,
			problems: [
				{
					severity: 'error',
					file: shown,
					field: '',
					message,
					hint: 'Run the check from the project root, or set CONTENT_DIR to the folder that holds the collections.',
				},
			],
		};
	}
	const files = listFiles(base, problems, shown);
	const classified = classifyContentFiles(files, shown);
	problems.push(...classified.problems);
	const entries: CheckedEntry[] = [];
	for (const entryFile of classified.entries) {
		const path = join(base, entryFile.file.slice(shown.length + 1));
		let source: string;
		try {
			source = readFileSync(path, 'utf8');
		} catch (error) {
			problems.push({
				severity: 'error',
				file: entryFile.file,
				field: '',
				message: `the file could not be read (${errorCode(error)})`,
				hint: 'Check that it is a readable file.',
			});
			continue;
		}
		const result = validateEntry(
			entryFile.file,
			source,
			plainSchemas[entryFile.collection],
			jsonSchemas[entryFile.collection],
		);
		problems.push(
			...result.problems,
			...checkBody(entryFile.file, source, components),
			// Checked even when the frontmatter has errors, so a writer sees everything in one run.
			...placeholderWarnings(entryFile.file, source),
		);
		// An entry whose frontmatter cannot be read still exists: references to it are not dangling.
		const checked = result.entry ?? result.raw ?? { data: {}, lineOf: () => undefined };
		entries.push({ ...entryFile, data: checked.data, lineOf: checked.lineOf, valid: Boolean(result.entry) });
	}
	// Image paths come relative to the project root, or absolute when the content folder is.
	const fileExists = (path: string) => isFileWithExactName(resolve(root, path));
	problems.push(...checkIntegrity(entries, { fields, fileExists }));
	problems.push(...checkGlossaryUse(root, entries), ...checkStartHere(root, shown, entries));
	return { entries: entries.filter((e) => e.valid), problems: sortProblems(problems), checked: entries.length };
}

// Paths relative to `base`; a folder that cannot be read becomes a problem instead of a crash.
function listFiles(base: string, problems: Problem[], shown: string): string[] {
	const found: string[] = [];
	const visited = new Set<string>();
	const visit = (dir: string) => {
		let items;
		try {
			// A symbolic link back up the tree would otherwise be followed forever.
			const real = realpathSync(dir);
			if (visited.has(real)) return;
			visited.add(real);
			items = readdirSync(dir, { withFileTypes: true });
		} catch (error) {
			const file = [shown, relative(base, dir).split('\\').join('/')].filter(Boolean).join('/');
			problems.push({
				severity: 'error',
				file,
				field: '',
				message: `the folder could not be read (${errorCode(error)})`,
				hint: 'Check that it is a readable folder.',
			});
			return;
		}
		for (const item of items) {
			const path = join(dir, item.name);
			if (item.isDirectory() || (item.isSymbolicLink() && isDirectory(path))) visit(path);
			else found.push(relative(base, path).split('\\').join('/'));
		}
	};
	visit(base);
	return found;
}

function errorCode(error: unknown): string {
	return (error as { code?: unknown } | null)?.code ? String((error as { code: unknown }).code) : String(error);
}

// Follows symbolic links; a broken or looping link is no folder.
function isDirectory(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

// A case-insensitive disk (macOS) finds ./Ada.svg for ada.svg; the Linux build server would not.
function isFileWithExactName(path: string): boolean {
	try {
		return statSync(path).isFile() && readdirSync(dirname(path)).includes(basename(path));
	} catch {
		return false;
	}
}
