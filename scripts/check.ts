/**
 * `npm run check`: validates all content without building the site and prints every problem
 * as `file:line field: what is wrong — hint`. Exits 1 when there is any error.
 */
import { checkContent } from '../src/lib/check-content';
import { formatAnnotation, formatProblem } from '../src/lib/problems';

const contentDir = process.env['CONTENT_DIR'] ?? 'content';
const started = performance.now();
const { entries, problems } = checkContent(process.cwd(), contentDir);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;

for (const problem of problems) console.log(formatProblem(problem));
if (process.env['GITHUB_ACTIONS'] === 'true') for (const problem of problems) console.log(formatAnnotation(problem));

const seconds = ((performance.now() - started) / 1000).toFixed(2);
const summary = `${entries.length} entries checked in ${seconds} s: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`;
console.log(problems.length ? `\n${summary}` : summary);
process.exitCode = errors > 0 ? 1 : 0;
