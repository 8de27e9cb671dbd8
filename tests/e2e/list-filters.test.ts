import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../utils/axe.ts';
import { makeContentDir, removeContentDir } from '../utils/content-dir.ts';
import { contextAtBuildTime } from '../utils/open-page.ts';
import { FIXED_NOW } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';

// The shared list filters (src/filters/) on the catalogue and the events list: audience `alle`,
// the events' filters with their state in the URL, and the phone panel with "Vis N treff".
// The minimal fixture plus a topic «Smittevern» with three courses as in the issue (one for
// `alle`) and three events (5 events in all; the demens fagdag of 2026 is past).
const course = (slug: string, title: string, audiences: string, format: string, when?: string) => [
	`courses/${slug}.mdx`,
	`---\ntitle: ${title}\nsummary: Kurs om smittevern.\norganiser: fjordby-sykehus\ntopics: [smittevern]\naudiences: [${audiences}]\nformat: ${format}\n` +
		(when ? `sessions:\n  - start: "${when}T09:00"\n    end: "${when}T15:00"\n    place: Fjordby helsehus\n` : 'duration: 40 min\n') +
		`---\n\nOm kurset.\n`,
];
const event = (slug: string, title: string, topic: string, attendance: string, start: string, end: string) => [
	`events/${slug}.mdx`,
	`---\ntitle: ${title}\nsummary: Arrangement om ${topic}.\norganiser: solberg-kommune\ntopics: [${topic}]\nstart: "${start}T09:00"\nend: "${end}T15:00"\nattendance: ${attendance}\n` +
		(attendance === 'online' ? 'online_url: https://moete.example/rom\n' : 'place: Solberg rådhus\n') +
		`---\n\nOm arrangementet.\n`,
];
const FILES = Object.fromEntries([
	['topics/smittevern.yaml', 'name: Smittevern\ndescription: Hygiene, isolasjon og vaksinasjon.\n'],
	course('basale-smittevernrutiner', 'Basale smittevernrutiner – e-læring', 'alle', 'elearning'),
	course('isolasjonsrutiner', 'Isolasjonsrutiner og utbruddshåndtering', 'sykepleier, helsefagarbeider', 'classroom', '2027-03-02'),
	course('vaksinasjon-i-sykehjem', 'Vaksinasjon og smittevern i sykehjem', 'helsefagarbeider', 'classroom', '2027-05-11'),
	event('fagdag-smittevern', 'Fagdag om smittevern', 'smittevern', 'in-person', '2027-03-10', '2027-03-10'),
	event('webinar-smittevern', 'Webinar om smittevern', 'smittevern', 'online', '2027-05-20', '2027-05-20'),
	event('konferanse-demens', 'Demenskonferansen', 'demens', 'mixed', '2027-06-01', '2027-06-02'),
]);

let contentDir: string;
const served = useServedSite(
	() => (contentDir = makeContentDir({ files: FILES })),
	FIXED_NOW,
	() => removeContentDir(contentDir),
);

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const FORM = 'form[data-catalogue]';

/** A page at `path` with the clock at build time; with JavaScript, once the filters are ready. */
async function open(path: string, options: BrowserContextOptions & { javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const context = await contextAtBuildTime(served.browser, { locale: 'en-US', viewport: DESKTOP, ...options });
	const page = await context.newPage();
	await page.goto(`${served.server.url}${path}`);
	if (options.javaScriptEnabled !== false) await page.locator(FORM).waitFor({ state: 'visible' });
	return page;
}

/** The search page once its search has been shown. */
async function searchPage(path: string, viewport: typeof DESKTOP, options: BrowserContextOptions = {}): Promise<Page> {
	const context = await contextAtBuildTime(served.browser, { locale: 'en-US', viewport, ...options });
	const page = await context.newPage();
	await page.goto(`${served.server.url}${path}`);
	await page.waitForSelector('.search__results[aria-busy="false"]');
	return page;
}

const count = (page: Page) => page.locator('[data-list-count]').innerText();
/** Titles of the cards shown, in order. */
const shown = (page: Page) => page.locator('[data-list-results] .card__title a').allInnerTexts();
const query = (page: Page) => new URL(page.url()).search;
const box = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true });

