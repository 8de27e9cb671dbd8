/**
 * Ceilings for waits in the browser tests. Every wait ends on what it waits for (a DOM state, a
 * URL, a response); these only bound how long a slow, shared machine may take before that counts
 * as a failure, so they are generous rather than a guess of the machine's speed.
 */

/** A page reacting to one action (an `expect.poll`, a Playwright wait): Vitest's poll default is 1 s. */
export const UI_WAIT = 30_000;
/** One browser test, from opening its pages to its last assertion. */
export const E2E_TEST_TIMEOUT = 120_000;
/**
 * A test file's `beforeAll`: its builds, which wait for the machine-wide build lock
 * (`withLock`'s own limit, 600 s) while other files build.
 */
export const BUILD_HOOK_TIMEOUT = 600_000;
