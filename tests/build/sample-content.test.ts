import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { elements, textOf } from '../utils/html.ts';
import { internalLinks } from '../utils/page-checks.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';
import { fixtureEntries } from '../utils/site-map.ts';

const entries = fixtureEntries(sampleContent);

let site: BuiltSite;
beforeAll(async () => {
	site = await buildSite(sampleContent, FIXED_NOW);
});
afterAll(disposeBuilds);

describe('the sample content in content/', () => {
	it('builds, with a home page', () => {
		expect(site.has('/')).toBe(true);
		expect(site.has('/404.html')).toBe(true);
	});

	it('has a page for every published entry, titled with its title', () => {
		const wrong = entries
			.filter((e) => !e.draft)
			.filter((e) => !site.has(e.url) || textOf(elements(site.read(e.url), 'h1')[0]?.inner ?? '') !== e.title)
			.map((e) => e.url);
		expect(entries.length).toBeGreaterThan(50);
		expect(wrong).toEqual([]);
	});

	it('publishes no draft', () => {
		const drafts = entries.filter((e) => e.draft);
		expect(drafts.length).toBeGreaterThan(0);
		expect(drafts.filter((e) => site.has(e.url)).map((e) => e.url)).toEqual([]);
		const leaks = site.files().filter((file) => drafts.some((d) => site.read(`/${file}`).includes(d.title)));
		expect(leaks).toEqual([]);
	});

	it('has no broken internal links', () => {
		expect(internalLinks(site).filter(({ href }) => !site.has(href))).toEqual([]);
	});
});
