import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXED_NOW, projectRoot, sampleContent } from '../utils/paths.ts';
import { type ServedSite, useServedSite } from '../utils/served-site.ts';
import { PAGEFIND_OPTIONS } from '../../src/search/client/pagefind-client.ts';

// Folding and compound parts (src/search/terms/) on the real built sample site, searched with
// Pagefind's own JS in Chromium: ranks through the API, excerpts on the search page.
const PSYKISK = 'Psykisk førstehjelp for ansatte i hjemmetjenesten';
const SCREENING = 'Ernæringsscreening og tiltak i sykehjem';
const AMME = 'Ammeveiledning i barselomsorgen';
const VEILEDNING = 'Veiledning av studenter i praksis';
const LEGEMIDDEL = 'Legemiddelhåndtering i kommunehelsetjenesten';

/** Resolves once the latest search has been shown (the result area is no longer busy). */
const settled = (page: Page) => page.waitForSelector('.search__results[aria-busy="false"]');

/** A result: its page's title and Pagefind's score. */
interface Hit {
	title: string;
	score: number;
}

/** A page with Pagefind loaded as `window.pf` with the search page's options, and a function that gives a query's results in rank order. */
async function pagefindOf(served: ServedSite): Promise<(query: string) => Promise<Hit[]>> {
	const page = await served.browser.newPage();
	await page.goto(`${served.server.url}/`, { waitUntil: 'networkidle' });
	// A string, so that Vitest does not rewrite the browser's dynamic import.
	await page.evaluate(
		`import('/pagefind/pagefind.js').then(async (pf) => { await pf.options(${JSON.stringify(PAGEFIND_OPTIONS)}); await pf.init(); window.pf = pf; })`,
	);
	return (query) =>
		page.evaluate(async (q) => {
			type Result = { score: number; data(): Promise<{ meta: { title: string } }> };
			const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: Result[] }> } }).pf;
			const { results } = await pf.search(q);
			return Promise.all(results.map(async (r) => ({ title: (await r.data()).meta.title, score: r.score })));
		}, query);
}

/** The titles of a query's results in rank order. */
const titlesOf = (hits: (query: string) => Promise<Hit[]>) => async (query: string) => (await hits(query)).map((hit) => hit.title);

describe('search words as people type them, on the sample site', () => {
	const served = useServedSite(sampleContent, FIXED_NOW);
	let hits: (query: string) => Promise<Hit[]>;
	let titles: (query: string) => Promise<string[]>;
	beforeAll(async () => {
		hits = await pagefindOf(served);
		titles = titlesOf(hits);
	});

	it('finds with «lorenskog» the same pages as with «lørenskog», the first five in the same order', async () => {
		const written = await titles('lørenskog');
		const typed = await titles('lorenskog');
		expect(written.length).toBeGreaterThan(10);
		expect([...typed].sort()).toEqual([...written].sort());
		// Same order: the title's and the organiser's ascii spellings get the fields' boost (terms/meta-forms.ts).
		expect(typed.slice(0, 5)).toEqual(written.slice(0, 5));
		expect((await titles('loerenskog')).slice(0, 5)).toEqual(written.slice(0, 5));
		// And with the same scores, not only by luck of the order.
		const scores = async (query: string) => (await hits(query)).slice(0, 5).map((hit) => hit.score);
		const writtenScores = await scores('lørenskog');
		for (const [i, score] of (await scores('lorenskog')).entries()) expect(score).toBeCloseTo(writtenScores[i], 3);
	});

	it('relies on Pagefind for å: «skarersletta» finds what «skårersletta» finds', async () => {
		const written = await titles('skårersletta');
		expect(written.length).toBeGreaterThan(0);
		expect(await titles('skarersletta')).toEqual(written);
	});

	it('finds «Psykisk førstehjelp» by «forstehjelp», and ernæring by «ernaering» in the same order', async () => {
		expect((await titles('forstehjelp'))[0]).toBe(PSYKISK);
		const written = await titles('ernæring');
		expect(await titles('ernaering')).toEqual(written);
	});

	it('finds the screening course by «screening» in the top 3', async () => {
		expect((await titles('screening')).slice(0, 3)).toContain(SCREENING);
	});

	it('brings Ammeveiledning by «veiledning», below the course with the exact word in its title', async () => {
		const found = await titles('veiledning');
		expect(found.slice(0, 5)).toContain(AMME);
		expect(found.indexOf(VEILEDNING)).toBeGreaterThanOrEqual(0);
		expect(found.indexOf(VEILEDNING)).toBeLessThan(found.indexOf(AMME));
	});

	it('finds Legemiddelhåndtering by «håndtering legemidler» in the top 3', async () => {
		expect((await titles('håndtering legemidler')).slice(0, 3)).toContain(LEGEMIDDEL);
	});

	it('shows excerpts as written, the mark on the written word, no delimiters and no ascii copies', async () => {
		const page = await (await served.browser.newContext()).newPage();
		for (const [query, marked, copies] of [
			['lorenskog', /^Lørenskog\W*$/, /lorenskog|loerenskog/],
			['screening', /^(Ernæringsscreening|screening)\W*$/i, /ernaeringsscreening|ernaringsscreening/],
			['forstehjelp', /^førstehjelp\W*$/i, /forstehjelp|foerstehjelp/],
		] as const) {
			await page.goto(`${served.server.url}/sok/?q=${query}`);
			await settled(page);
			const excerpts = page.locator('.search-result__excerpt');
			expect(await excerpts.count()).toBeGreaterThan(0);
			for (const text of await excerpts.allInnerTexts()) {
				expect(text).not.toMatch(/[⁅⁆]/);
				expect(text).not.toMatch(copies);
			}
			const marks = await page.locator('.search-result__excerpt mark').allInnerTexts();
			expect(marks.length).toBeGreaterThan(0);
			for (const mark of marks) expect(mark).toMatch(marked);
		}
		const result = page.locator('.search-result', { hasText: SCREENING });
		await page.goto(`${served.server.url}/sok/?q=screening`);
		await settled(page);
		expect(await result.locator('.search-result__excerpt mark').allInnerTexts()).toContain('Ernæringsscreening');
	});
});

describe('search words on a Swedish site (the sv example)', () => {
	const served = useServedSite(join(projectRoot, 'examples', 'sv'), FIXED_NOW);
	let titles: (query: string) => Promise<string[]>;
	beforeAll(async () => {
		titles = titlesOf(await pagefindOf(served));
	});

	it('finds «Läkemedelshantering» by a part, «hantering», and by «lakemedelshantering»', async () => {
		const course = 'Läkemedelshantering för undersköterskor i hemtjänsten';
		expect((await titles('hantering'))[0]).toBe(course);
		expect((await titles('lakemedelshantering'))[0]).toBe(course);
	});
});
