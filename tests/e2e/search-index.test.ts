import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentIndexOfValidation } from '../../src/content-layer/validated-index.ts';
import { ENDS_KEY, leavingTimes, splitPages } from '../../src/search/archive.ts';
import { searchPages } from '../../src/search/search-pages.ts';
import { FILTER_KEYS } from '../../src/search/search-record.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';
import { testContext } from '../utils/site-context.ts';
import { useServedSite } from '../utils/served-site.ts';
import { fixtureEntries } from '../utils/site-map.ts';

// The index is read the way the site reads it: Pagefind's own JS in a real browser. `window.pf` is
// the current index (/pagefind/), `window.all` an instance with the archive merged, as the search
// page makes it when the reader asks for the archive.
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
		const all = pf.createInstance({ basePath: '/pagefind/' });
		await all.init();
		await all.mergeIndex('/pagefind-archive/');
		window.all = all;
	})`);
});

/** Every indexed page of the current index (`pf`) or of both (`all`), found by asking for all values of the `type` filter. */
const allIndexed = (instance: 'pf' | 'all' = 'pf'): Promise<IndexedPage[]> =>
	page.evaluate(async (instance) => {
		const pf = (
			window as unknown as {
				[name: string]: {
					filters(): Promise<Record<string, Record<string, number>>>;
					search(q: null, o: unknown): Promise<{ results: { data(): Promise<IndexedPage> }[] }>;
				};
			}
		)[instance];
		const types = Object.keys((await pf.filters()).type);
		const { results } = await pf.search(null, { filters: { type: { any: types } } });
		return Promise.all(
			results.map(async (r) => {
				const { url, filters, meta } = await r.data();
				return { url, filters, meta };
			}),
		);
	}, instance);

/** The split the build made (src/search/archive.ts), worked out here from the same content and "now". */
function expectedSplit() {
	const ctx = testContext({ now: FIXED_NOW });
	const index = contentIndexOfValidation(ctx, validateContent(sampleContent));
	const split = splitPages(searchPages(ctx, index), leavingTimes(ctx, index), ctx.now);
	return { current: split.current.map((p) => p.url).sort(), archive: split.archive.map((p) => p.url).sort() };
}

describe('the search index of the sample site', () => {
	it('has exactly the contract filter keys, and `ends` for the current pages that end soon', async () => {
		const keys = await page.evaluate(async () =>
			Object.keys(await (window as unknown as { pf: { filters(): Promise<object> } }).pf.filters()),
		);
		expect(keys.sort()).toEqual([...FILTER_KEYS, ENDS_KEY].sort());
	});

	it('holds every published detail page, in the current index or the archive and not in both (no drafts, lists or /admin/)', async () => {
		// Merged, a page in both indexes would come twice.
		const indexed = (await allIndexed('all')).map((p) => p.url).sort();
		const expected = entries
			.filter((e) => !e.draft)
			.map((e) => e.url)
			.sort();
		expect(indexed).toEqual(expected);
		const split = expectedSplit();
		expect((await allIndexed('pf')).map((p) => p.url).sort()).toEqual(split.current);
		expect(split.archive.length).toBeGreaterThan(0);
		expect([...split.current, ...split.archive].sort()).toEqual(expected);
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
