import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { removeContentDir } from '../utils/content-dir.ts';
import { FIXED_NOW } from '../utils/paths.ts';
import { HOSPITAL, makeRegionContentDir, NORDVIK, SOLBERG } from '../utils/region-fixture.ts';
import { useServedSite } from '../utils/served-site.ts';

let contentDir: string;
const served = useServedSite(
	() => (contentDir = makeRegionContentDir()),
	FIXED_NOW,
	() => removeContentDir(contentDir),
);

const context = (javaScriptEnabled = true): Promise<BrowserContext> =>
	served.browser.newContext({ javaScriptEnabled, locale: 'nb-NO', viewport: { width: 1280, height: 900 } });
async function open(ctx: BrowserContext, path: string): Promise<Page> {
	const page = await ctx.newPage();
	await page.clock.setFixedTime(new Date(FIXED_NOW));
	await page.goto(`${served.server.url}${path}`);
	return page;
}
/** Slugs of the course cards the home page shows, in order. */
const homeCourses = (page: Page) =>
	page
		.locator('.home-section')
		.first()
		.locator('.card__title a:visible')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)));
const query = (page: Page) => new URL(page.url()).search;
const stored = (page: Page) => page.evaluate(() => Object.values({ ...localStorage }));

describe('the region picker', () => {
	it('without JavaScript is hidden and every list shows everything', async () => {
		const ctx = await context(false);
		const page = await open(ctx, '/?region=nordvik');
		expect(await page.locator('[data-region-bar]').isVisible()).toBe(false);
		expect(await homeCourses(page)).toEqual([...HOSPITAL, ...NORDVIK, ...SOLBERG.slice(0, 2)]);
		await ctx.close();
	});

	it('narrows the home page to the region and the hospital, keeps it in the URL and across a reload', async () => {
		const ctx = await context();
		const page = await open(ctx, '/');
		const select = page.getByLabel('Region', { exact: true });
		expect(await homeCourses(page)).toEqual([...HOSPITAL, ...NORDVIK, ...SOLBERG.slice(0, 2)]);
		await select.selectOption({ label: 'Solberg' });
		await expect.poll(() => homeCourses(page)).toEqual([...HOSPITAL, ...SOLBERG]);
		expect(query(page)).toBe('?region=solberg');
		expect(await page.getByRole('status').filter({ hasText: 'Viser region' }).innerText()).toBe('Viser region Solberg');
		expect(await stored(page)).toEqual(['solberg']);

		// The URL alone restores it, even with storage cleared.
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await expect.poll(() => homeCourses(page)).toEqual([...HOSPITAL, ...SOLBERG]);
		expect(await select.inputValue()).toBe('solberg');
		await ctx.close();
	});

	it('is remembered: another list page opens filtered, with the region in its URL', async () => {
		const ctx = await context();
		const home = await open(ctx, '/');
		await home.getByLabel('Region', { exact: true }).selectOption({ label: 'Nordvik' });
		const events = await open(ctx, '/arrangementer/');
		await expect.poll(() => query(events)).toBe('?region=nordvik');
		const shown = await events.locator('.card__title a:visible').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(shown).toEqual(['/arrangementer/webinar-legemiddelsamstemming/', '/arrangementer/fagdag-demens-2026/']);
		await ctx.close();
	});

	it('«vis alle» shows everything again and forgets the region', async () => {
		const ctx = await context();
		const page = await open(ctx, '/?region=nordvik');
		await expect.poll(() => homeCourses(page)).toEqual([...HOSPITAL, ...NORDVIK]);
		await page.getByRole('button', { name: 'vis alle' }).click();
		await expect.poll(() => homeCourses(page)).toEqual([...HOSPITAL, ...NORDVIK, ...SOLBERG.slice(0, 2)]);
		expect(query(page)).toBe('');
		expect(await stored(page)).toEqual([]);
		expect(await page.getByRole('button', { name: 'vis alle' }).isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('region-select');
		await ctx.close();
	});

	it('works with the keyboard', async () => {
		const ctx = await context();
		const page = await open(ctx, '/');
		await page.locator('#header-q').focus();
		// From the header search (field, button) through the navigation to the picker.
		for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'region-select'; i++)
			await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('region-select');
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => homeCourses(page)).toEqual([...HOSPITAL, ...NORDVIK]);
		expect(query(page)).toBe('?region=nordvik');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('vis alle');
		await page.keyboard.press('Enter');
		await expect.poll(() => query(page)).toBe('');
		expect(await homeCourses(page)).toHaveLength(6);
		await ctx.close();
	});

	it('filters the course catalogue through its URL', async () => {
		const ctx = await context();
		const page = await open(ctx, '/kurs/');
		await page.locator('form[data-catalogue]').waitFor({ state: 'visible' });
		// What reaches the catalogue: the contract's event (client/page-contract.ts), never a synthetic popstate.
		await page.evaluate(() => {
			const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
			addEventListener('popstate', () => seen.push('popstate'));
			document.addEventListener('kb:region-change', (event) => seen.push(JSON.stringify((event as CustomEvent).detail)));
		});
		await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Nordvik' });
		const slugs = () =>
			page.locator('#catalogue-results .card__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)));
		await expect.poll(slugs).not.toContain('solberg-kurs-1');
		const shown = await slugs();
		for (const slug of [...HOSPITAL, ...NORDVIK]) expect(shown).toContain(slug);
		expect(await page.getByRole('checkbox', { name: 'Nordvik', exact: true }).isChecked()).toBe(true);
		expect(query(page)).toBe('?region=nordvik');
		expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['{"region":"nordvik","source":"picker"}']);
		await ctx.close();
	});
});