describe('audience `alle` in the catalogue', () => {
	it('Smittevern + Sykepleiere keeps the course for everyone; there is no «Alle» option', async () => {
		const page = await open('/kurs/');
		expect(await box(page, 'Alle').count()).toBe(0);
		await box(page, 'Smittevern').check();
		await expect.poll(() => count(page)).toBe('3 kurs');
		await box(page, 'Sykepleiere').check();
		await expect.poll(() => count(page)).toBe('2 kurs');
		expect(await shown(page)).toEqual(['Isolasjonsrutiner og utbruddshåndtering', 'Basale smittevernrutiner – e-læring']);
		expect(query(page)).toBe('?topic=smittevern&audience=sykepleier');
		// An audience no course names specifically still finds the course for everyone.
		await box(page, 'Sykepleiere').uncheck();
		await box(page, 'Jordmødre').check();
		await expect.poll(() => shown(page)).toEqual(['Basale smittevernrutiner – e-læring']);
		await page.context().close();
	});
});

describe('audience `alle` in the search facets', () => {
	it('filtering on Sykepleiere finds the course for everyone; there is no «Alle» value', async () => {
		const page = await searchPage('/sok/?q=smittevern&audience=Sykepleiere', DESKTOP);
		expect(await page.locator('input[name=audience][value=Alle]').count()).toBe(0);
		const titles = await page.locator('.search-result__title').allInnerTexts();
		expect(titles).toContain('Basale smittevernrutiner – e-læring');
		expect(titles).toContain('Isolasjonsrutiner og utbruddshåndtering');
		expect(titles).not.toContain('Vaksinasjon og smittevern i sykehjem');
		await page.context().close();
	});
});

describe('the events list', () => {
	it('without JavaScript lists every event and shows no filters', async () => {
		const page = await open('/arrangementer/', { javaScriptEnabled: false });
		expect(await page.locator(FORM).isVisible()).toBe(false);
		expect((await shown(page)).sort()).toEqual(
			[
				'Demenskonferansen',
				'Fagdag om demens 2026',
				'Fagdag om smittevern',
				'Webinar om legemiddelsamstemming ved utskrivning',
				'Webinar om smittevern',
			].sort(),
		);
		await page.context().close();
	});

	it('filters by topic, attendance and dates, with the state in the URL through reload and back', async () => {
		const page = await open('/arrangementer/');
		expect(await count(page)).toBe('Antall arrangementer: 5');
		await box(page, 'Smittevern').check();
		await expect.poll(() => shown(page)).toEqual(['Fagdag om smittevern', 'Webinar om smittevern']);
		expect(await count(page)).toBe('Antall arrangementer: 2');
		expect(query(page)).toBe('?topic=smittevern');
		await box(page, 'Nett').check();
		await expect.poll(() => shown(page)).toEqual(['Webinar om smittevern']);
		expect(query(page)).toBe('?topic=smittevern&attendance=online');

		await box(page, 'Smittevern').uncheck();
		await box(page, 'Nett').uncheck();
		await page.getByLabel('Fra', { exact: true }).fill('2027-05-01');
		await page.getByLabel('Til', { exact: true }).fill('2027-06-01');
		// The conference runs 1–2 June: one day inside the range is enough.
		await expect.poll(() => shown(page)).toEqual(['Webinar om smittevern', 'Demenskonferansen']);
		expect(query(page)).toBe('?from=2027-05-01&to=2027-06-01');

		await page.goto(`${served.server.url}/arrangementer/?topic=demens&attendance=mixed&from=2027-01-01`);
		await page.locator(FORM).waitFor({ state: 'visible' });
		await expect.poll(() => shown(page)).toEqual(['Demenskonferansen']);
		await page.reload();
		await page.locator(FORM).waitFor({ state: 'visible' });
		await expect.poll(() => shown(page)).toEqual(['Demenskonferansen']);
		expect(await box(page, 'Demens').isChecked()).toBe(true);
		expect(await box(page, 'Fysisk og nett').isChecked()).toBe(true);
		expect(await page.getByLabel('Fra', { exact: true }).inputValue()).toBe('2027-01-01');
		await box(page, 'Fysisk og nett').uncheck();
		await expect.poll(() => count(page)).toBe('Antall arrangementer: 1');
		await page.goBack();
		await expect.poll(() => box(page, 'Fysisk og nett').isChecked()).toBe(true);
		await page.getByRole('button', { name: 'Nullstill filtre' }).click();
		await expect.poll(() => count(page)).toBe('Antall arrangementer: 5');
		expect(new URL(page.url()).pathname + query(page)).toBe('/arrangementer/');
		await page.context().close();
	});
});

