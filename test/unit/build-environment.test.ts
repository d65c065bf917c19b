import { describe, expect, it } from 'vitest';
import { applyBuildEnvironment } from '../../scripts/lib/build-environment.mjs';

describe('applyBuildEnvironment', () => {
	it('has the bundler return freed memory at once', () => {
		expect(applyBuildEnvironment({}).MIMALLOC_PURGE_DELAY).toBe('0');
	});

	it('keeps a value the user set', () => {
		expect(applyBuildEnvironment({ MIMALLOC_PURGE_DELAY: '50' }).MIMALLOC_PURGE_DELAY).toBe('50');
	});
});
