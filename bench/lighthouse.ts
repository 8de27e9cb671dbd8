// `npm run bench:lighthouse`: Lighthouse (mobile preset, performance only) on a page of the built
// sample site, several runs, per-run figures with the best and the median. Lighthouse is not a
// dependency of the project (heavy, and newer releases need Node 22 in their lockfile): it runs
// through `npm exec` pinned at LIGHTHOUSE below, which installs it into npm's cache on first use.
// Chromium is the Debian package (CHROME_PATH), headless.
//
//   npm run bench:lighthouse                       build content/ at KB_NOW 2027-01-15, serve, measure /sok/?q=demens
//   npm run bench:lighthouse -- --dist dist        serve an existing build instead
//   npm run bench:lighthouse -- --url http://localhost:4321 --path /kurs/ --runs 3
//   … --append                                     also append the table to bench/RESULTS.md
//   … --reports DIR                                keep Lighthouse's JSON reports there
import { execFile } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveDist } from '../scripts/server.ts';
import { CHROMIUM } from '../tests/utils/browser.ts';
import { runLockedAstroBuild } from '../tests/utils/build.ts';
import { FIXED_NOW, projectRoot, sampleContent } from '../tests/utils/paths.ts';

/** The Lighthouse release, exactly (12.2.3 is the newest that installs on Node 20/22 without warnings). */
const LIGHTHOUSE = 'lighthouse@12.2.3';

const { values: args } = parseArgs({
	options: {
		url: { type: 'string' },
		dist: { type: 'string' },
		path: { type: 'string', default: '/sok/?q=demens' },
		runs: { type: 'string', default: '5' },
		append: { type: 'boolean', default: false },
		note: { type: 'string' },
		/** Keep the JSON reports in this folder. */
		reports: { type: 'string' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (args.help) {
	console.log(
		'npm run bench:lighthouse -- [--url BASE | --dist DIR] [--path /sok/?q=demens] [--runs 5] [--append] [--note TEXT] [--reports DIR]',
	);
	process.exit(0);
}

interface Run {
	score: number;
	cls: number;
	tbt: number;
	lcp: number;
	fcp: number;
}

/** One Lighthouse run against `url`; its JSON report goes to `out`. */
function lighthouse(url: string, out: string): Promise<Run> {
	const cli = [
		'exec',
		'--yes',
		`--package=${LIGHTHOUSE}`,
		'--',
		'lighthouse',
		url,
		'--only-categories=performance',
		'--output=json',
		`--output-path=${out}`,
		'--chrome-flags=--headless=new --no-sandbox --disable-gpu',
		'--quiet',
	];
	return new Promise((resolve, reject) => {
		execFile('npm', cli, { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 2 ** 20 }, (error, _stdout, stderr) => {
			if (error) return reject(new Error(`lighthouse failed: ${stderr || error.message}`));
			const report = JSON.parse(readFileSync(out, 'utf8')) as {
				runtimeError?: { message: string };
				categories: { performance: { score: number | null } };
				audits: Record<string, { numericValue?: number }>;
			};
			if (report.runtimeError) return reject(new Error(`lighthouse: ${report.runtimeError.message}`));
			const value = (audit: string) => report.audits[audit]?.numericValue ?? NaN;
			resolve({
				score: Math.round((report.categories.performance.score ?? NaN) * 100),
				cls: value('cumulative-layout-shift'),
				tbt: value('total-blocking-time'),
				lcp: value('largest-contentful-paint'),
				fcp: value('first-contentful-paint'),
			});
		});
	});
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const row = (label: string, r: Run) =>
	`| ${label} | ${r.score} | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} ms | ${(r.lcp / 1000).toFixed(2)} s | ${(r.fcp / 1000).toFixed(2)} s |`;

const work = mkdtempSync(join(tmpdir(), 'kb-lighthouse-'));
if (args.reports) mkdirSync(args.reports, { recursive: true });
let close = async () => {};
try {
	let base = args.url?.replace(/\/$/, '');
	if (!base) {
		let dist = args.dist;
		if (!dist) {
			console.log(`building ${sampleContent} at ${FIXED_NOW} …`);
			const build = await runLockedAstroBuild({ contentDir: sampleContent, now: FIXED_NOW, outDir: join(work, 'dist') });
			if (build.code !== 0) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
			dist = build.outDir;
		}
		const server = await serveDist(dist);
		close = () => server.close();
		base = server.url;
	}
	const url = `${base}${args.path}`;
	const loadBefore = loadavg().map((l) => l.toFixed(2));
	const runs: Run[] = [];
	for (let i = 1; i <= Number(args.runs); i++) {
		const run = await lighthouse(url, join(args.reports ?? work, `run-${i}.json`));
		runs.push(run);
		console.log(row(`run ${i}`, run));
	}
	const loadAfter = loadavg().map((l) => l.toFixed(2));
	const best: Run = {
		score: Math.max(...runs.map((r) => r.score)),
		cls: Math.min(...runs.map((r) => r.cls)),
		tbt: Math.min(...runs.map((r) => r.tbt)),
		lcp: Math.min(...runs.map((r) => r.lcp)),
		fcp: Math.min(...runs.map((r) => r.fcp)),
	};
	const mid: Run = {
		score: median(runs.map((r) => r.score)),
		cls: median(runs.map((r) => r.cls)),
		tbt: median(runs.map((r) => r.tbt)),
		lcp: median(runs.map((r) => r.lcp)),
		fcp: median(runs.map((r) => r.fcp)),
	};
	const table = [
		`| run | performance | CLS | TBT | LCP | FCP |`,
		`|---|---|---|---|---|---|`,
		...runs.map((r, i) => row(`run ${i + 1}`, r)),
		row('**best** (each figure on its own)', best),
		row('**median**', mid),
	].join('\n');
	const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
	const context = `${LIGHTHOUSE}, mobile preset (simulated throttling), Chromium ${CHROMIUM} headless; ${cpus().length} cores; load average (1/5/15 min) before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}.`;
	console.log(`\n${url}\n${context}\n\n${table}`);
	if (args.append) {
		const section = `\n### Lighthouse ${args.path} — ${when} UTC\n\n${context}${args.note ? ` ${args.note}` : ''}\n\n${table}\n`;
		appendFileSync(join(projectRoot, 'bench', 'RESULTS.md'), section);
		console.log('appended to bench/RESULTS.md');
	}
} finally {
	await close();
	rmSync(work, { recursive: true, force: true });
}
