import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { withChildEnvironment } from '../../src/lib/child-environment';

const names = ['ATLAS_TEST_THREADS', 'ATLAS_TEST_OTHER'];
afterEach(() => names.forEach((name) => delete process.env[name]));

/** What a child process spawned now sees for one variable. */
const childSees = (name: string) =>
	spawnSync(process.execPath, ['-e', `process.stdout.write(process.env.${name} ?? '(unset)')`], {
		encoding: 'utf8',
	}).stdout;

describe('withChildEnvironment', () => {
	it('gives a child spawned inside it the variables, and takes them away afterwards', () => {
		const seen = withChildEnvironment({ ATLAS_TEST_THREADS: '1' }, () => childSees('ATLAS_TEST_THREADS'));
		expect(seen).toBe('1');
		expect(process.env['ATLAS_TEST_THREADS']).toBeUndefined();
		expect(childSees('ATLAS_TEST_THREADS')).toBe('(unset)');
	});

	it('leaves a variable the user set alone', () => {
		process.env['ATLAS_TEST_THREADS'] = '4';
		const seen = withChildEnvironment({ ATLAS_TEST_THREADS: '1' }, () => childSees('ATLAS_TEST_THREADS'));
		expect(seen).toBe('4');
		expect(process.env['ATLAS_TEST_THREADS']).toBe('4');
	});

	it('restores the environment when the start fails, and returns what it returns', () => {
		expect(() =>
			withChildEnvironment({ ATLAS_TEST_OTHER: 'x' }, () => {
				throw new Error('could not spawn');
			}),
		).toThrow('could not spawn');
		expect(process.env['ATLAS_TEST_OTHER']).toBeUndefined();
		expect(withChildEnvironment({ ATLAS_TEST_OTHER: 'x' }, () => 42)).toBe(42);
	});
});
