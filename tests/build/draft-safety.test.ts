import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, disposeBuilds } from '../utils/build.ts';
import { FIXED_NOW, minimalFixture } from '../utils/paths.ts';
import { fixtureEntries } from '../utils/site-map.ts';

const drafts = fixtureEntries(minimalFixture).filter((e) => e.draft);

afterAll(disposeBuilds);

// `astro build` is the production build whatever the shell says: CI runners often export
// NODE_ENV=test or NODE_ENV=development, and drafts must still stay out.
describe.each(['test', 'development'])('a production build with NODE_ENV=%s', (nodeEnv) => {
	it('publishes no draft', async () => {
		const site = await buildSite(minimalFixture, FIXED_NOW, { NODE_ENV: nodeEnv });
		expect(drafts.length).toBeGreaterThan(0);
		expect(drafts.filter((e) => site.has(e.url)).map((e) => e.url)).toEqual([]);
		const leaks = site.files().filter((file) => drafts.some((d) => site.read(`/${file}`).includes(d.id)));
		expect(leaks).toEqual([]);
	});
});
