import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { removeContentDir } from '../utils/content-dir.ts';
import { FIXED_NOW } from '../utils/paths.ts';
import { HOSPITAL, makeRegionContentDir, NORDVIK, SOLBERG } from '../utils/region-fixture.ts';
import { useServedSite } from '../utils/served-site.ts';

// One region state (issue 17, item 4): the header's region bar, the catalogue's region filter,
// `?region=` and localStorage agree after every change, on a phone and on a desktop.
let contentDir: string;
const served = useServedSite(
	() => (contentDir = makeRegionContentDir()),
	FIXED_NOW,
	() => removeContentDir(contentDir),
);

const VIEWPORTS = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 900 },
];

async function open(ctx: BrowserContext, path: string): Promise<Page> {
	const page = await ctx.newPage();
	await page.clock.setFixedTime(new Date(FIXED_NOW));
	await page.goto(`${served.server.url}${path}`);
	return page;
}

/** What the page says about the region, everywhere it keeps it. */
async function regionState(page: Page) {
	return {
		select: await page.locator('#region-select').inputValue(),
		status: await page.locator('[data-region-bar] [role=status]').innerText(),
		query: new URL(page.url()).searchParams.getAll('region'),
		stored: await page.evaluate(() => Object.values({ ...localStorage })),
	};
}

for (const viewport of VIEWPORTS) {
	describe(`one region state at ${viewport.width}×${viewport.height}`, () => {
		const context = () => served.browser.newContext({ locale: 'nb-NO', viewport });
		/** Waits for the catalogue's filter form and unfolds it (it is folded on a phone, also after a reload). */
		async function unfold(page: Page): Promise<void> {
			const form = page.locator('form[data-catalogue]');
			await form.waitFor({ state: 'visible' });
			if (!(await form.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) await form.locator('summary').click();
		}
		async function catalogue(ctx: BrowserContext, path: string): Promise<Page> {
			const page = await open(ctx, path);
			await unfold(page);
			return page;
		}
		const slugs = (page: Page) =>
			page.locator('#catalogue-results .card__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)));
		const box = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

		it('unticking the region in the catalogue clears the bar, the URL and storage, also after a reload', async () => {
			const ctx = await context();
			const page = await open(ctx, '/');
			await page.locator('#region-select').selectOption('nordvik');
			await page.goto(`${served.server.url}/kurs/`);
			await unfold(page);
			// The remembered region narrows the catalogue and its filter shows it.
			await expect.poll(() => box(page, 'Nordvik').isChecked()).toBe(true);
			expect(await regionState(page)).toEqual({
				select: 'nordvik',
				status: 'Viser region Nordvik',
				query: ['nordvik'],
				stored: ['nordvik'],
			});

			await box(page, 'Nordvik').uncheck();
			await expect.poll(() => slugs(page)).toContain('solberg-kurs-1');
			expect(await regionState(page)).toEqual({ select: '', status: '', query: [], stored: [] });
			for (const slug of [...HOSPITAL, ...NORDVIK, ...SOLBERG]) expect(await slugs(page)).toContain(slug);

			await page.reload();
			await unfold(page);
			expect(await regionState(page)).toEqual({ select: '', status: '', query: [], stored: [] });
			expect(await box(page, 'Nordvik').isChecked()).toBe(false);
			expect(await page.locator('[data-region-bar] [data-region-reset]').isVisible()).toBe(false);
			await ctx.close();
		});

		it('ticking a region in the catalogue sets the bar and storage; back restores the region before', async () => {
			const ctx = await context();
			const page = await catalogue(ctx, '/kurs/?region=nordvik');
			await expect.poll(() => box(page, 'Nordvik').isChecked()).toBe(true);
			await box(page, 'Nordvik').uncheck();
			await box(page, 'Solberg').check();
			await expect.poll(() => slugs(page)).not.toContain('legemiddelhandtering-tre-samlinger');
			expect(await regionState(page)).toEqual({
				select: 'solberg',
				status: 'Viser region Solberg',
				query: ['solberg'],
				stored: ['solberg'],
			});

			await page.reload();
			await unfold(page);
			expect(await regionState(page)).toEqual({
				select: 'solberg',
				status: 'Viser region Solberg',
				query: ['solberg'],
				stored: ['solberg'],
			});
			expect(await box(page, 'Solberg').isChecked()).toBe(true);

			// Back through the catalogue's history entries: nothing, then Nordvik again.
			await page.goBack();
			await expect.poll(() => regionState(page)).toEqual({ select: '', status: '', query: [], stored: [] });
			await page.goBack();
			await expect
				.poll(() => regionState(page))
				.toEqual({ select: 'nordvik', status: 'Viser region Nordvik', query: ['nordvik'], stored: ['nordvik'] });
			expect(await box(page, 'Nordvik').isChecked()).toBe(true);
			await ctx.close();
		});

		it('two regions ticked: the bar names both, storage keeps none, and the URL keeps both across a reload', async () => {
			const ctx = await context();
			const page = await catalogue(ctx, '/kurs/?region=nordvik');
			await expect.poll(() => box(page, 'Nordvik').isChecked()).toBe(true);
			await box(page, 'Solberg').check();
			await expect
				.poll(() => regionState(page))
				.toEqual({
					select: '',
					status: 'Viser region Nordvik, Solberg',
					query: ['nordvik', 'solberg'],
					stored: [],
				});
			expect(await page.locator('#region-select').evaluate((s) => (s as HTMLSelectElement).selectedIndex)).toBe(-1);
			await page.reload();
			await unfold(page);
			expect((await regionState(page)).status).toBe('Viser region Nordvik, Solberg');
			expect(await box(page, 'Solberg').isChecked()).toBe(true);
			expect(await box(page, 'Nordvik').isChecked()).toBe(true);
			await ctx.close();
		});

		it("a region's page is the chosen region; another region in the bar offers a link to its page", async () => {
			const ctx = await context();
			const home = await open(ctx, '/?region=nordvik');
			await expect.poll(() => regionState(home)).toMatchObject({ stored: ['nordvik'] });
			const page = await open(ctx, '/region/solberg/');
			await expect
				.poll(() => regionState(page))
				.toEqual({ select: 'solberg', status: 'Viser region Solberg', query: [], stored: ['solberg'] });
			await page.locator('#region-select').selectOption('nordvik');
			const go = page.getByRole('link', { name: 'Gå til siden for Nordvik' });
			expect(await go.getAttribute('href')).toBe('/region/nordvik/');
			expect(new URL(page.url()).pathname).toBe('/region/solberg/');
			expect(await regionState(page)).toMatchObject({ status: '', stored: ['nordvik'] });
			await go.click();
			await page.waitForURL('**/region/nordvik/');
			await expect
				.poll(() => regionState(page))
				.toEqual({ select: 'nordvik', status: 'Viser region Nordvik', query: [], stored: ['nordvik'] });
			await ctx.close();
		});
	});
}
