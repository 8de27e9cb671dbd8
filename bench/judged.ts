// The bench's judged-query step: builds the sample content (`content/`) as the tests do (at
// FIXED_NOW, the "now" the judgement was made for), serves it, and runs the judged query set
// (tests/search-quality/) in Chromium with the same runner as tests/e2e/search-quality.test.ts.
import { join } from 'node:path';
import { serveDist } from '../scripts/server.ts';
import { launchBrowser } from '../tests/utils/browser.ts';
import { runAstroBuild } from '../tests/utils/build.ts';
import { FIXED_NOW, sampleContent } from '../tests/utils/paths.ts';
import { judgeQueries, REPORT_TOP, scoreByCategory, scoreLine } from '../tests/search-quality/judge.ts';

export interface JudgedScore {
	/** «judged queries: N of M in top-3/5». */
	line: string;
	hits: number;
	of: number;
	byCategory: { category: string; hits: number; of: number }[];
	/** Each miss with the first results the search gave. */
	misses: { q: string; category: string; top: number; results: string[] }[];
	ms: number;
}

/**
 * Builds `content/` into `root/judged-dist` (under `locked`, the build lock the tests share) and
 * scores the judged query set on it. Throws when the build fails.
 */
export async function judgedScore(root: string, locked: <T>(task: () => Promise<T>) => Promise<T>): Promise<JudgedScore> {
	const started = performance.now();
	const outDir = join(root, 'judged-dist');
	const build = await locked(() => runAstroBuild({ contentDir: sampleContent, now: FIXED_NOW, outDir }));
	if (build.code !== 0) throw new Error(`astro build of content/ failed (exit ${build.code}):\n${build.output.slice(-3000)}`);
	const server = await serveDist(outDir);
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
		const outcomes = await judgeQueries(page);
		const hits = outcomes.filter((o) => o.hit).length;
		return {
			line: scoreLine(outcomes),
			hits,
			of: outcomes.length,
			byCategory: scoreByCategory(outcomes),
			misses: outcomes
				.filter((o) => !o.hit)
				.map((o) => ({ q: o.query.q, category: o.query.category, top: o.query.top, results: o.results.slice(0, REPORT_TOP) })),
			ms: performance.now() - started,
		};
	} finally {
		await browser.close();
		await server.close();
	}
}