describe('the filter panel on a phone (390 × 844)', () => {
	for (const [path, topic, expected] of [
		['/kurs/', 'Smittevern', '3'],
		['/arrangementer/', 'Smittevern', '2'],
	] as const) {
		it(`${path}: folded at first; open, «Vis N treff» sticks to the screen with the live count and goes to the results`, async () => {
			const page = await open(path, { viewport: PHONE });
			const panel = page.locator(`${FORM} details`);
			expect(await panel.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
			expect(await box(page, topic).isVisible()).toBe(false);
			const folded = await page.locator(`${FORM}`).boundingBox();
			expect(folded!.height).toBeLessThan(120);

			await page.locator(`${FORM} summary`).click();
			await box(page, topic).check();
			const button = page.locator('[data-show-results]');
			await expect.poll(() => button.innerText()).toBe(`Vis ${expected} treff`);
			expect(/\d+/.exec(await count(page))?.[0]).toBe(expected);
			// Sticky: inside the screen at its bottom while the long panel is open.
			const at = await button.boundingBox();
			expect(at!.y + at!.height).toBeLessThanOrEqual(PHONE.height);
			expect(at!.y).toBeGreaterThan(PHONE.height / 2);
			await button.click();
			expect(await panel.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
			await expect
				.poll(() => page.locator('[data-list-count]').evaluate((e) => Math.round(e.getBoundingClientRect().top)))
				.toBeLessThan(PHONE.height / 3);
			expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-list-results'))).toBe(true);
			expect(await shown(page)).toHaveLength(Number(expected));
			await page.context().close();
		});
	}

	it('/sok/: the facets fold too; «Vis N treff» says the search count and goes to it', async () => {
		const page = await searchPage('/sok/?q=smittevern', PHONE);
		const panel = page.locator('[data-facets] > details');
		expect(await panel.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
		await page.locator('[data-facets] summary').first().click();
		await page.locator('input[name=type][value=Kurs]').check();
		await expect.poll(() => page.url()).toContain('type=Kurs');
		await page.waitForSelector('.search__results[aria-busy="false"]');
		const n = (await page.locator('[data-status]').innerText()).split(' ')[0];
		expect(Number(n)).toBeGreaterThan(0);
		const button = page.locator('[data-show-results]');
		await expect.poll(() => button.innerText()).toBe(`Vis ${n} treff`);
		const at = await button.boundingBox();
		expect(at!.y + at!.height).toBeLessThanOrEqual(PHONE.height);
		await button.click();
		expect(await panel.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
		await expect
			.poll(() => page.locator('[data-status]').evaluate((e) => Math.round(e.getBoundingClientRect().top)))
			.toBeLessThan(PHONE.height / 3);
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-status'))).toBe(true);
		await page.context().close();
	});

	it('the button is not shown beside the results on a desktop', async () => {
		const page = await open('/kurs/');
		expect(await page.locator('[data-show-results]').isVisible()).toBe(false);
		await page.context().close();
	});
});

describe('axe (WCAG 2.1 AA) on the filtered lists', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`0 violations, ${colorScheme}, desktop and phone with the panel open and filtered`, async () => {
			const found: string[] = [];
			for (const viewport of [DESKTOP, PHONE]) {
				for (const path of ['/kurs/?topic=smittevern', '/arrangementer/?topic=smittevern']) {
					const page = await open(path, { viewport, colorScheme, bypassCSP: true });
					await page.locator(`${FORM} details`).evaluate((d: HTMLDetailsElement) => (d.open = true));
					await expect.poll(() => shown(page)).not.toHaveLength(0);
					found.push(...(await axeViolations(page)).map((v) => `${path} ${viewport.width}: ${v}`));
					await page.context().close();
				}
				{
					const path = '/sok/?q=smittevern&type=Kurs';
					const page = await searchPage(path, viewport, { colorScheme, bypassCSP: true });
					await page.locator('[data-facets] > details').evaluate((d: HTMLDetailsElement) => (d.open = true));
					found.push(...(await axeViolations(page)).map((v) => `${path} ${viewport.width}: ${v}`));
					await page.context().close();
				}
			}
			expect(found).toEqual([]);
		});
	}
});
