/**
 * `npm run codeowners`: writes .github/CODEOWNERS so each entry's owner is asked to review
 * changes to it. `npm run codeowners -- --check` only compares, and fails when the file is stale
 * (CI runs that, so an owner change without a regenerated file cannot be merged).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkContent } from '../src/lib/check-content';
import { ownedFiles, renderCodeowners } from '../src/lib/codeowners';

const root = process.cwd();
const contentDir = process.env['CONTENT_DIR'] ?? 'content';
const target = process.env['CODEOWNERS_PATH'] ?? '.github/CODEOWNERS';
const checkOnly = process.argv.includes('--check');

const { entries, problems } = checkContent(root, contentDir);
const errors = problems.filter((p) => p.severity === 'error');
if (errors.length > 0) {
	console.error(
		`The content has ${errors.length} error${errors.length === 1 ? '' : 's'}; fix them first (npm run check lists them).`,
	);
	process.exit(1);
}

const text = renderCodeowners(ownedFiles(entries), {
	prefix: gitPrefix(),
	notes: [
		`Glossary terms (${contentDir}/glossary/) have no owner field; changes to them follow the repository's usual review.`,
	],
});
const path = join(root, target);
const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;

if (checkOnly) {
	if (current === text) console.log(`${target} is up to date.`);
	else {
		console.error(
			`${target} is out of date with the owners in ${contentDir}/. Run \`npm run codeowners\` and commit the result.`,
		);
		process.exitCode = 1;
	}
} else {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	const routed = text.split('\n').filter((line) => line && !line.startsWith('#')).length;
	const unrouted = text.split('\n').filter((line) => line.includes(': no review routing')).length;
	console.log(
		`Wrote ${target}: ${routed} file${routed === 1 ? '' : 's'} routed to an owner${unrouted ? `, ${unrouted} entr${unrouted === 1 ? 'y' : 'ies'} without a GitHub handle (listed as comments)` : ''}.`,
	);
}

// The project may live in a sub-folder of its repository; CODEOWNERS patterns start at the repository root.
function gitPrefix(): string {
	const result = spawnSync('git', ['rev-parse', '--show-prefix'], { cwd: root, encoding: 'utf8' });
	return result.status === 0 ? result.stdout.trim() : '';
}
