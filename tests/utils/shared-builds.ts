import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_BUILDS_ENV } from './build.ts';

/**
 * Vitest globalSetup: one folder for the builds of this test run, shared by every test file and
 * worker through the environment (`buildSite` in build.ts), deleted when the run ends. Vitest
 * runs the setup once for the root and once per project; the first call makes the folder, and
 * a folder set from outside (to keep builds between runs) is used and left alone.
 */
export default function setup(): (() => void) | undefined {
	if (process.env[SHARED_BUILDS_ENV]) return undefined;
	const dir = mkdtempSync(join(tmpdir(), 'kb-shared-builds-'));
	process.env[SHARED_BUILDS_ENV] = dir;
	return () => {
		rmSync(dir, { recursive: true, force: true });
		delete process.env[SHARED_BUILDS_ENV];
	};
}
