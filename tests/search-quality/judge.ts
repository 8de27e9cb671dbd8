import type { Page } from 'playwright-core';
import { JUDGED_QUERIES, type JudgedQuery } from './judged-queries.ts';
import { PAGEFIND_OPTIONS } from '../../src/search/client/pagefind-client.ts';

/** How many result URLs the report shows for each query (and the runner reads). */
export const REPORT_TOP = 5;

/** One judged query after a search on the built index. */
export interface QueryOutcome {
	query: JudgedQuery;
	/** 1-based rank of each expected page among all results, in `query.expect` order; null when not found at all. */
	ranks: (number | null)[];
	/** Every expected page is within the query's `top`. */
	hit: boolean;
	/** The first results' URLs (at least `REPORT_TOP`, more when `top` is larger). */
	results: string[];
	/** How many pages the search found. */
	total: number;
}

/**
 * Pagefind's browser API as the search page loads it (`src/search/client/pagefind-client.ts`):
 * imported from the built site, the same options, `init()`. A string, so that Vitest does not
 * rewrite the browser's dynamic import; kept on `window` for the following queries.
 */
const LOAD = `(async () => {
	if (!window.__judge) {
		const pf = await import('/pagefind/pagefind.js');
		await pf.options(${JSON.stringify(PAGEFIND_OPTIONS)});
		await pf.init();
		window.__judge = pf;
	}
})()`;

interface Found {
	urls: string[];
	total: number;
}

/**
 * The search page's query (`src/search/client/search-client.ts`: the trimmed text, no filters
 * ticked, so `pagefind.search(q, { filters: {} })`) and the first `n` result URLs.
 */
const SEARCH = (q: string, n: number) => `(async () => {
	const response = await window.__judge.search(${JSON.stringify(q.trim())}, { filters: {} });
	const all = response.results;
	const urls = await Promise.all(all.slice(0, ${n}).map((r) => r.data().then((d) => d.url)));
	return { urls, total: all.length };
})()`;

/**
 * Runs every query of `queries` (default: the judged set) the way the search page does, in
 * `page`, which must show a page of a served built site (Pagefind is loaded from
 * `/pagefind/pagefind.js` there). The rank of an expected page is read from the full result list,
 * so a miss still says how far down the page was.
 */
export async function judgeQueries(page: Page, queries: readonly JudgedQuery[] = JUDGED_QUERIES): Promise<QueryOutcome[]> {
	await page.evaluate(LOAD);
	const outcomes: QueryOutcome[] = [];
	for (const query of queries) {
		const shown = Math.max(query.top, REPORT_TOP);
		// The first results' URLs; when an expected page is not among them, all of them, to say how far down it is.
		let found = (await page.evaluate(SEARCH(query.q, shown))) as Found;
		if (query.expect.some((url) => !found.urls.includes(url)) && found.total > shown)
			found = (await page.evaluate(SEARCH(query.q, found.total))) as Found;
		const ranks = query.expect.map((url) => {
			const at = found.urls.indexOf(url);
			return at < 0 ? null : at + 1;
		});
		outcomes.push({
			query,
			ranks,
			hit: ranks.length > 0 && ranks.every((rank) => rank !== null && rank <= query.top),
			results: found.urls.slice(0, shown),
			total: found.total,
		});
	}
	return outcomes;
}

/** Hits per category, in the order categories first appear in the set. */
export function scoreByCategory(outcomes: readonly QueryOutcome[]): { category: string; hits: number; of: number }[] {
	const score = new Map<string, { hits: number; of: number }>();
	for (const { query, hit } of outcomes) {
		const s = score.get(query.category) ?? { hits: 0, of: 0 };
		s.of++;
		if (hit) s.hits++;
		score.set(query.category, s);
	}
	return [...score].map(([category, s]) => ({ category, ...s }));
}

/** «judged queries: N of M in top-k», the figure the test and the bench print. */
export function scoreLine(outcomes: readonly QueryOutcome[]): string {
	const hits = outcomes.filter((o) => o.hit).length;
	const tops = [...new Set(outcomes.map((o) => o.query.top))].sort().join('/');
	return `judged queries: ${hits} of ${outcomes.length} in top-${tops}`;
}

/** A plain-text report: the score, the score per category, and each miss with the expected ranks and the actual first results. */
export function judgeReport(outcomes: readonly QueryOutcome[]): string {
	const lines = [
		scoreLine(outcomes),
		`by category: ${scoreByCategory(outcomes)
			.map((c) => `${c.category} ${c.hits}/${c.of}`)
			.join(', ')}`,
	];
	for (const o of outcomes.filter((x) => !x.hit)) {
		const ranks = o.query.expect.map((url, i) => `${url} ${o.ranks[i] === null ? 'not found' : `#${o.ranks[i]}`}`).join(', ');
		lines.push(
			`MISS [${o.query.category}] «${o.query.q}» (top ${o.query.top}; ${o.total} results): wanted ${ranks}`,
			`     got: ${o.results.slice(0, REPORT_TOP).join('  ') || '(nothing)'}`,
		);
	}
	return lines.join('\n');
}
