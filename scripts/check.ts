/**
 * `npm run check`: validates all content without building the site and prints every problem
 * as `file:line field: what is wrong — hint`. Exits 1 when there is any error.
 */
import { checkContent } from '../src/lib/check-content';
import { freshnessWarnings } from '../src/lib/check-freshness';
import { today } from '../src/lib/clock';
import { formatAnnotation, formatProblem, sortProblems } from '../src/lib/problems';
import { siteConfig } from '../src/site.config';

const contentDir = process.env['CONTENT_DIR'] ?? 'content';
const report = checkContent(process.cwd(), contentDir);
const { entries } = report;
// Entries due for review (ATLAS_TODAY pins the day) are warnings: they never fail the check.
const problems = sortProblems([
	...report.problems,
	...freshnessWarnings(entries, { today: today(), defaultMonths: siteConfig.reviewEveryMonths }),
]);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;

for (const problem of problems) console.log(formatProblem(problem));
if (process.env['GITHUB_ACTIONS'] === 'true') for (const problem of problems) console.log(formatAnnotation(problem));

// performance.now() counts from process start, so the figure includes loading the schemas and compilers.
const seconds = (performance.now() / 1000).toFixed(2);
const summary = `${report.checked} entries checked in ${seconds} s: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`;
console.log(problems.length ? `\n${summary}` : summary);
process.exitCode = errors > 0 ? 1 : 0;
