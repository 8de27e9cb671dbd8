import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tables } from '../../src/i18n/index.ts';
import { axeViolations } from '../utils/axe.ts';
import { removeContentDir } from '../utils/content-dir.ts';
import { FIXED_NOW } from '../utils/paths.ts';
import { makeRegionContentDir } from '../utils/region-fixture.ts';
import { useServedSite } from '../utils/served-site.ts';

// Subscriptions people can use (issue 17, item 5): next to "Abonner" (webcal:), the calendar's
// https:// address to copy, feedback on copying, and how-tos in a disclosure.
let contentDir: string;
const served = useServedSite(
	() => (contentDir = makeRegionContentDir()),
	FIXED_NOW,
	() => removeContentDir(contentDir),
);
const nb = tables.nb;

async function open(ctx: BrowserContext, path: string): Promise<Page> {
	const page = await ctx.newPage();
	await page.clock.setFixedTime(new Date(FIXED_NOW));
	await page.goto(`${served.server.url}${path}`);
	return page;
}

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 900 },
]) {
	describe(`a calendar subscription at ${viewport.width}×${viewport.height}`, () => {
		it('copies the https:// address of the webcal: calendar and says so', async () => {
			const ctx = await served.browser.newContext({ locale: 'nb-NO', viewport });
			await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.server.url });
			const page = await open(ctx, '/');
			const block = page.locator('.calendar-links').filter({ has: page.locator('.calendar-address') });
			const webcal = await block.getByRole('link', { name: nb['calendar.subscribeAll'] }).getAttribute('href');
			expect(webcal).toBe('webcal://test.example/kalender.ics');
			const address = await block.locator('code').innerText();
			expect(address).toBe('https://test.example/kalender.ics');

			const button = block.getByRole('button', { name: nb['calendar.copy'] });
			await button.click();
			await expect.poll(() => block.getByRole('status').innerText()).toBe(nb['calendar.copied']);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
			expect(await block.getByRole('status').getAttribute('role')).toBe('status');

			// The how-tos are folded until asked for, and name the three calendar programs.
			const help = block.locator('details');
			expect(await help.locator('ul').isVisible()).toBe(false);
			await help.locator('summary').click();
			const steps = await help.locator('li').allInnerTexts();
			expect(steps.map((s) => s.split(':')[0])).toEqual(['Outlook', 'Google Kalender', 'Apple Kalender']);
			await ctx.close();
		});
	});
}

describe('a calendar subscription', () => {
	it('says when the clipboard is refused, and selects the address for a copy by hand', async () => {
		const ctx = await served.browser.newContext({ locale: 'nb-NO' });
		const page = await open(ctx, '/');
		// No clipboard permission granted: Chromium refuses writeText to a page without it.
		await page.evaluate(() =>
			Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('denied')) }),
		);
		await page.getByRole('button', { name: nb['calendar.copy'] }).click();
		await expect.poll(() => page.locator('.calendar-address [role=status]').innerText()).toBe(nb['calendar.copyFailed']);
		expect(await page.evaluate(() => getSelection()!.toString())).toBe('https://test.example/kalender.ics');
		await ctx.close();
	});

	it('without JavaScript shows the address as text and no copy button', async () => {
		const ctx = await served.browser.newContext({ locale: 'nb-NO', javaScriptEnabled: false });
		const page = await open(ctx, '/');
		expect(await page.locator('.calendar-address code').innerText()).toBe('https://test.example/kalender.ics');
		expect(await page.locator('.calendar-address button').isVisible()).toBe(false);
		expect(await page.locator('.calendar-links a[href^="webcal:"]').count()).toBe(1);
		await ctx.close();
	});

	it('the https:// address serves a valid iCalendar file', async () => {
		const ctx = await served.browser.newContext();
		const page = await open(ctx, '/');
		const address = new URL(await page.locator('.calendar-address code').innerText());
		const response = await fetch(`${served.server.url}${address.pathname}`);
		expect(response.status).toBe(200);
		const calendar = new ICAL.Component(ICAL.parse(await response.text()));
		expect(calendar.name).toBe('vcalendar');
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		const events = calendar.getAllSubcomponents('vevent');
		expect(events.length).toBeGreaterThan(0);
		expect(events.map((e) => String(e.getFirstPropertyValue('summary')))).toContain('Solbergkurs 1');
		await ctx.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no WCAG 2.1 AA violations with the address copied and the how-tos open, ${colorScheme} scheme`, async () => {
			const ctx = await served.browser.newContext({ locale: 'nb-NO', colorScheme, bypassCSP: true });
			await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.server.url });
			for (const path of ['/', '/tema/demens/', '/region/solberg/']) {
				const page = await open(ctx, path);
				if (await page.locator('.calendar-address').count()) {
					await page.locator('.calendar-address button').click();
					await page.locator('.calendar-address summary').click();
				}
				expect(await axeViolations(page), path).toEqual([]);
				await page.close();
			}
			await ctx.close();
		});
	}
});
