/**
 * `npm run new -- <persona|segment|journey|term> "<Name>"`: creates content/<collection>/<id>.mdx
 * from the schema, refusing to overwrite anything, and says what to do next.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { collectionNames, type CollectionName } from '../src/schemas/shared';
import { checkContent, type ContentReport } from '../src/lib/check-content';
import { isoDay, today } from '../src/lib/clock';
import { entryIdFor, entryKinds, parseKind, UsageError } from '../src/lib/entry-kinds';
import { formatProblem } from '../src/lib/problems';
import { scaffoldEntry } from '../src/lib/scaffold';
import { siteConfig } from '../src/site.config';

const usage = `Usage: npm run new -- <${Object.keys(entryKinds).join('|')}> "<Name>"\nExample: npm run new -- persona "Ada Lopez"`;

function main(args: string[]): number {
	if (args.includes('--help') || args.includes('-h')) {
		console.log(usage);
		return 0;
	}
	const [kindArg, ...nameParts] = args;
	const kind = parseKind(kindArg);
	const name = nameParts.join(' ').trim();
	if (!name) throw new UsageError(`no name given for the new ${kind}.`);

	const root = process.cwd();
	const contentDir = process.env['CONTENT_DIR'] ?? 'content';
	const collection = entryKinds[kind];
	const id = entryIdFor(name);
	const clash = existingFile(join(root, contentDir, collection), id);
	if (clash) {
		throw new UsageError(
			`${contentDir}/${collection}/${clash} already exists; nothing was written. Pick another name, or edit that file.`,
		);
	}

	const existing = checkContent(root, contentDir);
	const before = new Set(errorLines(existing));
	const scaffold = scaffoldEntry(kind, name, {
		today: isoDay(today()),
		ownerName: gitUserName(),
		ids: existingIds(existing.entries),
		reviewEveryMonths: siteConfig.reviewEveryMonths,
		contentDir,
	});
	const path = join(root, scaffold.file);
	mkdirSync(dirname(path), { recursive: true });
	// 'wx' fails if the file appeared meanwhile: never overwrite a writer's work.
	writeFileSync(path, scaffold.source, { flag: 'wx' });

	console.log(`Created ${scaffold.file} (${kind} "${name}", id ${scaffold.id}).`);
	for (const note of scaffold.notes) console.log(`Note: ${note}`);
	// The scaffold passes on its own, but may clash with what exists (a term named like another term's alias).
	const clashes = errorLines(checkContent(root, contentDir)).filter((line) => !before.has(line));
	if (clashes.length > 0) {
		console.log(`\nThe new entry clashes with existing content; sort this out first:`);
		for (const line of clashes) console.log(`  ${line}`);
	}
	console.log(`
Next steps:
  1. Open ${scaffold.file}. Replace every "TODO"; remove the "# " in front of the optional fields you need.
  2. Run: npm run check   (lists every mistake with a hint, and any TODO left)
  3. Run: npm run dev     and open /${collection}/${scaffold.id}/ to see the page.
  4. Commit on a new branch and open a pull request; its checklist covers the review.
Every field is explained in CONTRIBUTING.md and on the site at /contributing/.`);
	return 0;
}

// Another file with the same id (even ada-lopez.md) would be a duplicate id.
function existingFile(folder: string, id: string): string | undefined {
	if (!existsSync(folder)) return undefined;
	return readdirSync(folder).find((file: string) => file.replace(/\.[^.]+$/, '') === id);
}

// Ids the new entry may refer to; deprecated entries are left out so the scaffold never points at one.
function existingIds(entries: ContentReport['entries']): Record<CollectionName, string[]> {
	const ids = Object.fromEntries(collectionNames.map((c) => [c, [] as string[]])) as Record<CollectionName, string[]>;
	for (const entry of entries) if (entry.data['status'] !== 'deprecated') ids[entry.collection].push(entry.id);
	for (const list of Object.values(ids)) list.sort();
	return ids;
}

function errorLines(report: ContentReport): string[] {
	return report.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
}

function gitUserName(): string | undefined {
	const result = spawnSync('git', ['config', 'user.name'], { encoding: 'utf8' });
	const name = result.status === 0 ? result.stdout.trim() : '';
	return name || undefined;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	if (!(error instanceof UsageError)) throw error;
	console.error(`npm run new: ${error.message}\n\n${usage}`);
	process.exitCode = 1;
}
