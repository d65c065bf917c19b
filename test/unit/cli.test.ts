import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { projectRoot, runScript } from '../support/cli';

/**
 * The command-line tools as writers run them (`npm run new`, `npm run check`, `npm run
 * codeowners`, `npm run docs`), each in a scratch copy of a content folder.
 */
// Each run starts a TypeScript process (about a second); five in a row need more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });
const temp = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const owners = join(projectRoot, 'test/fixtures/owners/content');
// No git identity leaks into the scaffold from the machine running the tests.
const noGit = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: temp };

describe('npm run new', () => {
	const project = join(temp, 'new');
	beforeAll(() => cpSync(join(projectRoot, 'content'), join(project, 'content'), { recursive: true }));

	it('creates an entry of each kind that passes `npm run check` unchanged', () => {
		for (const [kind, folder] of [
			['persona', 'personas'],
			['segment', 'segments'],
			['journey', 'journeys'],
			['term', 'glossary'],
		] as const) {
			const result = runScript('new', [kind, 'Zoë Ça Va'], { cwd: project, env: noGit });
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			expect(result.lines[0]).toBe(`Created content/${folder}/zoe-ca-va.mdx (${kind} "Zoë Ça Va", id zoe-ca-va).`);
			expect(result.stdout).toContain('Next steps:');
			expect(result.stdout).toContain('npm run check');
			if (kind === 'persona' || kind === 'segment')
				expect(readFileSync(join(project, `content/${folder}/zoe-ca-va.mdx`), 'utf8')).toContain(
					'name: "TODO: your name or team"',
				);
		}
		const check = runScript('check', [], { cwd: project });
		expect(check.stdout).toMatch(/ 0 errors, \d+ warnings\.$/m);
		expect(check.status).toBe(0);
		// The TODOs are warnings that point at the new files.
		expect(check.lines).toContain(
			'content/personas/zoe-ca-va.mdx:8 role: still holds the placeholder "TODO: role" — Write the real value, or remove the field if it is optional.',
		);
	});

	it('refuses to overwrite an existing entry, whatever its extension', () => {
		const file = join(project, 'content/personas/zoe-ca-va.mdx');
		writeFileSync(file, 'mine');
		const again = runScript('new', ['persona', 'ZOË ça va'], { cwd: project, env: noGit });
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('content/personas/zoe-ca-va.mdx already exists; nothing was written.');
		expect(readFileSync(file, 'utf8')).toBe('mine');
	});

	it('rejects an unknown kind, listing the valid ones, and explains usage without a name', () => {
		const wrong = runScript('new', ['persnoa', 'Ada'], { cwd: project });
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toContain(
			'unknown kind "persnoa". Did you mean "persona"? The kinds are: persona, segment, journey, term.',
		);
		expect(wrong.stderr).toContain('Usage: npm run new -- <persona|segment|journey|term> "<Name>"');
		const noName = runScript('new', ['segment'], { cwd: project });
		expect(noName.status).toBe(1);
		expect(noName.stderr).toContain('no name given for the new segment.');
		expect(existsSync(join(project, 'content/personas/ada.mdx'))).toBe(false);
	});
});

describe('npm run new next to clashing content', () => {
	it('reports what the new entry clashes with, such as a term already used as an alias', () => {
		const project = join(temp, 'clash');
		cpSync(owners, join(project, 'content'), { recursive: true });
		const churn = join(project, 'content/glossary/churn.mdx');
		writeFileSync(
			churn,
			readFileSync(churn, 'utf8').replace('category: data', 'category: data\naliases:\n  - Attrition'),
		);
		const result = runScript('new', ['term', 'Attrition'], { cwd: project, env: noGit });
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('The new entry clashes with existing content; sort this out first:');
		expect(result.stdout).toMatch(
			/content\/glossary\/churn\.mdx:\d+ aliases\[0\]: "Attrition" is already the .* of the term "attrition"/,
		);
	});
});

