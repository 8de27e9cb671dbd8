import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { STATUS_PATH } from '../../src/status/cms-links.ts';
import { axeViolations, structure } from '../utils/axe.ts';
import { startCmsSite, stopCmsSite } from '../utils/cms-site.ts';
import { removeContentDir } from '../utils/content-dir.ts';
import type { DecapBackend } from '../utils/decap-server.ts';
import { contextAtBuildTime } from '../utils/open-page.ts';
import { FIXED_NOW } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';
import type { StaticServer } from '../utils/static-server.ts';
import { makeStatusContentDir } from '../utils/status-fixture.ts';

// The curators' status page in Chromium: WCAG 2.1 AA (axe) in both colour schemes, headings and
// landmarks, reflow; and the link to it that the admin page adds to the real Decap's header.
const t = useTranslations('nb');
const dir = makeStatusContentDir();

describe('the status page of a fixture with one of each row kind', () => {
	const served = useServedSite(dir, FIXED_NOW, () => removeContentDir(dir));

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no WCAG 2.1 AA violations, ${colorScheme} scheme`, { timeout: 120_000 }, async () => {
			const context = await contextAtBuildTime(served.browser, { bypassCSP: true, colorScheme });
			const page = await context.newPage();
			await page.goto(`${served.server.url}${STATUS_PATH}`);
			expect(await page.locator('tr[data-status-kind]').count()).toBeGreaterThanOrEqual(7);
			expect([...(await axeViolations(page)), ...(colorScheme === 'light' ? await page.evaluate(structure) : [])]).toEqual([]);
			await context.close();
		});
	}

	for (const [width, textSize] of [
		[320, undefined],
		[640, '200%'],
	] as const) {
		it(`fits ${width} CSS px${textSize ? ` with text at ${textSize}` : ''}: the tables scroll in their own region`, async () => {
			const context = await contextAtBuildTime(served.browser, { viewport: { width, height: 800 } });
			const page = await context.newPage();
			await page.goto(`${served.server.url}${STATUS_PATH}`);
			if (textSize) await page.evaluate((size) => (document.documentElement.style.fontSize = size), textSize);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			await context.close();
		});
	}
});

describe('the CMS', () => {
	let backend: DecapBackend;
	let server: StaticServer;
	let browser: Browser;

	beforeAll(async () => {
		({ backend, server, browser } = await startCmsSite());
	}, 300_000);
	afterAll(() => stopCmsSite({ backend, server, browser }));

	it('links to the status page from its header, and the status page links back', { timeout: 120_000 }, async () => {
		const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
		await page.goto(`${server.url}/admin/`);
		await page.getByRole('button', { name: 'Logg inn' }).click();
		await page.getByText('Arbeidsflyt').waitFor();
		const link = page.locator('header nav').getByRole('link', { name: t('status.title'), exact: true });
		await expect.poll(() => link.count()).toBe(1);
		expect(await link.getAttribute('href')).toBe(STATUS_PATH);
		// Still there, once, after Decap draws other views.
		await page.locator('header nav').getByRole('link', { name: 'Arbeidsflyt' }).click();
		await page.waitForURL(/#\/workflow/);
		await page
			.locator('header nav')
			.getByRole('link', { name: /Innhold/ })
			.click();
		await page.waitForURL(/#\/collections\//);
		expect(await link.count()).toBe(1);
		await link.click();
		await page.waitForURL(`${server.url}${STATUS_PATH}`);
		expect(await page.locator('h1').textContent()).toBe(t('status.title'));
		await page.getByRole('link', { name: t('status.backToCms') }).click();
		await page.waitForURL(`${server.url}/admin/`);
		await page.close();
	});
});
