import { defineConfig } from 'vitest/config';
import { BUILD_HOOK_TIMEOUT, E2E_TEST_TIMEOUT, UI_WAIT } from './tests/utils/waits.ts';

// Unit tests run in milliseconds; build tests spawn `astro build` (a few seconds each, more
// when two cores are shared), so they get generous timeouts. Waits in the browser tests end on what
// they wait for; the ceilings are in tests/utils/waits.ts. The builds of a run are shared by all
// its test files (tests/utils/shared-builds.ts).
export default defineConfig({
	test: {
		globalSetup: ['tests/utils/shared-builds.ts'],
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 10_000 } },
			{
				extends: true,
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: BUILD_HOOK_TIMEOUT },
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: E2E_TEST_TIMEOUT,
					hookTimeout: BUILD_HOOK_TIMEOUT,
					expect: { poll: { timeout: UI_WAIT } },
				},
			},
		],
	},
});
