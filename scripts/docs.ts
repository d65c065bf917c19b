/**
 * `npm run docs`: writes CONTRIBUTING.md and the JSON Schema of each kind's frontmatter
 * (public/schemas/<kind>.schema.json) from the zod schemas. `--check` only compares, and fails
 * when a file is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedDocs } from '../src/lib/generated-docs';

const root = process.cwd();
const checkOnly = process.argv.includes('--check');
const stale: string[] = [];

for (const { path, text } of generatedDocs()) {
	const target = join(root, path);
	const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
	if (current === text) continue;
	stale.push(path);
	if (!checkOnly) {
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, text);
	}
}

if (checkOnly && stale.length > 0) {
	console.error(`Out of date: ${stale.join(', ')}. Run \`npm run docs\` and commit the result.`);
	process.exitCode = 1;
} else if (checkOnly) console.log('CONTRIBUTING.md and the JSON Schemas are up to date.');
else
	console.log(
		stale.length ? `Wrote ${stale.join(', ')}.` : 'Nothing to do: CONTRIBUTING.md and the JSON Schemas are up to date.',
	);
