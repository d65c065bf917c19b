import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastCommitDates, parseGitLog, runGit, type GitRunner } from '../../src/lib/git-history';
import { repositoryFileUrl, repositoryLinks } from '../../src/lib/repository-links';

const temp = mkdtempSync(join(tmpdir(), 'atlas-git-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// A repository of its own, isolated from the user's git configuration and from any repository above it.
const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: temp };
function git(cwd: string, args: string[], date?: string) {
	const result = spawnSync('git', args, {
		cwd,
		encoding: 'utf8',
		env: { ...env, ...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}) },
	});
	if (result.status !== 0) throw new Error(result.stderr);
	return result.stdout;
}
function write(root: string, path: string, text = 'x') {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
}

describe('parseGitLog', () => {
	it('takes the first (newest) date seen for each file', () => {
		const log =
			'\u001e2026-05-02T10:00:00+00:00\n\ncontent/a.mdx\n\u001e2026-01-01T09:00:00+00:00\n\ncontent/a.mdx\ncontent/b.mdx\n';
		expect([...parseGitLog(log)]).toEqual([
			['content/a.mdx', '2026-05-02T10:00:00+00:00'],
			['content/b.mdx', '2026-01-01T09:00:00+00:00'],
		]);
	});
	it('is empty for empty output', () => expect(parseGitLog('').size).toBe(0));
});

describe('lastCommitDates', () => {
	it('reads the last commit date of every content file with one git log, paths relative to the project', () => {
		const repo = join(temp, 'repo');
		const project = join(repo, 'site');
		mkdirSync(project, { recursive: true });
		git(repo, ['init', '-q', '-b', 'main']);
		git(repo, ['config', 'user.name', 'Test']);
		git(repo, ['config', 'user.email', 'test@example.com']);
		write(project, 'content/personas/ada.mdx', 'one');
		write(project, 'content/personas/zoë.mdx', 'one');
		write(project, 'README.md');
		git(repo, ['add', '.']);
		git(repo, ['commit', '-q', '-m', 'first'], '2026-01-15T12:00:00Z');
		write(project, 'content/personas/ada.mdx', 'two');
		git(repo, ['commit', '-q', '-am', 'second'], '2026-03-01T08:30:00Z');
		write(project, 'content/segments/new.mdx'); // not committed: no date

		const calls: string[][] = [];
		const counting: GitRunner = (args, cwd) => (calls.push([...args]), runGit(args, cwd));
		const dates = lastCommitDates(project, ['content'], counting);
		expect(Object.fromEntries(dates)).toEqual({
			'content/personas/ada.mdx': '2026-03-01T08:30:00+00:00',
			'content/personas/zoë.mdx': '2026-01-15T12:00:00+00:00',
		});
		expect(calls.filter((args) => args.includes('log'))).toHaveLength(1);
	});

	it('is empty outside a repository, as in an unpacked tarball', () => {
		const plain = join(temp, 'tarball');
		write(plain, 'content/personas/ada.mdx');
		expect(lastCommitDates(plain, ['content'], (args, cwd) => runGitIsolated(args, cwd)).size).toBe(0);
	});

	it('is empty when git is not installed', () => {
		const noGit: GitRunner = (args, cwd) => {
			const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { PATH: '/nonexistent' } });
			expect(result.error).toBeDefined(); // ENOENT: there really is no git on this PATH
			return result.status === 0 ? result.stdout : undefined;
		};
		expect(lastCommitDates(temp, ['content'], noGit).size).toBe(0);
	});

	it('is empty in a shallow clone, whose oldest commit would claim every older file', () => {
		const runner: GitRunner = (args) =>
			args.includes('--is-shallow-repository')
				? 'true\n'
				: args.includes('--is-inside-work-tree')
					? 'true\n'
					: 'unexpected';
		expect(lastCommitDates(temp, ['content'], runner).size).toBe(0);
	});
});

function runGitIsolated(args: readonly string[], cwd: string): string | undefined {
	const result = spawnSync('git', args, { cwd, encoding: 'utf8', env });
	return result.status === 0 ? result.stdout : undefined;
}

describe('repositoryLinks', () => {
	it('builds edit and history links on GitHub, encoding the path', () => {
		expect(repositoryLinks('https://github.com/acme/atlas/', 'main', 'content/personas/ada lopez.mdx')).toEqual({
			edit: 'https://github.com/acme/atlas/edit/main/content/personas/ada%20lopez.mdx',
			history: 'https://github.com/acme/atlas/commits/main/content/personas/ada%20lopez.mdx',
		});
	});

	it('links folders as trees and files as blobs', () => {
		expect(repositoryFileUrl('https://github.com/acme/atlas', 'main', 'content/personas/')).toBe(
			'https://github.com/acme/atlas/tree/main/content/personas/',
		);
		expect(repositoryFileUrl('https://github.com/acme/atlas', 'main', 'CONTRIBUTING.md')).toBe(
			'https://github.com/acme/atlas/blob/main/CONTRIBUTING.md',
		);
	});
});
