import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FILTER_KEYS } from '../../src/search/search-record.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';
import { fixtureEntries } from '../utils/site-map.ts';

// The index is read the way the site reads it: Pagefind's own JS in a real browser.
const entries = fixtureEntries(sampleContent);
let page: Page;

interface IndexedPage {
	url: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

const served = useServedSite(sampleContent, FIXED_NOW);

beforeAll(async () => {
	page = await served.browser.newPage();
	await page.goto(`${served.server.url}/`, { waitUntil: 'networkidle' });
	// A string, so that Vitest does not rewrite the browser's dynamic import. Under heavy load (the
	// whole suite on two cores) Pagefind's first metadata fetch has been seen to fail once: try twice.
	await page.evaluate(`import('/pagefind/pagefind.js').then(async (pf) => {
		try { await pf.init(); await pf.filters(); } catch { await pf.destroy?.(); await pf.init(); await pf.filters(); }
		window.pf = pf;
	})`);
});

/** Every indexed page, found by asking for all values of the `type` filter. */
const allIndexed = (): Promise<IndexedPage[]> =>
	page.evaluate(async () => {
		const pf = (
			window as unknown as {
				pf: {
					filters(): Promise<Record<string, Record<string, number>>>;
					search(q: null, o: unknown): Promise<{ results: { data(): Promise<IndexedPage> }[] }>;
				};
			}
		).pf;
		const types = Object.keys((await pf.filters()).type);
		const { results } = await pf.search(null, { filters: { type: { any: types } } });
		return Promise.all(
			results.map(async (r) => {
				const { url, filters, meta } = await r.data();
				return { url, filters, meta };
			}),
		);
	});

describe('the search index of the sample site', () => {
	it('has exactly the contract filter keys', async () => {
		const keys = await page.evaluate(async () =>
			Object.keys(await (window as unknown as { pf: { filters(): Promise<object> } }).pf.filters()),
		);
		expect(keys.sort()).toEqual([...FILTER_KEYS].sort());
	});

	it('holds every published detail page and nothing else (no drafts, lists or /admin/)', async () => {
		const indexed = (await allIndexed()).map((p) => p.url).sort();
		const expected = entries
			.filter((e) => !e.draft)
			.map((e) => e.url)
			.sort();
		expect(indexed).toEqual(expected);
	});

	it('labels each page with its type, title and the organiser of courses', async () => {
		const indexed = await allIndexed();
		const course = indexed.find((p) => p.url === '/kurs/demensomsorg-i-praksis/');
		expect(course?.filters.type).toEqual(['Kurs']);
		expect(course?.filters.topic).toContain('Demens');
		expect(course?.meta.title).toBe('Demensomsorg i praksis');
		expect(course?.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(course?.meta.organiser).toBeTruthy();
		const topic = indexed.find((p) => p.url === '/tema/demens/');
		expect(topic?.filters.type).toEqual(['Tema']);
	});

	it('weights the title: the topic titled «Palliasjon» comes before pages with the word in their text', async () => {
		// With the title indexed as plain text, two course pages that repeat the word rank above it.
		const titles = (await page.evaluate(
			`window.pf.search('palliasjon').then((r) => Promise.all(r.results.map((x) => x.data().then((d) => d.meta.title))))`,
		)) as string[];
		expect(titles.length).toBeGreaterThan(3);
		expect(titles[0]).toBe('Palliasjon');
	});
});
