import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FavouritesData } from '../../src/favourites/favourites-contract.ts';
import { axeViolations, structure } from '../utils/axe.ts';
import { removeContentDir } from '../utils/content-dir.ts';
import { favouritesContentDir } from '../utils/favourites-fixture.ts';
import { contextAtBuildTime } from '../utils/open-page.ts';
import { FIXED_NOW } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';

// The favourites journey in Chromium on the built fixture (with a programme): save on a course
// page and from cards, see the items on /favoritter/ with the build's facts, reload, download one
// .ics; no cookie, no request off the site; gone and ended items; no toggle without JavaScript.
let contentDir: string;
const served = useServedSite(
	() => (contentDir = favouritesContentDir()),
	FIXED_NOW,
	() => removeContentDir(contentDir),
);

const COURSE = '/kurs/legemiddelhandtering-tre-samlinger/';
const data = (): FavouritesData => JSON.parse(served.site.read('/favoritter/data.json')) as FavouritesData;
const uidsOf = (text: string) =>
	new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));

/** A context at build time that records every request it makes. */
async function recordingContext(
	options: Parameters<typeof contextAtBuildTime>[1] = {},
): Promise<{ context: BrowserContext; requests: string[] }> {
	const context = await contextAtBuildTime(served.browser, { acceptDownloads: true, ...options });
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	return { context, requests };
}

const offSite = (requests: string[]) => requests.filter((url) => !url.startsWith(`${served.server.url}/`) && !url.startsWith('blob:'));
const cards = (page: Page) => page.locator('[data-list] > li');

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 900 },
]) {
	describe(`favourites at ${viewport.width}×${viewport.height}`, () => {
		it(
			'saves a course on its page and an event from a card, lists them, keeps them after a reload and downloads one .ics',
			{ timeout: 120_000 },
			async () => {
				const { context, requests } = await recordingContext({ viewport });
				const page = await context.newPage();
				await page.goto(`${served.server.url}${COURSE}`);
				const toggle = page.locator('.page-header [data-favourite]');
				await expect.poll(() => toggle.isVisible()).toBe(true);
				expect(await toggle.getAttribute('aria-pressed')).toBe('false');
				expect(await toggle.innerText()).toContain('Legg til i favoritter');
				await toggle.click();
				expect(await toggle.getAttribute('aria-pressed')).toBe('true');
				expect(await toggle.innerText()).toContain('Fjern fra favoritter');

				// From a card on the events list.
				await page.goto(`${served.server.url}/arrangementer/`);
				const webinar = page.locator('[data-favourite="events:webinar-legemiddelsamstemming"]').first();
				await webinar.click();
				expect(await webinar.getAttribute('aria-pressed')).toBe('true');

				await page.goto(`${served.server.url}/favoritter/`);
				const records = data();
				const expectCards = async () => {
					await expect.poll(() => cards(page).count()).toBe(2);
					for (const id of ['courses:legemiddelhandtering-tre-samlinger', 'events:webinar-legemiddelsamstemming']) {
						const record = records[id];
						const card = cards(page).filter({ has: page.locator(`a[href="${record.href}"]`) });
						const text = await card.innerText();
						expect(await card.locator('a').innerText()).toBe(record.title);
						for (const fact of [record.date, record.place, record.stateLabel]) expect(text).toContain(fact);
					}
				};
				await expectCards();
				await page.reload();
				await expectCards();

				const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download] button').click()]);
				expect(download.suggestedFilename()).toBe('favoritter.ics');
				const ics = readFileSync((await download.path())!, 'utf8');
				expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
				expect(ics).toMatch(/\r\nEND:VCALENDAR\r\n$/);
				const expected = ['/kurs/legemiddelhandtering-tre-samlinger.ics', '/arrangementer/webinar-legemiddelsamstemming.ics'].flatMap(
					(file) => uidsOf(served.site.read(file)),
				);
				expect(expected.length).toBe(4);
				expect(uidsOf(ics).sort()).toEqual(expected.sort());
				const calendar = new ICAL.Component(ICAL.parse(ics));
				expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
				expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Mine favoritter – Kompetansebroen Fjordby');
				// The events are the site's own, as its per-entry files write them.
				const webinarEvent = new ICAL.Event(
					calendar.getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).startsWith('events-'))!,
				);
				expect(webinarEvent.summary).toBe(records['events:webinar-legemiddelsamstemming'].title);

				expect(await context.cookies()).toEqual([]);
				expect(offSite(requests)).toEqual([]);
				await context.close();
			},
		);
	});
}

