import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LIGHTHOUSE_PHONE, mainThreadQuiet, recordShifts, shiftsOf, throttledPage, totalShift } from '../utils/layout-shifts.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';

// Issue 18, item 5: the search page does not jump and loads Pagefind only when it is needed. Real
// Chromium with its CPU slowed down 4× (as Lighthouse's mobile preset assumes), on the sample site.
const served = useServedSite(sampleContent, FIXED_NOW);
const DESKTOP = { viewport: { width: 1350, height: 940 } };
const settled = '.search__results[aria-busy="false"]';

/** Opens `path` throttled, waits for the search to be shown and the page to go quiet, and gives its layout shifts. */
async function shiftsOpening(path: string, options = LIGHTHOUSE_PHONE) {
	const page = await throttledPage(served.browser, 4, options);
	await recordShifts(page);
	await page.goto(`${served.server.url}${path}`);
	await page.waitForSelector(settled);
	await mainThreadQuiet(page);
	const shifts = await shiftsOf(page);
	const results = await page.locator('.search-result').count();
	await page.context().close();
	return { shifts, total: totalShift(shifts), results };
}

describe('the search page while it loads (CPU 4× slower)', () => {
	for (const [name, options] of [
		['phone', LIGHTHOUSE_PHONE],
		['desktop', DESKTOP],
	] as const) {
		it(`moves nothing when the results and filters of /sok/?q=demens arrive (${name})`, async () => {
			const opened = await shiftsOpening('/sok/?q=demens', options);
			console.info(`CLS /sok/?q=demens (${name}, 4× CPU): ${opened.total.toFixed(4)}`, JSON.stringify(opened.shifts));
			expect(opened.results).toBe(10);
			// The sum of every shift is at least the CLS (its worst session window).
			expect(opened.total, JSON.stringify(opened.shifts)).toBeLessThan(0.1);
		});
	}

	it('moves nothing on /sok/ without a query either (phone)', async () => {
		const opened = await shiftsOpening('/sok/');
		console.info(`CLS /sok/ (phone, 4× CPU): ${opened.total.toFixed(4)}`, JSON.stringify(opened.shifts));
		expect(opened.total, JSON.stringify(opened.shifts)).toBeLessThan(0.1);
	});
});

describe('loading Pagefind', () => {
	it('on /sok/ without a query waits until the search field gets focus', async () => {
		const page = await throttledPage(served.browser, 1, DESKTOP);
		const requested: string[] = [];
		// Context events include the requests of Pagefind's web worker.
		page.context().on('request', (request: Request) => requested.push(new URL(request.url()).pathname));
		await page.goto(`${served.server.url}/sok/`);
		await page.waitForSelector(settled);
		await mainThreadQuiet(page);
		// The filters and their totals are there without it.
		expect(await page.locator('[data-facets] .facet__count').first().textContent()).toMatch(/^\(\d+\)$/);
		expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

		await page.focus('#search-q');
		await expect
			.poll(() => requested.filter((path) => path.startsWith('/pagefind/')))
			.toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/wasm.no.pagefind']));
		await page.context().close();
	});

	it('searches in its web worker, not on the main thread', async () => {
		const page = await throttledPage(served.browser, 1, DESKTOP);
		const workers: string[] = [];
		const warnings: string[] = [];
		page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
		page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
		await page.goto(`${served.server.url}/sok/?q=demens`);
		await page.waitForSelector(settled);
		expect(await page.locator('.search-result').count()).toBe(10);
		expect(workers).toEqual(['/pagefind/pagefind-worker.js']);
		expect(warnings.filter((w) => /pagefind/i.test(w))).toEqual([]);
		await page.context().close();
	});
});
