import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic in src/lib and src/schemas, and the content check on fixture folders. */
export default defineConfig({
	test: {
		include: ['test/unit/**/*.test.ts'],
		environment: 'node',
	},
});
