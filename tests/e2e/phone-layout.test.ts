import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../utils/axe.ts';
import { contextAtBuildTime, openSettled } from '../utils/open-page.ts';
import { contentSites } from '../utils/page-templates.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';
import { useTranslations } from '../../src/i18n/index.ts';

// Issue 17, item 2 (without the filter panel): on a 390 × 844 phone and a 1280 × 900 desktop,
// the compact header (menu button, search with a visible label), the search results first after a
// header search, and a course page's key facts before its description. Then axe on the changed
// templates at phone width, menu closed and open, light and dark, in every content language.
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const COURSE = '/kurs/demensomsorg-i-praksis/';

const served = useServedSite(sampleContent, FIXED_NOW);

async function open(path: string, viewport: { width: number; height: number }, options: BrowserContextOptions = {}): Promise<Page> {
	const context = await contextAtBuildTime(served.browser, { viewport, ...options });
	return openSettled(context, `${served.server.url}${path}`);
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
const expanded = (page: Page) => page.locator('[data-menu-button]').getAttribute('aria-expanded');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('phone layout', () => {
	it('the header takes well under a third of a 390 × 844 screen, and its search has a visible label', async () => {
		const page = await open('/', PHONE);
		expect((await box(page, '.site-header')).height).toBeLessThan(260);
		const label = page.locator('.site-header label[for="header-q"]');
		expect(await label.isVisible()).toBe(true);
		expect(await label.innerText()).toBe('Søk i kurs, arrangementer og nyheter');
		expect((await box(page, '.site-header label[for="header-q"]')).height).toBeGreaterThan(10);
		// Name and menu button share the first line.
		expect(Math.abs((await box(page, '.site-name')).y - (await box(page, '[data-menu-button]')).y)).toBeLessThan(20);
	});

	for (const [name, viewport] of [
		['phone', PHONE],
		['desktop', DESKTOP],
	] as const) {
		it(`after a header search the count and the first result are above the fold (${name})`, async () => {
			const page = await open('/', viewport);
			await page.fill('#header-q', 'demens');
			await page.press('#header-q', 'Enter');
			await page.waitForURL(/\/sok\/\?q=demens$/);
			await page.waitForSelector('.search__results[aria-busy="false"]');
			await page.locator('.search__filters').waitFor({ state: 'visible' });
			expect(await page.locator('[data-status]').innerText()).toMatch(/^\d+ treff for «demens»$/);
			const status = await box(page, '[data-status]');
			const first = await box(page, '.search-result .search-result__title');
			expect(first.y + first.height, 'bottom of the first result title').toBeLessThanOrEqual(viewport.height);
			expect(status.y).toBeLessThan(first.y);
			const filters = await box(page, '.search__filters');
			// Phones: the filters come after the results; desktops: a column to their left.
			if (name === 'phone') expect(filters.y).toBeGreaterThan(first.y);
			else expect(filters.x + filters.width).toBeLessThanOrEqual(first.x);
		});
	}

	it('the menu button opens and closes the navigation by keyboard (Enter, Space, Escape)', async () => {
		const page = await open('/kurs/', PHONE);
		const nav = page.locator('#main-nav');
		expect(await nav.isVisible()).toBe(false);
		expect(await expanded(page)).toBe('false');
		expect(await page.locator('[data-menu-button]').getAttribute('aria-controls')).toBe('main-nav');
		// Tab from the skip link: site name, then the menu button.
		for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
		expect(await focusedText(page)).toBe('Meny');
		await page.keyboard.press('Enter');
		expect(await expanded(page)).toBe('true');
		expect(await nav.isVisible()).toBe(true);
		expect(await nav.getByRole('link', { name: 'Kurs' }).getAttribute('aria-current')).toBe('page');
		// Into the menu (past the search field and button) and out again with Escape.
		for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.getElementById('main-nav')!.contains(document.activeElement))).toBe(true);
		await page.keyboard.press('Escape');
		expect(await expanded(page)).toBe('false');
		expect(await nav.isVisible()).toBe(false);
		expect(await focusedText(page)).toBe('Meny');
		await page.keyboard.press('Space');
		expect(await nav.isVisible()).toBe(true);
		await page.keyboard.press('Space');
		expect(await nav.isVisible()).toBe(false);
	});

	it('on a desktop the navigation is always shown and there is no menu button', async () => {
		const page = await open('/', DESKTOP);
		expect(await page.locator('#main-nav').isVisible()).toBe(true);
		expect(await page.locator('[data-menu-button]').isVisible()).toBe(false);
	});

	it('without JavaScript the navigation stays reachable on a phone', async () => {
		const context = await served.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${served.server.url}/`);
		expect(await page.locator('#main-nav').isVisible()).toBe(true);
		expect(await page.locator('#main-nav a').count()).toBeGreaterThan(3);
		expect(await page.locator('[data-menu-button]').isVisible()).toBe(false);
		await context.close();
	});

	it('a course page shows when, registration and "Målgruppe" before the description at 390 px; a side column at 1280 px', async () => {
		const phone = await open(COURSE, PHONE);
		const about = await box(phone, 'h2:text-is("Om kurset")');
		const audiences = await box(phone, 'dt:text-is("Målgruppe")');
		const registration = await box(phone, '.registration');
		expect(audiences.y).toBeLessThan(about.y);
		expect(registration.y).toBeLessThan(about.y);
		const desktop = await open(COURSE, DESKTOP);
		const main = await box(desktop, '.detail__key');
		const aside = await box(desktop, '.detail__aside');
		const body = await box(desktop, '.detail__body');
		expect(aside.x).toBeGreaterThanOrEqual(main.x + main.width);
		expect(Math.abs(aside.y - main.y)).toBeLessThan(2);
		// The body follows the key part directly, whatever the side column's height.
		expect(body.y - (main.y + main.height)).toBeLessThan(40);
	});
});

// axe-core's WCAG 2.1 A/AA rules on the templates this work changed, at phone width (where the
// layout changed), with the menu closed and open, in light and dark, for each content language.
for (const content of contentSites()) {
	describe(`axe at 390 px: ${content.name} (${content.lang})`, () => {
		const site = useServedSite(content.dir, FIXED_NOW);
		const t = useTranslations(content.lang);
		for (const colorScheme of ['light', 'dark'] as const) {
			it(`header, search, course and event pages, ${colorScheme}`, { timeout: 300_000 }, async () => {
				const course = site.site
					.pages()
					.find((p) => p.startsWith(`/${t('route.courses')}/`) && p.split('/').length === 4 && !/\/\d+\/$/.test(p));
				const event = site.site
					.pages()
					.find((p) => p.startsWith(`/${t('route.events')}/`) && p.split('/').length === 4 && !/\/\d+\/$/.test(p));
				const paths = ['/', `/${t('route.search')}/?q=kurs`, `/${t('route.courses')}/`, course!, event!];
				const context = await contextAtBuildTime(site.browser, { viewport: PHONE, colorScheme, bypassCSP: true });
				const found: Record<string, string[]> = {};
				for (const path of paths) {
					const page = await openSettled(context, `${site.server.url}${path}`);
					const closed = await axeViolations(page);
					await page.locator('[data-menu-button]').click();
					expect(await page.locator('#main-nav').isVisible(), path).toBe(true);
					const open = await axeViolations(page);
					if (closed.length + open.length) found[path] = [...closed, ...open.map((v) => `menu open: ${v}`)];
					await page.close();
				}
				await context.close();
				expect(found).toEqual({});
			});
		}
	});
}
