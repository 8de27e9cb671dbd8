import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeContentDir, removeContentDir } from '../utils/content-dir.ts';
import { FIXED_NOW, minimalFixture } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';

// The minimal fixture with regions Nordvik and Solberg; the hospital has none. Upcoming courses
// at build time: two of the hospital's (February), two of Nordvik's (March) and four of Solberg's
// (May), so the home page's six are 2 + 2 + 2 and Solberg's other two wait for their region.
const solbergCourse = (n: number) => [
	`courses/solberg-kurs-${n}.mdx`,
	`---\ntitle: Solbergkurs ${n}\nsummary: Kurs i Solberg.\norganiser: solberg-kommune\ntopics: [demens]\naudiences: [alle]\nformat: classroom\nsessions:\n  - start: "2027-05-0${n}T10:00"\n    end: "2027-05-0${n}T12:00"\n    place: Solberg helsehus\n---\n\nKurs.\n`,
];
let contentDir: string;
const served = useServedSite(
	() =>
		(contentDir = makeContentDir({
			files: {
				'site.yaml': `${readFileSync(join(minimalFixture, 'site.yaml'), 'utf8')}regions:\n  - slug: nordvik\n    name: Nordvik\n  - slug: solberg\n    name: Solberg\n`,
				'organisations/fjordby-sykehus.yaml': 'name: Fjordby sykehus\nshort_name: FS\nkind: hospital\n',
				'organisations/nordvik-kommune.yaml': 'name: Nordvik kommune\nkind: municipality\nregion: Nordvik\n',
				'organisations/solberg-kommune.yaml': 'name: Solberg kommune\nkind: municipality\nregion: Solberg\n',
				...Object.fromEntries([1, 2, 3, 4].map(solbergCourse)),
			},
		})),
	FIXED_NOW,
	() => removeContentDir(contentDir),
);

const HOSPITAL = ['forflytning-vinter-og-sommer', 'sarbehandling-fullt'];
const NORDVIK = ['legemiddelhandtering-tre-samlinger', 'forstehjelp-avlyst'];
const SOLBERG = ['solberg-kurs-1', 'solberg-kurs-2', 'solberg-kurs-3', 'solberg-kurs-4'];

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
		expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['{"region":"nordvik"}']);
		await ctx.close();
	});
});
