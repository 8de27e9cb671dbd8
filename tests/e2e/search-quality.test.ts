import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeQueries, judgeReport, REPORT_TOP } from '../search-quality/judge.ts';
import { JUDGED_QUERIES } from '../search-quality/judged-queries.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';
import { fixtureEntries } from '../utils/site-map.ts';

// The judged query set (tests/search-quality/) on the real sample site, searched with Pagefind's
// own JS in real Chromium as the search page searches: the score of the site search (issue 18).
const served = useServedSite(sampleContent, FIXED_NOW);
let page: Page;

beforeAll(async () => {
	page = await served.browser.newPage();
	await page.goto(`${served.server.url}/`, { waitUntil: 'networkidle' });
});

describe('the judged query set', () => {
	it('is at least 45 distinct queries, each with a reason and published pages of the sample content', () => {
		const published = new Set(
			fixtureEntries(sampleContent)
				.filter((e) => !e.draft)
				.map((e) => e.url),
		);
		expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(45);
		expect(new Set(JUDGED_QUERIES.map((j) => j.q.toLowerCase())).size).toBe(JUDGED_QUERIES.length);
		for (const j of JUDGED_QUERIES) {
			expect(j.reason.length, j.q).toBeGreaterThan(10);
			expect(j.expect.length, j.q).toBeGreaterThan(0);
			expect(j.expect.length, j.q).toBeLessThanOrEqual(j.top);
			expect(
				j.expect.filter((url) => !published.has(url)),
				j.q,
			).toEqual([]);
		}
		const categories = new Set(JUDGED_QUERIES.map((j) => j.category));
		expect([...categories].sort()).toEqual(['ascii', 'compound', 'english', 'inflection', 'name', 'plain', 'topic', 'two-word', 'typo']);
	});

	it('the runner reads ranks from the real index: a hit at rank 1, a page that is not found', async () => {
		const [hit, miss] = await judgeQueries(page, [
			{ q: 'ammeveiledning', category: 'plain', expect: ['/kurs/ammeveiledning-i-barselomsorgen/'], top: 3, reason: 'the title' },
			{ q: 'ammeveiledning', category: 'plain', expect: ['/tema/demens/'], top: 3, reason: 'not about it' },
		]);
		expect(hit).toMatchObject({ hit: true, ranks: [1] });
		expect(hit.results[0]).toBe('/kurs/ammeveiledning-i-barselomsorgen/');
		expect(miss).toMatchObject({ hit: false, ranks: [null] });
	});

	it('finds every wanted page in the top 3 (or top 5 for a broad query)', async () => {
		const outcomes = await judgeQueries(page);
		console.log(`\n${judgeReport(outcomes)}\n`);
		const misses = outcomes
			.filter((o) => !o.hit)
			.map((o) => `[${o.query.category}] «${o.query.q}» → ${o.results.slice(0, REPORT_TOP).join(' ') || '(nothing)'}`);
		expect(misses).toEqual([]);
	});
});