describe('npm run check on broken files', () => {
	const project = join(temp, 'broken');
	beforeAll(() => {
		cpSync(owners, join(project, 'content'), { recursive: true });
		const file = (path: string, lines: string[]) =>
			writeFileSync(join(project, 'content', path), `${lines.join('\n')}\n`);
		file('personas/bad-yaml.mdx', ['---', 'role: [unclosed', 'summary: A persona whose YAML does not parse.', '---']);
		file('personas/faults.mdx', [
			'---',
			'role: Buyer',
			'summary: One of each fault.',
			'personaType: buyr',
			'market: b2c',
			'golas:',
			'  - Save money',
			'segments:',
			'  - small-frims',
			'owner:',
			'  name: Jo',
			'status: active',
			'lastReviewed: 2026-13-45',
			'evidence:',
			'  confidence: high',
			'  sources:',
			'    - title: Interviews',
			'      kind: interview',
			'      url: not a web address',
			'---',
		]);
		file('personas/empty-role.mdx', [
			'---',
			'role: ""',
			'summary: Its role is empty.',
			'personaType: user',
			'market: b2c',
			'owner:',
			'  name: Jo',
			'status: active',
			'lastReviewed: 2026-01-01',
			'---',
		]);
		file('personas/ada-lopez.md', ['---', 'role: Copy', '---']);
		mkdirSync(join(project, 'content/segments'), { recursive: true });
		file('segments/wrong-type.mdx', [
			'---',
			'name: Wrong type',
			'summary: targetMarket is text.',
			'market: b2b',
			'criteria:',
			'  demographic:',
			'    - Anyone',
			'priority: primary',
			'targetMarket: "sometimes"',
			'owner:',
			'  name: Jo',
			'status: active',
			'lastReviewed: 2026-01-01',
			'---',
		]);
	});

	it('prints every problem as file:line field: message — hint and exits 1', () => {
		const { status, lines } = runScript('check', [], { cwd: project, env: { ATLAS_TODAY: '2026-04-01' } });
		expect(status).toBe(1);
		const expected: [string, RegExp][] = [
			['bad YAML', /^content\/personas\/bad-yaml\.mdx:\d+: the frontmatter is not valid YAML/],
			[
				'misspelled enum',
				/^content\/personas\/faults\.mdx:4 personaType: "buyr" is not allowed.* — Did you mean "buyer"\?/,
			],
			['unknown key', /^content\/personas\/faults\.mdx:6 golas: unknown field "golas" — Did you mean "goals"\?/],
			[
				'dangling reference',
				/^content\/personas\/faults\.mdx:9 segments\[0\]: no segment has the id "small-frims" — Did you mean "small-firms"\?/,
			],
			['bad date', /^content\/personas\/faults\.mdx:13 lastReviewed: .*"2026-13-45"/],
			['bad URL', /^content\/personas\/faults\.mdx:19 evidence\.sources\[0\]\.url: .*web address.*"not a web address"/],
			['empty required field', /^content\/personas\/empty-role\.mdx:2 role: must not be empty/],
			[
				'duplicate id',
				/^content\/personas\/ada-lopez\.mdx: duplicate id "ada-lopez": content\/personas\/ada-lopez\.md has the same id/,
			],
			['wrong type', /^content\/segments\/wrong-type\.mdx:9 targetMarket: expected true or false, found "sometimes"/],
			[
				'due for review (a warning)',
				/^content\/personas\/ada-lopez\.mdx:16 lastReviewed: due for review since 2026-02-28 \(1 month overdue/,
			],
		];
		for (const [fault, pattern] of expected)
			expect(
				lines.some((line: string) => pattern.test(line)),
				`${fault}: ${pattern}`,
			).toBe(true);
		expect(lines.at(-1)).toMatch(/^10 entries checked in \d+\.\d\d s: \d+ errors, 1 warning\.$/);
	});

	it('adds GitHub annotations, errors and warnings, when GITHUB_ACTIONS=true', () => {
		const { status, lines } = runScript('check', [], {
			cwd: project,
			env: { ATLAS_TODAY: '2026-04-01', GITHUB_ACTIONS: 'true' },
		});
		expect(status).toBe(1);
		expect(lines).toContain(
			'::error file=content/personas/faults.mdx,line=9,title=segments[0]::no segment has the id "small-frims" — Did you mean "small-firms"?',
		);
		expect(
			lines.some((l: string) =>
				l.startsWith(
					'::warning file=content/personas/ada-lopez.mdx,line=16,title=lastReviewed::due for review since 2026-02-28',
				),
			),
		).toBe(true);
		expect(
			lines.some((l: string) => l.startsWith('::error file=content/personas/ada-lopez.md,title=content::duplicate id')),
		).toBe(true);
		// Plain lines are still printed for people reading the log.
		expect(lines.some((l: string) => l.startsWith('content/personas/faults.mdx:9 segments[0]:'))).toBe(true);
	});

	it('passes with warnings only: a due entry never fails the check', () => {
		const clean = join(temp, 'owners-only');
		cpSync(owners, join(clean, 'content'), { recursive: true });
		const { status, lines } = runScript('check', [], { cwd: clean, env: { ATLAS_TODAY: '2027-01-01' } });
		// Ada (monthly) and the CFO (yearly) are due; the deprecated Ada of 2024 never is.
		expect(lines.filter((l: string) => l.includes('due for review')).map((l: string) => l.split(':')[0])).toEqual([
			'content/personas/ada-lopez.mdx',
			'content/personas/the-cfo.mdx',
		]);
		expect(status).toBe(0);
	});
});

describe('npm run codeowners', () => {
	it('writes CODEOWNERS from a fixture and checks it is up to date', () => {
		const project = join(temp, 'codeowners');
		cpSync(owners, join(project, 'content'), { recursive: true });
		const write = runScript('codeowners', [], { cwd: project, env: noGit });
		expect(write.status).toBe(0);
		expect(write.stdout).toContain(
			'Wrote .github/CODEOWNERS: 4 files routed to an owner, 2 entries without a GitHub handle',
		);
		const text = readFileSync(join(project, '.github/CODEOWNERS'), 'utf8');
		expect(text).toContain('/content/segments/small-firms.mdx @acme/research\n');
		expect(runScript('codeowners', ['--check'], { cwd: project, env: noGit }).status).toBe(0);
		writeFileSync(join(project, '.github/CODEOWNERS'), text.replace('@acme/research', '@someone-else'));
		const stale = runScript('codeowners', ['--check'], { cwd: project, env: noGit });
		expect(stale.status).toBe(1);
		expect(stale.stderr).toContain('out of date');
	});
});

describe('npm run docs', () => {
	it('finds CONTRIBUTING.md and the JSON Schemas up to date', () => {
		const result = runScript('docs', ['--check'], { cwd: projectRoot });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});
});

describe('npm run build', () => {
	// scripts/build.mjs is plain JavaScript: Node runs it as npm does, without tsx.
	const build = (args: readonly string[], env: Record<string, string> = {}) =>
		spawnSync(process.execPath, [join(projectRoot, 'scripts/build.mjs'), ...args], {
			cwd: projectRoot,
			encoding: 'utf8',
			env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ASTRO_TELEMETRY_DISABLED: '1', ...env },
		});

	it('runs astro build with the arguments given', () => {
		const result = build(['--help']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('astro build');
	});

	/** A copy of the shipped content whose persona graham-retired-homeowner has `statusLine` instead of its status. */
	const contentWithStatus = (folder: string, statusLine: string) => {
		const content = join(temp, folder);
		cpSync(join(projectRoot, 'content'), content, { recursive: true });
		const file = join(content, 'personas', 'graham-retired-homeowner.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^status: .*$/m, statusLine));
		return content;
	};

	it('fails with Astro’s exit code, naming the file and field, when the content is broken', () => {
		const result = build([], { CONTENT_DIR: contentWithStatus('build-broken', 'status: nonsense') });
		expect(result.status).toBe(1);
		expect(result.stdout + result.stderr).toMatch(
			/graham-retired-homeowner\.mdx:\d+ status: "nonsense" is not allowed/,
		);
		expect(result.stdout + result.stderr).toContain('no pages were built');
	});

	it('reports the check’s message, not the loader’s, when Astro cannot read the frontmatter either', () => {
		const result = build([], { CONTENT_DIR: contentWithStatus('build-bad-yaml', 'status: [active') });
		const output = result.stdout + result.stderr;
		expect(result.status).toBe(1);
		expect(output).toMatch(/graham-retired-homeowner\.mdx:\d+: the frontmatter is not valid YAML/);
		expect(output).toContain('no pages were built');
		expect(output).not.toMatch(/YAMLException|\n\s+at /);
	});
});
