import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mainOf, textOf } from '../utils/html.ts';
import { contentIndexOfValidation } from '../../src/content-layer/validated-index.ts';
import { ENDS_KEY } from '../../src/search/archive.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { sampleContent } from '../utils/paths.ts';
import { testContext } from '../utils/site-context.ts';
import { useServedSite } from '../utils/served-site.ts';
import { fixtureEntries } from '../utils/site-map.ts';

// The search page on the real sample content, in real Chromium.
const NOW = '2026-11-20T12:00:00Z';
const COURSE = 'Demensomsorg i praksis';
const COURSE_URL = '/kurs/demensomsorg-i-praksis/';

const served = useServedSite(sampleContent, NOW);

/** Resolves once the latest search has been shown (the result area is no longer busy). */
const settled = (page: Page) => page.waitForSelector('.search__results[aria-busy="false"]');

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
	const page = await (await served.browser.newContext({ javaScriptEnabled })).newPage();
	await page.goto(`${served.server.url}${path}`);
	if (javaScriptEnabled && path.startsWith('/sok/')) await settled(page);
	return page;
}

const status = (page: Page) => page.locator('[data-status]').innerText();
const titles = (page: Page) => page.locator('.search-result__title').allInnerTexts();
const types = (page: Page) => page.locator('.search-result__meta .tag').allInnerTexts();
const checkbox = (page: Page, key: string, value: string) => page.locator(`input[name="${key}"][value="${value}"]`);
const facetCount = (page: Page, key: string, value: string) =>
	page.locator(`label:has(input[name="${key}"][value="${value}"]) .facet__count`).textContent();
const count = async (page: Page) => Number((await status(page)).match(/^(\d+) treff/)?.[1] ?? 0);

