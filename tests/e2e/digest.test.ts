import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDigest } from '../../src/digest/digest.ts';
import { digestHtml } from '../../src/digest/html.ts';
import { launchBrowser } from '../utils/browser.ts';
import { testContext } from '../utils/site-context.ts';
import { WINDOW, whatsNewIndex } from '../utils/whats-new-entries.ts';

// The digest as a mail client with a browser engine shows it (Apple Mail, Outlook on the web …):
// real Chromium, the HTML set as the document, nothing else loaded.
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ctx = testContext();
const html = digestHtml(makeDigest(ctx, whatsNewIndex(ctx), WINDOW));

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The digest in a window `width` px wide, colour scheme `scheme`, with every request it made. */
async function open(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; requests: string[] }> {
	const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
	const page = await context.newPage();
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await page.setContent(html, { waitUntil: 'load' });
	return { page, requests };
}

describe('the digest in Chromium', () => {
	it('loads nothing, is at most 640 px wide on a wide screen and hides its preheader', async () => {
		const { page, requests } = await open(1280);
		expect(requests).toEqual([]);
		const widths = await page.evaluate(() => [...document.querySelectorAll('table')].map((t) => t.getBoundingClientRect().width));
		expect(widths[0]).toBe(1280);
		expect(Math.max(...widths.slice(1))).toBeLessThanOrEqual(640);
		expect(await page.locator('body > div').first().isVisible()).toBe(false);
		expect(await page.locator('h1').textContent()).toBe('Nytt siden sist');
		await page.context().close();
	});

	it('reflows on a phone: nothing wider than 320 px', async () => {
		const { page } = await open(320);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.context().close();
	});

	it('passes axe (WCAG 2.1 AA, colour contrast included) in the light and the dark colour scheme', async () => {
		for (const scheme of ['light', 'dark'] as const) {
			const { page } = await open(1280, scheme);
			await page.addScriptTag({ path: AXE });
			const violations =
				await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				.then((result) => result.violations.flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' '))))`);
			expect(violations, scheme).toEqual([]);
			await page.context().close();
		}
	});
});
