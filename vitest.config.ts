import { defineConfig } from 'vitest/config';

// Unit tests run in milliseconds; build tests spawn `astro build` (a few seconds each, more
// when two cores are shared), so they get generous timeouts.
export default defineConfig({
	test: {
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 10_000 } },
			{
				extends: true,
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 },
			},
			{
				extends: true,
				test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 },
			},
		],
	},
});
