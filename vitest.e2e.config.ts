import { defineConfig } from 'vitest/config';

/**
 * Tests on the built site: build-level tests read dist/, end-to-end tests drive headless
 * Chromium against `astro preview`. One build, one server, shared by all files.
 */
export default defineConfig({
	test: {
		include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['test/support/build-and-serve.ts'],
		// Two cores: one browser at a time keeps timings stable.
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 180_000,
	},
});
