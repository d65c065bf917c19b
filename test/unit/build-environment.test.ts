import { describe, expect, it } from 'vitest';
import { applyBuildEnvironment } from '../../scripts/lib/build-environment.mjs';

describe('applyBuildEnvironment', () => {
	it('has the bundler return freed memory at once and commit memory only as it uses it', () => {
		const env = applyBuildEnvironment({});
		expect(env.MIMALLOC_PURGE_DELAY).toBe('0');
		expect(env.MIMALLOC_ARENA_EAGER_COMMIT).toBe('0');
	});

	it('keeps a value the user set', () => {
		expect(applyBuildEnvironment({ MIMALLOC_PURGE_DELAY: '50' }).MIMALLOC_PURGE_DELAY).toBe('50');
		expect(applyBuildEnvironment({ MIMALLOC_ARENA_EAGER_COMMIT: '1' }).MIMALLOC_ARENA_EAGER_COMMIT).toBe('1');
	});
});
