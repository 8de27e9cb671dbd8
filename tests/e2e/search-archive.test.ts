import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXED_NOW, minimalFixture, sampleContent } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';

// The current and archive index (src/search/archive.ts) on the sample content built at FIXED_NOW
// (2027-01-15 12:00 UTC), in real Chromium: the search page merges the archive only when asked.
const served = useServedSite(sampleContent, FIXED_NOW);
// The minimal fixture built before anything in it ended: no archive at all.
const noArchive = useServedSite(minimalFixture, '2026-06-01T12:00:00Z');

/** Ended 2026-02-05: in the archive. */
const PAST = 'Palliativ plan for hjemmeboende';
/** Ends 2027-01-26 12:00 (Oslo), 11 days after the build: current, with an `ends` value. */
const ENDING = 'Veiledning av studenter i praksis';

const settled = (page: Page) => page.waitForSelector('.search__results[aria-busy="false"]');
const titles = (page: Page) => page.locator('.search-result__title').allInnerTexts();
const archiveBox = (page: Page) => page.locator('#search-archive');

/** Opens `path` with the page's clock at `clock` (the reader's today), and waits for its search. */
async function open(path: string, clock = FIXED_NOW): Promise<Page> {
	const page = await (await served.browser.newContext()).newPage();
	await page.clock.setFixedTime(new Date(clock));
	await page.goto(`${served.server.url}${path}`);
	await settled(page);
	return page;
}

/** Waits until the shown results are those of the URL's state, then gives their titles. */
async function resultsOf(page: Page, archive: boolean): Promise<string[]> {
	await expect.poll(() => page.url().includes('archive=1')).toBe(archive);
	await settled(page);
	return titles(page);
}

describe('the archive on the search page', () => {
	it('writes two bundles: the current one with Pagefind’s scripts, the archive without', () => {
		const files = served.site.files();
		expect(files).toContain('pagefind/pagefind.js');
		expect(files.some((f) => /^pagefind-archive\/pagefind\.no_\w+\.pf_meta$/.test(f))).toBe(true);
		expect(files.filter((f) => f.startsWith('pagefind-archive/') && /\.js$|wasm/.test(f))).toEqual([]);
	});

	it('finds a past course only with «Søk også i arkivet», and the URL keeps the choice', async () => {
		const page = await open('/sok/?q=palliativ');
		const current = await titles(page);
		expect(current.length).toBeGreaterThan(0);
		expect(current).not.toContain(PAST);
		expect(await page.locator('label[for="search-archive"]').innerText()).toBe('Søk også i arkivet');
		expect(await archiveBox(page).getAttribute('aria-describedby')).toBe('search-archive-hint');

		await archiveBox(page).check();
		expect(await resultsOf(page, true)).toContain(PAST);
		expect(page.url()).toBe(`${served.server.url}/sok/?q=palliativ&archive=1`);

		await page.reload();
		await settled(page);
		expect(await archiveBox(page).isChecked()).toBe(true);
		expect(await titles(page)).toContain(PAST);

		await page.goBack();
		expect(await resultsOf(page, false)).not.toContain(PAST);
		expect(await archiveBox(page).isChecked()).toBe(false);
		await page.goForward();
		expect(await resultsOf(page, true)).toContain(PAST);
		expect(await archiveBox(page).isChecked()).toBe(true);

		// Off again: the archive's results are gone, not just hidden behind the merged index.
		await archiveBox(page).uncheck();
		expect(await resultsOf(page, false)).toEqual(current);
	});

	it('keeps the archive choice across a filter change', async () => {
		const page = await open('/sok/?q=palliativ&archive=1');
		expect(await titles(page)).toContain(PAST);
		await page.locator('input[name="type"][value="Kurs"]').check();
		await expect.poll(() => page.url()).toContain('type=Kurs');
		expect(page.url()).toContain('archive=1');
		await settled(page);
		expect(await titles(page)).toContain(PAST);
	});

	it('agrees with the past-items script for a build 12 days old: what ended since is in no search without the archive', async () => {
		const fresh = await open('/sok/?q=veiledning+studenter');
		expect(await titles(fresh)).toContain(ENDING);
		// The reader's today is 2027-01-27: the course ended yesterday, after the build.
		const later = await open('/sok/?q=veiledning+studenter', '2027-01-27T09:00:00Z');
		expect(await titles(later)).not.toContain(ENDING);
		const archived = await open('/sok/?q=veiledning+studenter&archive=1', '2027-01-27T09:00:00Z');
		expect(await titles(archived)).toContain(ENDING);
		// Pages without an `ends` value stay in (Pagefind 1.5.2's `none` keeps pages that lack the key):
		// a broader query loses exactly the one page that ended.
		const count = async (page: Page) => Number(/^(\d+) treff/.exec(await page.locator('[data-status]').innerText())?.[1]);
		const broad = await open('/sok/?q=veiledning');
		const broadLater = await open('/sok/?q=veiledning', '2027-01-27T09:00:00Z');
		expect(await titles(broad)).toContain(ENDING);
		expect(await count(broad)).toBeGreaterThan(2);
		expect(await count(broadLater)).toBe((await count(broad)) - 1);
		expect(await titles(broadLater)).not.toContain(ENDING);
		// An hour before its end (11:00 UTC = 12:00 in Oslo) it is still current, as on the list pages.
		const before = await open('/sok/?q=veiledning+studenter', '2027-01-26T10:59:00Z');
		expect(await titles(before)).toContain(ENDING);
		const after = await open('/sok/?q=veiledning+studenter', '2027-01-26T11:00:00Z');
		expect(await titles(after)).not.toContain(ENDING);
	});
});

describe('a build with nothing in the archive', () => {
	it('writes no archive bundle, offers no archive, and searches as usual with `archive=1` in the URL', async () => {
		expect(noArchive.site.files().filter((f) => f.startsWith('pagefind-archive/'))).toEqual([]);
		const page = await (await noArchive.browser.newContext()).newPage();
		const failed: string[] = [];
		page.on('requestfailed', (request) => failed.push(request.url()));
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(response.url());
		});
		await page.goto(`${noArchive.server.url}/sok/?q=demens&archive=1`);
		await settled(page);
		expect(await page.locator('#search-archive').count()).toBe(0);
		expect(await page.locator('[data-search-error]').isHidden()).toBe(true);
		expect((await titles(page)).length).toBeGreaterThan(0);
		expect(page.url()).toContain('archive=1');
		expect(failed).toEqual([]);
	});
});
