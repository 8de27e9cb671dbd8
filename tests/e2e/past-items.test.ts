import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXED_NOW, minimalFixture } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';

// A build made at FIXED_NOW, opened later: the page script must catch up with the real time.
const served = useServedSite(minimalFixture, FIXED_NOW);

async function open(path: string, clock: string, javaScriptEnabled = true): Promise<Page> {
	const context = await served.browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	await page.clock.setFixedTime(new Date(clock));
	await page.goto(`${served.server.url}${path}`);
	return page;
}

const upcomingCount = (page: Page) => page.locator('[data-past-list] > li:not([hidden])').count();

describe('items that end after the build', () => {
	it('stay upcoming while the clock is at build time', async () => {
		const page = await open('/kurs/', FIXED_NOW);
		expect(await upcomingCount(page)).toBe(4);
		expect(await page.locator('.is-past').count()).toBe(0);
	});

	it('move to the past list with a visible label once ended', async () => {
		// 2027-03-01: the course ending 2027-02-24 is over, the others are not.
		const page = await open('/kurs/', '2027-03-01T12:00:00Z');
		expect(await upcomingCount(page)).toBe(3);
		const moved = page.locator('#courses-past > li.is-past');
		expect(await moved.count()).toBe(1);
		await expect.poll(() => moved.first().innerText()).toContain('Avsluttet');
	});

	it('disappear from the home page upcoming lists', async () => {
		const page = await open('/', '2030-01-01T00:00:00Z');
		expect(await upcomingCount(page)).toBe(0);
	});

	it('keep the build-time state without JavaScript', async () => {
		const page = await open('/kurs/', '2030-01-01T00:00:00Z', false);
		expect(await upcomingCount(page)).toBe(4);
		expect(await page.locator('.is-past').count()).toBe(0);
	});
});