describe('the search page', () => {
	it('finds a course by a word as you type, with type, date, organiser and a highlighted excerpt', async () => {
		const page = await open('/sok/');
		const before = await page.evaluate(() => history.length);
		await page.fill('#search-q', 'demens');
		await expect.poll(() => status(page)).toMatch(/^\d+ treff for «demens»$/);
		await settled(page);
		expect((await titles(page)).slice(0, 3)).toContain(COURSE);
		expect(page.url()).toBe(`${served.server.url}/sok/?q=demens`);
		expect(await page.evaluate(() => history.length)).toBe(before);
		const result = page.locator('.search-result', { hasText: COURSE });
		expect(await result.locator('.search-result__meta').innerText()).toMatch(/Kurs\s+14\. sep\. 2027\s+Lørenskog kommune/);
		expect(await result.locator('time').getAttribute('datetime')).toBe('2027-09-14');
		expect(await result.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
	});

	it('finds an inflected form through Norwegian stemming', async () => {
		// The course says «demenssykdom» and «demenssykdommene»; the query is a third form.
		const query = 'demenssykdommer';
		const words = textOf(mainOf(served.site.read(COURSE_URL)))
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u);
		expect(words).toContain('demenssykdommene');
		// Without stemming the course could only match words that start with the query …
		expect(words.filter((w) => w.startsWith(query))).toEqual([]);
		// … and, since the exact form is in the index, Pagefind does not fall back to a shorter prefix.
		expect(textOf(mainOf(served.site.read('/tema/demens/'))).toLowerCase()).toContain(query);
		const page = await open(`/sok/?q=${query}`);
		expect((await titles(page)).slice(0, 3)).toContain(COURSE);
	});

	it('narrows the results with a filter and counts within the results for the filters in use', async () => {
		const page = await open('/sok/?q=demens');
		const all = await count(page);
		// A plain query has loaded no filter data: no count rather than the page's totals.
		expect(await facetCount(page, 'type', 'Kurs')).toBe('');
		expect(await facetCount(page, 'topic', 'Demens')).toBe('');
		await checkbox(page, 'type', 'Kurs').check();
		await expect.poll(() => page.url()).toContain('type=Kurs');
		await settled(page);
		expect(await count(page)).toBeLessThan(all);
		expect(await facetCount(page, 'type', 'Kurs')).toBe(`(${await count(page)})`);
		expect(new Set(await types(page))).toEqual(new Set(['Kurs']));
		expect(await facetCount(page, 'type', 'Arrangement')).toBe('(0)');
		expect(await facetCount(page, 'topic', 'Demens')).toBe('');
	});

	it('finds every page a filter alone promises, dated ones newest first', async () => {
		const page = await open('/sok/');
		const topics = Number((await facetCount(page, 'type', 'Tema'))?.slice(1, -1));
		expect(topics).toBeGreaterThan(0);
		// Topics have no date: Pagefind's date-sorted search alone would find none of them.
		const filtered = await open('/sok/?type=Tema');
		expect(await status(filtered)).toBe(`${topics} treff`);
		const demens = await open('/sok/?topic=Demens');
		const dates = await demens.locator('.search-result time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
		expect(dates).toEqual([...dates].sort().reverse());
		expect(await types(demens)).toContain('Tema');
		expect(await count(demens)).toBe(Number((await facetCount(page, 'topic', 'Demens'))?.slice(1, -1)));
	});

	it('keeps its state in the URL: open, reload, back and forward', async () => {
		const page = await open('/sok/?q=demens&type=Kurs');
		const restored = async () => {
			expect(await page.inputValue('#search-q')).toBe('demens');
			expect(await checkbox(page, 'type', 'Kurs').isChecked()).toBe(true);
			expect(new Set(await types(page))).toEqual(new Set(['Kurs']));
		};
		await restored();
		const courses = await count(page);
		await page.reload();
		await settled(page);
		await restored();

		await checkbox(page, 'type', 'Arrangement').check();
		await expect.poll(() => page.url()).toBe(`${served.server.url}/sok/?q=demens&type=Kurs&type=Arrangement`);
		await settled(page);
		expect(await count(page)).toBeGreaterThan(courses);

		await page.goBack();
		await expect.poll(() => checkbox(page, 'type', 'Arrangement').isChecked()).toBe(false);
		await settled(page);
		await restored();
		expect(await count(page)).toBe(courses);

		await page.goForward();
		await expect.poll(() => checkbox(page, 'type', 'Arrangement').isChecked()).toBe(true);
	});

	it('works with the keyboard only', async () => {
		const page = await open('/sok/');
		const focused = () =>
			page.evaluate(() => {
				const e = document.activeElement as HTMLInputElement | null;
				return e ? `${e.tagName}#${e.id}|${e.name ?? ''}=${e.value ?? ''}|${e.closest('.search-result') ? 'result' : ''}` : '';
			});
		const tabTo = async (pattern: RegExp, key = 'Tab', max = 40) => {
			for (let i = 0; i < max && !pattern.test(await focused()); i++) await page.keyboard.press(key);
			expect(await focused()).toMatch(pattern);
		};
		await tabTo(/^INPUT#search-q/);
		await page.keyboard.type('demens');
		await expect.poll(() => status(page)).toMatch(/treff for «demens»/);
		await tabTo(/\|type=Kurs\|/);
		await page.keyboard.press('Space');
		await expect.poll(() => page.url()).toContain('type=Kurs');
		await settled(page);
		expect(await focused()).toMatch(/\|type=Kurs\|/);
		expect(new Set(await types(page))).toEqual(new Set(['Kurs']));
		// The results come before the filters in the page (results first on a phone), so a keyboard
		// user goes back from the filter to them.
		await tabTo(/^A#\|.*\|result$/, 'Shift+Tab');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
		expect(outline).not.toBe('none');
		const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
		await page.keyboard.press('Enter');
		await page.waitForURL(`${served.server.url}${href}`);
	});

	it('shows ten results at a time and moves focus to the first new one', async () => {
		const page = await open('/sok/?q=demens');
		const total = await count(page);
		expect(total).toBeGreaterThan(10);
		expect(await page.locator('.search-result').count()).toBe(10);
		expect(await page.locator('[data-shown]').innerText()).toBe(`Viser 10 av ${total} treff.`);
		await page.getByRole('button', { name: 'Vis flere treff' }).click();
		await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(total, 20));
		const eleventh = await page.locator('.search-result a').nth(10).getAttribute('href');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(eleventh);
	});

	it('keeps a plain GET form and a pointer to the lists without JavaScript', async () => {
		const page = await open('/sok/?q=demens', false);
		expect(await page.locator('#search-form').getAttribute('method')).toBe('get');
		expect(await page.getByLabel('Søk i kurs, arrangementer og nyheter').first().getAttribute('name')).toBe('q');
		expect(await page.locator('noscript').count()).toBe(1);
		expect(await page.locator('main').innerText()).toContain('Søket krever JavaScript');
		expect(await page.locator('.search__results').isHidden()).toBe(true);
		expect(await page.locator('main a[href="/kurs/"]').count()).toBe(1);
	});

	it('is reached from the search field in the header of other pages', async () => {
		const page = await open(COURSE_URL);
		await page.fill('#header-q', 'legemidler');
		await page.press('#header-q', 'Enter');
		await page.waitForURL(`${served.server.url}/sok/?q=legemidler`);
		await settled(page);
		expect(await page.inputValue('#search-q')).toBe('legemidler');
		expect(await count(page)).toBeGreaterThan(0);
	});

	it('suggests removing filters when nothing is found', async () => {
		const page = await open('/sok/?q=demens&type=Sted');
		expect(await status(page)).toBe('Ingen treff for «demens»');
		const remove = page.getByRole('button', { name: 'Fjern Type: Sted' });
		expect(await remove.isVisible()).toBe(true);
		await remove.click();
		await expect.poll(() => page.url()).toBe(`${served.server.url}/sok/?q=demens`);
		await settled(page);
		expect(await count(page)).toBeGreaterThan(0);
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-status'))).toBe(true);
		expect(await page.locator('[data-none]').isHidden()).toBe(true);

		// A value the site does not have (an old link, say) gets a checkbox, so it can be taken off.
		const unknown = await open('/sok/?q=demens&organiser=Nedlagt+kommune');
		expect(await status(unknown)).toBe('Ingen treff for «demens»');
		expect(await checkbox(unknown, 'organiser', 'Nedlagt kommune').isChecked()).toBe(true);
		expect(await unknown.getByLabel('Nedlagt kommune').isChecked()).toBe(true);
		await unknown.getByLabel('Nedlagt kommune').uncheck();
		await expect.poll(() => unknown.url()).toBe(`${served.server.url}/sok/?q=demens`);
		await settled(unknown);
		expect(await count(unknown)).toBeGreaterThan(0);

		const plain = await open('/sok/?q=xqzvkw');
		expect(await status(plain)).toBe('Ingen treff for «xqzvkw»');
		expect(await plain.locator('[data-none-words]').isVisible()).toBe(true);
		expect(await plain.locator('[data-none-filters]').isHidden()).toBe(true);
	});
});

describe('the filters of the search page', () => {
	it('come with the page: every value the index holds, in alphabetical order, with its total', async () => {
		const page = await open('/sok/');
		const shown = await page
			.locator('[data-facet]')
			.evaluateAll((groups) =>
				groups.map((group) => [
					(group as HTMLElement).dataset.facet,
					[...group.querySelectorAll('label')].map((label) => [
						label.querySelector('input')?.value,
						label.querySelector('.facet__count')?.textContent,
					]),
				]),
			);
		// What Pagefind itself counts, read in a page of its own (this loads every filter chunk).
		const reader = await served.browser.newContext();
		const readerPage = await reader.newPage();
		await readerPage.goto(`${served.server.url}/`);
		const indexed = (await readerPage.evaluate(
			`import('/pagefind/pagefind.js').then(async (pf) => { await pf.init(); return pf.filters(); })`,
		)) as Record<string, Record<string, number>>;
		await reader.close();
		const collator = new Intl.Collator('nb-NO');
		// `ends` is not a facet: the leaving times of current pages (src/search/archive.ts).
		const expected = Object.entries(indexed)
			.filter(([key]) => key !== ENDS_KEY)
			.map(([key, counts]) => [
				key,
				Object.keys(counts)
					.sort(collator.compare)
					.map((value) => [value, `(${counts[value]})`]),
			]);
		const byKey = (list: unknown[][]) => Object.fromEntries(list.filter(([, values]) => (values as unknown[]).length > 0));
		expect(byKey(shown)).toEqual(byKey(expected));
		// The totals are those of the current index: the courses that have not ended at the build.
		const index = contentIndexOfValidation(testContext({ now: NOW }), validateContent(sampleContent));
		const courses = index.courses.filter((course) => !course.past).length;
		expect(courses).toBeLessThan(fixtureEntries(sampleContent).filter((e) => e.collection === 'courses' && !e.draft).length);
		expect(await facetCount(page, 'type', 'Kurs')).toBe(`(${courses})`);
		expect(await page.locator('[data-facets]').isVisible()).toBe(true);
	});

	it('load no filter chunk for opening the page and a plain query, and only its own for a filter', async () => {
		const context = await served.browser.newContext();
		const page = await context.newPage();
		const filterChunks: string[] = [];
		// Context events include the requests of Pagefind's web worker.
		context.on('request', (request: Request) => {
			const path = new URL(request.url()).pathname;
			if (path.startsWith('/pagefind/filter/')) filterChunks.push(path);
		});
		await page.goto(`${served.server.url}/sok/`);
		await settled(page);
		const totals = await page.locator('.facet__count').allTextContents();
		await page.fill('#search-q', 'demens');
		await expect.poll(() => status(page)).toMatch(/^\d+ treff for «demens»$/);
		await settled(page);
		expect(await page.locator('.search-result').count()).toBe(10);
		expect(filterChunks).toEqual([]);

		await checkbox(page, 'type', 'Kurs').check();
		await expect.poll(() => page.url()).toContain('type=Kurs');
		await settled(page);
		expect(filterChunks).toHaveLength(1);

		// Back to no query and no filter: the totals of the whole site again.
		await checkbox(page, 'type', 'Kurs').uncheck();
		await page.fill('#search-q', '');
		await expect.poll(() => page.locator('[data-idle]').isVisible()).toBe(true);
		await settled(page);
		expect(await page.locator('.facet__count').allTextContents()).toEqual(totals);
		expect(filterChunks).toHaveLength(1);
		await context.close();
	});
});

/** Bytes of every file under `dir`. */
const folderSize = (dir: string): number =>
	readdirSync(dir, { withFileTypes: true }).reduce(
		(sum, d) => sum + (d.isDirectory() ? folderSize(join(dir, d.name)) : statSync(join(dir, d.name)).size),
		0,
	);

describe('the cost of a search', () => {
	it('stays within budget for a first search, with and without gzip on the server', async () => {
		const context = await served.browser.newContext();
		const page = await context.newPage();
		const sizes: Promise<{ path: string; bytes: number }>[] = [];
		// Context events include the requests of Pagefind's web worker (page-level CDP misses them).
		context.on('requestfinished', (request: Request) => {
			const path = new URL(request.url()).pathname;
			if (path !== '/favicon.svg') sizes.push(request.sizes().then((s) => ({ path, bytes: s.responseBodySize + s.responseHeadersSize })));
		});
		await page.goto(`${served.server.url}/sok/`);
		await settled(page);
		await page.fill('#search-q', 'demens');
		await expect.poll(() => page.locator('.search-result').count()).toBe(10);
		await settled(page);
		const loaded = await Promise.all(sizes);
		// The test server sends files as they are; a host with gzip would compress all but Pagefind's
		// index chunks, which Pagefind writes compressed already.
		const gzipped = (path: string) => {
			const file = readFileSync(served.site.fileOf(path));
			return Math.min(file.length, gzipSync(file).length);
		};
		const sum = (items: { path: string; bytes: number }[], size: (item: { path: string; bytes: number }) => number) =>
			items.reduce((n, i) => n + size(i), 0);
		const pagefind = loaded.filter((l) => l.path.startsWith('/pagefind/'));
		const figures = {
			requests: loaded.length,
			transferred: sum(loaded, (l) => l.bytes),
			transferredPagefind: sum(pagefind, (l) => l.bytes),
			gzipEstimate: sum(loaded, (l) => gzipped(l.path)),
			gzipEstimatePagefind: sum(pagefind, (l) => gzipped(l.path)),
			distPagefind: folderSize(join(served.site.outDir, 'pagefind')),
		};
		console.info('search cost (bytes):', JSON.stringify(figures));
		expect(pagefind.map((l) => l.path)).toContain('/pagefind/wasm.no.pagefind');
		expect(figures.gzipEstimate).toBeLessThan(200_000);
		expect(figures.transferred).toBeLessThan(400_000);
	});
});
