import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, BuiltSite, disposeBuilds, runLockedAstroBuild } from '../utils/build.ts';
import { FIXED_NOW, minimalFixture, projectRoot } from '../utils/paths.ts';

// `astro build --outDir <folder outside the project>`. Astro renders the pages from chunks it
// writes to `.prerender/`: into the output folder when that folder's path starts with the
// working directory's, otherwise into the project's `.astro/`. The test builds started from the
// project (utils/build.ts) never hit the first case with an output folder in the OS temp dir, so
// this build starts from the output folder's parent (as a deploy script run elsewhere would,
// with `--root`; `npm run build -- --outDir ../site-dist` is the same case). Without the bundled
// prerender chunks (astro.config.mjs) it fails: "Cannot find package '@oslojs/encoding' imported
// from …/.prerender/chunks/…".
const parent = mkdtempSync(join(tmpdir(), 'kb-outside-'));
afterAll(async () => {
	rmSync(parent, { recursive: true, force: true });
	await disposeBuilds();
});

describe('a build into a folder outside the project', () => {
	it('builds the minimal fixture, with the same pages as a build started from the project', async () => {
		const outDir = join(parent, 'dist');
		expect(relative(projectRoot, outDir).startsWith('..')).toBe(true);
		const run = await runLockedAstroBuild({ contentDir: minimalFixture, now: FIXED_NOW, outDir, cwd: parent });
		expect(run.code, run.output).toBe(0);
		expect(run.output).not.toMatch(/Cannot find package/);
		expect(existsSync(join(outDir, '.prerender'))).toBe(false);

		const outside = new BuiltSite(outDir, run.output);
		const inside = await buildSite(minimalFixture, FIXED_NOW);
		expect(outside.pages()).toEqual(inside.pages());
		expect(outside.pages().length).toBeGreaterThan(20);
		for (const page of inside.pages()) expect(readFileSync(outside.fileOf(page), 'utf8'), page).toBe(inside.read(page));
	});
});