describe('the favourites page', () => {
	it(
		'shows an item that no longer exists with its saved title, and an ended one as ended; removes items',
		{ timeout: 60_000 },
		async () => {
			const { context, requests } = await recordingContext();
			const page = await context.newPage();
			await page.goto(`${served.server.url}/favoritter/`);
			await expect.poll(() => page.locator('[data-empty]').isVisible()).toBe(true);
			await page.evaluate(() =>
				localStorage.setItem(
					'kompetansebroen:favourites',
					JSON.stringify({
						'courses:finnes-ikke': 'Et kurs som er slettet',
						'courses:demens-grunnkurs-hosten-2026': 'Demens – grunnkurs',
						'programmes:demensprogram': 'Demensprogram',
					}),
				),
			);
			await page.reload();
			await expect.poll(() => cards(page).count()).toBe(3);
			const texts = await cards(page).allInnerTexts();
			// Current first, then ended, then gone.
			expect(texts[0]).toContain('Demensprogram for hjemmetjenesten');
			expect(texts[0]).toContain('6 måneder');
			expect(texts[1]).toContain('Demens – grunnkurs høsten 2026');
			expect(texts[1]).toContain('Avsluttet');
			expect(texts[2]).toContain('Et kurs som er slettet');
			expect(texts[2]).toContain('Finnes ikke lenger');
			expect(await cards(page).nth(2).locator('a').count()).toBe(0);

			// Each remove button names its item (every card has one).
			const remove = cards(page)
				.nth(2)
				.getByRole('button', { name: /^Fjern fra favoritter\s?: Et kurs som er slettet$/ });
			await remove.click();
			await expect.poll(() => cards(page).count()).toBe(2);
			expect(await page.locator('[data-status]').innerText()).toBe('«Et kurs som er slettet» er fjernet fra favorittene.');
			expect(await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('kompetansebroen:favourites')!) as object))).toEqual([
				'courses:demens-grunnkurs-hosten-2026',
				'programmes:demensprogram',
			]);
			// Focus stays in the list: on the button of the last item left.
			expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Demens – grunnkurs høsten 2026');
			expect(await context.cookies()).toEqual([]);
			expect(offSite(requests)).toEqual([]);
			await context.close();
		},
	);

	it('marks an item ended once its end has passed, after the build', { timeout: 60_000 }, async () => {
		const context = await served.browser.newContext();
		await context.clock.setFixedTime(new Date('2027-12-01T12:00:00Z'));
		const page = await context.newPage();
		await page.goto(`${served.server.url}/favoritter/`);
		await page.evaluate(() =>
			localStorage.setItem('kompetansebroen:favourites', JSON.stringify({ 'courses:forflytning-vinter-og-sommer': 'Forflytning' })),
		);
		await page.reload();
		await expect.poll(() => cards(page).count()).toBe(1);
		expect(data()['courses:forflytning-vinter-og-sommer'].state).toBe('open');
		expect(await cards(page).innerText()).toContain('Avsluttet');
		expect(await cards(page).innerText()).not.toContain('Åpen for påmelding');
		await context.close();
	});
});

describe('without JavaScript', () => {
	it('shows no toggle, and the favourites page says it needs JavaScript', async () => {
		const context = await served.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${served.server.url}${COURSE}`);
		expect(await page.locator('[data-favourite]').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-favourite]:visible').count()).toBe(0);
		await page.goto(`${served.server.url}/favoritter/`);
		expect(await page.locator('main').innerText()).toContain('trenger JavaScript');
		await context.close();
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	describe(`accessibility, ${colorScheme} scheme`, () => {
		it(
			'no WCAG 2.1 AA violations on the favourites page (with items of every kind) and on a course page with its toggles',
			{ timeout: 120_000 },
			async () => {
				const context = await contextAtBuildTime(served.browser, { bypassCSP: true, colorScheme });
				const page = await context.newPage();
				await page.goto(`${served.server.url}/favoritter/`);
				await page.evaluate(() =>
					localStorage.setItem(
						'kompetansebroen:favourites',
						JSON.stringify({
							'courses:legemiddelhandtering-tre-samlinger': 'Legemiddelhåndtering',
							'courses:demens-grunnkurs-hosten-2026': 'Demens',
							'courses:finnes-ikke': 'Slettet kurs',
							'programmes:demensprogram': 'Demensprogram',
						}),
					),
				);
				for (const path of ['/favoritter/', COURSE, '/program/demensprogram/', '/program/']) {
					await page.goto(`${served.server.url}${path}`);
					if (path === '/favoritter/') await expect.poll(() => cards(page).count()).toBe(4);
					else await expect.poll(() => page.locator('[data-favourite]:visible').count()).toBeGreaterThan(0);
					expect(await axeViolations(page), path).toEqual([]);
					expect(await page.evaluate(structure), path).toEqual([]);
				}
				await context.close();
			},
		);
	});
}
