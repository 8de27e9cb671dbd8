import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeContentDir, removeContentDir } from '../utils/content-dir.ts';
import { FIXED_NOW } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';

// The minimal fixture (6 published courses, one of each registration state) plus 25 open digital
// courses on «Legemidler» for leger in September 2027: 31 courses, two pages of 24.
const EXTRA = 25;
const extra = (n: number) => {
	const day = String(n).padStart(2, '0');
	return [
		`courses/digital-legemiddelkurs-${day}.mdx`,
		`---\ntitle: Digitalt legemiddelkurs ${day}\nsummary: Kort digitalt kurs om legemidler.\norganiser: solberg-kommune\ntopics: [legemidler]\naudiences: [lege]\nformat: digital\nsessions:\n  - start: "2027-09-${day}T10:00"\n    end: "2027-09-${day}T11:00"\n---\n\nKurset holdes på nett.\n`,
	] as const;
};

let contentDir: string;
const served = useServedSite(
	() => (contentDir = makeContentDir({ files: Object.fromEntries(Array.from({ length: EXTRA }, (_, i) => extra(i + 1))) })),
	FIXED_NOW,
	() => removeContentDir(contentDir),
);

/** A page at `path` with the clock at build time; with JavaScript, once the filters are ready. */
async function open(path: string, javaScriptEnabled = true): Promise<Page> {
	const context = await served.browser.newContext({ javaScriptEnabled, locale: 'en-US', viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.clock.setFixedTime(new Date(FIXED_NOW));
	await page.goto(`${served.server.url}${path}`);
	if (javaScriptEnabled) await page.locator('form[data-catalogue]').waitFor({ state: 'visible' });
	return page;
}

const countText = (page: Page) => page.locator('#catalogue-count').innerText();
/** Slugs of the course cards shown, in order. */
const shown = (page: Page) =>
	page.locator('#catalogue-results .card__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)));
const query = (page: Page) => new URL(page.url()).search;
const box = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true });

describe('the course catalogue with JavaScript', () => {
	it('filters by topic: fewer cards and a new count', async () => {
		const page = await open('/kurs/');
		expect(await countText(page)).toBe('31 kurs');
		await box(page, 'Demens').check();
		await expect.poll(() => countText(page)).toBe('3 kurs');
		expect(await shown(page)).toEqual(['forflytning-vinter-og-sommer', 'forstehjelp-avlyst', 'demens-grunnkurs-hosten-2026']);
		expect(query(page)).toBe('?topic=demens');
		expect(await page.locator('#catalogue-count').getAttribute('role')).toBe('status');
	});

	it('ORs values within a facet and ANDs across facets', async () => {
		const page = await open('/kurs/');
		await box(page, 'Demens').check();
		await box(page, 'Sykepleiere').check();
		await expect.poll(() => shown(page)).toEqual(['forflytning-vinter-og-sommer', 'forstehjelp-avlyst']);
		await box(page, 'Legemidler').check();
		// The e-learning course on Legemidler is for `alle`: it serves Sykepleiere too.
		await expect
			.poll(() => shown(page))
			.toEqual([
				'forflytning-vinter-og-sommer',
				'sarbehandling-fullt',
				'legemiddelhandtering-tre-samlinger',
				'forstehjelp-avlyst',
				'smittevern-e-laering',
			]);
		expect(await countText(page)).toBe('5 kurs');
		expect(query(page)).toBe('?topic=demens&topic=legemidler&audience=sykepleier');
	});

	it('«open for registration» hides full, cancelled, closed and past courses', async () => {
		const page = await open('/kurs/?topic=demens&topic=legemidler');
		await box(page, 'Bare kurs med åpen påmelding').check();
		await expect.poll(() => countText(page)).toBe('27 kurs');
		const slugs = await shown(page);
		for (const gone of ['sarbehandling-fullt', 'forstehjelp-avlyst', 'demens-grunnkurs-hosten-2026', 'legemiddelhandtering-tre-samlinger'])
			expect(slugs).not.toContain(gone);
		expect(slugs.slice(0, 2)).toEqual(['forflytning-vinter-og-sommer', 'digital-legemiddelkurs-01']);
		await box(page, 'Legemidler').uncheck();
		await expect.poll(() => shown(page)).toEqual(['forflytning-vinter-og-sommer']);
	});

	it('a date range keeps courses with a session in it', async () => {
		const page = await open('/kurs/');
		await page.getByLabel('Fra').fill('2027-04-01');
		await page.getByLabel('Til').fill('2027-04-30');
		// The course meeting in February and June has no session in April.
		await expect.poll(() => shown(page)).toEqual(['legemiddelhandtering-tre-samlinger']);
		expect(query(page)).toBe('?from=2027-04-01&to=2027-04-30');
		await page.getByLabel('Fra').fill('2027-02-01');
		await expect.poll(() => countText(page)).toBe('4 kurs');
		await page.getByRole('button', { name: 'Nullstill filtre' }).click();
		await expect.poll(() => countText(page)).toBe('31 kurs');
		expect(new URL(page.url()).pathname + query(page)).toBe('/kurs/');
		expect(await page.getByLabel('Fra').inputValue()).toBe('');
	});

	it('typing a date makes one history entry, not one per keystroke', async () => {
		const page = await open('/kurs/');
		const entries = await page.evaluate(() => history.length);
		await page.getByLabel('Fra').focus();
		// Chromium's en-US date field: month, day, year; every keystroke in the year changes the value.
		await page.keyboard.type('04012027');
		await expect.poll(() => query(page)).toBe('?from=2027-04-01');
		expect(await page.evaluate(() => history.length)).toBe(entries + 1);
		await page.goBack();
		await expect.poll(() => countText(page)).toBe('31 kurs');
		expect(await page.getByLabel('Fra').inputValue()).toBe('');
	});

	it('keeps the state in the URL through reload, back and forward', async () => {
		const page = await open('/kurs/?topic=demens&open=1');
		expect(await box(page, 'Demens').isChecked()).toBe(true);
		expect(await box(page, 'Bare kurs med åpen påmelding').isChecked()).toBe(true);
		await expect.poll(() => shown(page)).toEqual(['forflytning-vinter-og-sommer']);
		await page.reload();
		await page.locator('form[data-catalogue]').waitFor({ state: 'visible' });
		await expect.poll(() => shown(page)).toEqual(['forflytning-vinter-og-sommer']);

		await box(page, 'Bare kurs med åpen påmelding').uncheck();
		await expect.poll(() => countText(page)).toBe('3 kurs');
		await page.goBack();
		await expect.poll(() => countText(page)).toBe('1 kurs');
		expect(await box(page, 'Bare kurs med åpen påmelding').isChecked()).toBe(true);
		await page.goForward();
		await expect.poll(() => countText(page)).toBe('3 kurs');
		expect(await box(page, 'Bare kurs med åpen påmelding').isChecked()).toBe(false);
		expect(query(page)).toBe('?topic=demens');
	});

	it('pages through filtered results, and filtering on /kurs/2/ starts again at page 1', async () => {
		const page = await open('/kurs/2/');
		expect(await shown(page)).toHaveLength(7);
		await box(page, 'Legemidler').check();
		await expect.poll(() => countText(page)).toBe('28 kurs');
		expect(new URL(page.url()).pathname + query(page)).toBe('/kurs/?topic=legemidler');
		expect(await shown(page)).toHaveLength(24);
		await page.getByRole('link', { name: 'Neste side' }).click();
		await expect.poll(() => query(page)).toBe('?topic=legemidler&page=2');
		expect(await shown(page)).toHaveLength(4);
		expect(await page.locator('.pagination [aria-current=page]').innerText()).toBe('Side 2 av 2');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('catalogue-results');
		await page.goBack();
		await expect.poll(() => shown(page)).toHaveLength(24);
	});

	it('renders cards with the same markup as the server', async () => {
		const page = await open('/kurs/');
		const structure = () =>
			page
				.locator('#catalogue-results .cards > li')
				.first()
				.evaluate((li) =>
					[...li.querySelectorAll('*')].map((e) => `${e.tagName}.${e.className}|${e.children.length ? '' : e.textContent}`),
				);
		const server = await structure();
		await box(page, 'Demens').check();
		await expect.poll(() => countText(page)).toBe('3 kurs');
		expect(await structure()).toEqual(server);
		expect(await page.locator('#catalogue-results h2').allInnerTexts()).toEqual(['Kommende', 'Tidligere']);
	});

	it('works with the keyboard alone: Tab to a checkbox, Space toggles, focus stays', async () => {
		const page = await open('/kurs/');
		const first = page.locator('#filter-topic-0');
		for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Space');
		await expect.poll(() => countText(page)).toBe('3 kurs');
		expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect.poll(() => countText(page)).toBe('31 kurs');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-topic-1');
		expect(query(page)).toBe('?topic=demens&topic=legemidler');
	});
});

describe('the course catalogue without JavaScript', () => {
	it('shows the first server-rendered page, no filters, and links on to /kurs/2/', async () => {
		const page = await open('/kurs/', false);
		expect(await page.locator('form[data-catalogue]').isVisible()).toBe(false);
		expect(await shown(page)).toHaveLength(24);
		expect(await page.locator('.pagination [aria-current=page]').innerText()).toBe('Side 1 av 2');
		await page.locator('a[rel=next]').click();
		await page.waitForURL('**/kurs/2/');
		expect(await shown(page)).toEqual([
			...Array.from({ length: 5 }, (_, i) => `digital-legemiddelkurs-${21 + i}`),
			'smittevern-e-laering',
			'demens-grunnkurs-hosten-2026',
		]);
		expect(await page.locator('h1').innerText()).toBe('Kurs og e-læring, side 2 av 2');
		expect(await page.locator('a[rel=prev]').getAttribute('href')).toBe('/kurs/');
	});
});
