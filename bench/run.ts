// `npm run bench -- --entries N`: generates a synthetic content folder, builds it as production
// does (astro build in a child process, KB_NOW fixed), measures build phases, memory, output and
// search cost in Chromium, builds the same MDX with a bare Astro project for comparison, scores the
// judged query set on the sample content (bench/judged.ts), prints the figures and appends them to
// bench/RESULTS.md.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
	appendFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	symlinkSync,
	unlinkSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveDist } from '../scripts/server.ts';
import { validateContentInParallel } from '../src/validation/parallel.ts';
import { launchBrowser } from '../tests/utils/browser.ts';
import { cleanEnv, npmBuildEnv } from '../tests/utils/build.ts';
import { withLock } from '../tests/utils/lock.ts';
import { projectRoot } from '../tests/utils/paths.ts';
import { DEFAULT_NOW, generateContent, type GeneratedContent } from './generate.ts';
import { judgedScore, type JudgedScore } from './judged.ts';
import {
	type BuildMeasurement,
	distStats,
	type DistStats,
	kindOf,
	measurePageLoad,
	measureProcess,
	measureSearch,
	type PageScripts,
	type Phase,
	phasesOf,
	withMemory,
	routeTimes,
	scriptsByKind,
	type SearchCost,
} from './measure.ts';

const { values: args } = parseArgs({
	options: {
		entries: { type: 'string', default: '10000' },
		/** How many of the entries are current at --now (the rest past); default: dates drawn around now. */
		current: { type: 'string' },
		now: { type: 'string', default: DEFAULT_NOW },
		seed: { type: 'string' },
		bare: { type: 'boolean', default: true },
		search: { type: 'boolean', default: true },
		judged: { type: 'boolean', default: true },
		validate: { type: 'boolean', default: true },
		lock: { type: 'boolean', default: true },
		append: { type: 'boolean', default: true },
		keep: { type: 'boolean', default: false },
		results: { type: 'string', default: join(projectRoot, 'bench', 'RESULTS.md') },
		json: { type: 'string' },
		note: { type: 'string' },
		/** Extra environment for our build, `KEY=VALUE` (repeatable), e.g. `--env NODE_OPTIONS=--max-old-space-size=1024`. */
		env: { type: 'string', multiple: true, default: [] },
		help: { type: 'boolean', short: 'h', default: false },
	},
	allowNegative: true,
});

if (args.help) {
	console.log(`npm run bench -- [options]

  --entries N        courses + events + news to generate (default 10000; 45 / 20 / 35 %)
  --current N        N of the entries current at --now (not ended, news < 12 months), the rest past
  --now ISO          KB_NOW of the build (default ${DEFAULT_NOW}); --seed S for other content
  --no-bare          skip the bare Astro + MDX comparison build
  --no-search        skip the searches in Chromium
  --no-judged        skip the judged query set (tests/search-quality/) on a build of content/
  --no-validate      skip timing validateContent in this process
  --no-lock          do not take the build lock shared with the tests
  --env KEY=VALUE    extra environment for our build (repeatable)
  --note TEXT        added to the table's header
  --no-append        do not append the table to bench/RESULTS.md (--results FILE for another file)
  --json FILE        append the raw figures as one JSON line
  --keep             keep the temp folder (content, dist, bare project)`);
	process.exit(0);
}

const entries = Number(args.entries);
if (!Number.isInteger(entries) || entries < 1) throw new Error(`--entries must be a positive integer (got ${args.entries})`);

const current = args.current === undefined ? undefined : Number(args.current);
if (current !== undefined && (!Number.isInteger(current) || current < 0 || current > entries))
	throw new Error(`--current must be an integer from 0 to --entries (got ${args.current})`);

const extraEnv = Object.fromEntries(args.env!.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));

// ---------------------------------------------------------------------------------------------
const astroBin = join(
	projectRoot,
	'node_modules',
	'astro',
	(JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { bin: { astro: string } }).bin.astro,
);
const version = (pkg: string) =>
	(JSON.parse(readFileSync(join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
const BUILD_LOCK = `kompetansebroen-build-${createHash('sha1').update(projectRoot).digest('hex').slice(0, 8)}`;
const locked = <T>(task: () => Promise<T>) => (args.lock ? withLock(BUILD_LOCK, task, 3_600_000) : task());

const fmt = {
	s: (ms: number) => `${(ms / 1000).toFixed(1)} s`,
	kB: (b: number) => `${(b / 1000).toFixed(1)} kB`,
	MB: (b: number) => `${(b / 1e6).toFixed(1)} MB`,
	MiB: (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`,
	n: (v: number) => v.toLocaleString('en').replace(/,/g, ' '),
};
const log = (...parts: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

/** Astro's content-layer cache of the real project for a content folder (see astro.config.mjs). */
const cacheDirOf = (contentDir: string) =>
	join(projectRoot, 'node_modules', '.astro', createHash('sha256').update(contentDir).digest('hex').slice(0, 12));

const progress = (label: string) => (line: { at: number; text: string }) => {
	// Astro's own log lines only (not every route, nor Vite's per-module warnings).
	if (!/^\d\d:\d\d:\d\d \[/.test(line.text) || /MODULE_LEVEL_DIRECTIVE/.test(line.text)) return;
	console.log(`  ${label} +${(line.at / 1000).toFixed(1)}s ${line.text.replace(/^\d\d:\d\d:\d\d /, '').slice(0, 140)}`);
};

async function buildOurs(contentDir: string, outDir: string): Promise<BuildMeasurement> {
	rmSync(cacheDirOf(contentDir), { recursive: true, force: true });
	try {
		return await locked(() =>
			measureProcess({
				command: process.execPath,
				args: [astroBin, 'build', '--outDir', outDir],
				cwd: projectRoot,
				env: { ...cleanEnv(), ...npmBuildEnv(), ...extraEnv, KB_CONTENT_DIR: contentDir, KB_NOW: args.now! },
				onLine: progress('ours'),
			}),
		);
	} finally {
		rmSync(cacheDirOf(contentDir), { recursive: true, force: true });
	}
}

/** Copies bench/bare (dropping `.tmpl`) into a temp project that links this project's node_modules. */
function makeBareProject(root: string): string {
	const dir = join(root, 'bare');
	cpSync(join(projectRoot, 'bench', 'bare'), dir, { recursive: true });
	const rename = (folder: string) => {
		for (const d of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, d.name);
			if (d.isDirectory()) rename(path);
			else if (d.name.endsWith('.tmpl')) renameSync(path, path.slice(0, -'.tmpl'.length));
		}
	};
	rename(dir);
	rmSync(join(dir, 'README.md'), { force: true });
	symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

async function buildBare(root: string, contentDir: string): Promise<BuildMeasurement> {
	const dir = makeBareProject(root);
	return locked(() =>
		measureProcess({
			command: process.execPath,
			// The output stays inside the project: Astro's prerender chunks resolve packages from there.
			args: [astroBin, 'build', '--outDir', join(dir, 'dist')],
			cwd: dir,
			// Stock settings: no allocator settings from our build script.
			env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', BARE_CONTENT_DIR: contentDir },
			onLine: progress('bare'),
		}),
	);
}

/** Time spent per kind of route while generating (Astro's `(+Nms)` per route). */
function renderByKind(build: BuildMeasurement) {
	const sums = new Map<string, { ms: number; count: number }>();
	for (const { path, ms } of routeTimes(build.lines)) {
		const kind = path.startsWith('/admin/') ? 'admin' : kindOf(path.replace(/index\.html$/, ''));
		const s = sums.get(kind) ?? { ms: 0, count: 0 };
		s.ms += ms;
		s.count++;
		sums.set(kind, s);
	}
	return [...sums].map(([kind, s]) => ({ kind, ...s })).sort((a, b) => b.ms - a.ms);
}

interface Results {
	entries: number;
	date: string;
	machine: { cores: number; cpu: string; memory: number; loadStart: number[]; loadEnd?: number[] };
	versions: Record<string, string>;
	/** The code measured: commit and number of uncommitted changes in the working tree. */
	git: string;
	content: GeneratedContent['counts'] & { sourceBytes: number; sourceFiles: number; generateMs: number };
	validationMs?: number;
	ours: {
		code: number | null;
		wallMs: number;
		phases: Phase[];
		pagesBuilt?: number;
		peakRss: number;
		peakTreeRss: number;
		processes: { name: string; hwm: number }[];
		renderByKind: ReturnType<typeof renderByKind>;
	};
	dist?: DistStats;
	scripts?: PageScripts[];
	contentPageLoad?: { path: string; bytes: number; requests: number; scriptBytes: number };
	searches?: SearchCost[];
	bare?: { code: number | null; wallMs: number; peakRss: number; peakTreeRss: number; pages: number };
	/** The judged query set on the sample content (not on the generated corpus), or why it could not run. */
	judged?: JudgedScore | { error: string };
}

/** Commit and working-tree state (read-only git commands). */
function gitState(): string {
	try {
		const git = (...a: string[]) => execFileSync('git', a, { cwd: projectRoot, encoding: 'utf8' }).trim();
		const dirty = git('status', '--porcelain').split('\n').filter(Boolean).length;
		return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ` + ${dirty} uncommitted changes` : ''}`;
	} catch {
		return 'unknown';
	}
}

async function main() {
	const root = mkdtempSync(join(tmpdir(), `kb-bench-${entries}-`));
	const contentDir = join(root, 'content');
	const outDir = join(root, 'dist');
	const results: Results = {
		entries,
		date: new Date().toISOString(),
		machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? '?', memory: totalmem(), loadStart: loadavg() },
		versions: {
			node: process.versions.node,
			astro: version('astro'),
			'@astrojs/mdx': version('@astrojs/mdx'),
			pagefind: version('pagefind'),
			'playwright-core': version('playwright-core'),
		},
		git: gitState(),
		content: undefined as never,
		ours: undefined as never,
	};
	log(`${fmt.n(entries)} entries in ${root}`);
	try {
		const t0 = performance.now();
		const generated = generateContent({
			dir: contentDir,
			entries,
			current,
			now: args.now,
			seed: args.seed ? Number(args.seed) : undefined,
		});
		results.content = {
			...generated.counts,
			sourceBytes: generated.bytes,
			sourceFiles: generated.files,
			generateMs: performance.now() - t0,
		};
		log(`generated ${fmt.n(generated.files)} files, ${fmt.MB(generated.bytes)} in ${fmt.s(results.content.generateMs)}`, generated.counts);

		if (args.validate) {
			const t1 = performance.now();
			const { problems } = await validateContentInParallel(contentDir, { publicDir: join(projectRoot, 'public') });
			results.validationMs = performance.now() - t1;
			const errors = problems.filter((p) => p.severity === 'error');
			log(`validateContentInParallel alone (in this process): ${fmt.s(results.validationMs)}, ${errors.length} errors`);
			if (errors.length)
				throw new Error(
					`generated content is invalid:\n${errors
						.slice(0, 20)
						.map((e) => `${e.file}:${e.line}: ${e.field}: ${e.message}`)
						.join('\n')}`,
				);
		}

		log('building (astro build) …');
		const build = await buildOurs(contentDir, outDir);
		const phases = withMemory(phasesOf(build.lines, build.wallMs).phases, build.samples);
		const builtLine = build.lines.find((l) => /(\d+) page\(s\) built in/.test(l.text))?.text;
		results.ours = {
			code: build.code,
			wallMs: build.wallMs,
			phases,
			pagesBuilt: builtLine ? Number(/(\d+) page\(s\)/.exec(builtLine)![1]) : undefined,
			peakRss: build.peakRss,
			peakTreeRss: build.peakTreeRss,
			processes: build.processes.slice(0, 4).map(({ name, hwm }) => ({ name, hwm })),
			renderByKind: renderByKind(build),
		};
		if (build.code !== 0) throw new Error(`astro build failed (exit ${build.code}):\n${build.output.slice(-4000)}`);
		log(`built in ${fmt.s(build.wallMs)}, peak RSS ${fmt.MiB(build.peakRss)} (tree ${fmt.MiB(build.peakTreeRss)})`);

		results.dist = distStats(outDir);
		results.scripts = scriptsByKind(outDir);

		if (args.search) {
			const server = await serveDist(outDir);
			const browser = await launchBrowser();
			try {
				results.searches = [];
				for (const query of generated.queries) {
					const cost = await measureSearch(browser, server.url, query);
					results.searches.push(cost);
					log(
						`search «${query}»: ${cost.results} shown, ${cost.requests} requests, ${fmt.kB(cost.bytes)} (Pagefind ${fmt.kB(cost.pagefindBytes)}, after typing ${fmt.kB(cost.afterTyping)})`,
					);
				}
				const course = results.scripts.find((s) => s.kind === 'course')?.path;
				if (course) results.contentPageLoad = { path: course, ...(await measurePageLoad(browser, server.url, course)) };
			} finally {
				await browser.close();
				await server.close();
			}
		}
		rmSync(outDir, { recursive: true, force: true });

		if (args.bare) {
			log('building the bare Astro + MDX project …');
			const bare = await buildBare(root, contentDir);
			const pagesLine = bare.lines.find((l) => /(\d+) page\(s\) built in/.test(l.text))?.text;
			results.bare = {
				code: bare.code,
				wallMs: bare.wallMs,
				peakRss: bare.peakRss,
				peakTreeRss: bare.peakTreeRss,
				pages: pagesLine ? Number(/(\d+) page\(s\)/.exec(pagesLine)![1]) : 0,
			};
			if (bare.code !== 0) log(`bare build failed (exit ${bare.code}):\n${bare.output.slice(-3000)}`);
			else log(`bare: ${fmt.s(bare.wallMs)}, peak RSS ${fmt.MiB(bare.peakRss)}`);
		}

		if (args.judged) {
			log('judged query set: building content/ and searching in Chromium …');
			try {
				const judged = await judgedScore(root, locked);
				results.judged = judged;
				log(`${judged.line} (${fmt.s(judged.ms)})`);
				for (const m of judged.misses) log(`  miss [${m.category}] «${m.q}» (top ${m.top}): ${m.results.join(' ') || '(nothing)'}`);
			} catch (error) {
				// The synthetic figures stand on their own: report the failed step instead of losing them.
				results.judged = { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
				log(`judged query set failed: ${results.judged.error}`);
			}
		}
	} finally {
		results.machine.loadEnd = loadavg();
		// The bare project links this project's node_modules: remove the link itself first.
		const link = join(root, 'bare', 'node_modules');
		if (!args.keep && existsSync(link)) unlinkSync(link);
		if (args.keep) log(`kept ${root}`);
		else rmSync(root, { recursive: true, force: true });
	}

	const report = markdown(results);
	console.log(`\n${report}`);
	if (args.append && results.ours?.code === 0) {
		if (!existsSync(args.results!)) mkdirSync(dirname(args.results!), { recursive: true });
		appendFileSync(args.results!, `\n${report}`);
		log(`appended to ${args.results}`);
	}
	if (args.json) appendFileSync(args.json, `${JSON.stringify(results)}\n`);
}

function markdown(r: Results): string {
	const o = r.ours;
	const d = r.dist;
	const rows: [string, string, string?][] = [];
	const phase = (name: string) => o.phases.find((p) => p.name === name)?.ms;
	const render = phase('page rendering');
	const index = phase('search indexing (Pagefind)');
	rows.push(['**build + index, wall** (astro build, cold cache)', `**${fmt.s(o.wallMs)}**`, '< 30 s at 10k']);
	for (const p of o.phases)
		rows.push([
			`  phase: ${p.name}`,
			`${fmt.s(p.ms)}${p.rss ? ` (RSS up to ${fmt.MiB(p.rss)}${p.tree && p.tree > p.rss * 1.05 ? `, tree ${fmt.MiB(p.tree)}` : ''})` : ''}`,
		]);
	if (r.validationMs !== undefined)
		rows.push(['  validateContent alone, in-process (same work as in the first phase)', fmt.s(r.validationMs)]);
	const top = o.renderByKind
		.slice(0, 6)
		.map((k) => `${k.kind} ${fmt.s(k.ms)} (${fmt.n(k.count)})`)
		.join('; ');
	rows.push(['  rendering by route kind (sum of Astro’s per-route times)', top]);
	if (d && render)
		rows.push([
			'pages per second (HTML pages ÷ rendering phase; ÷ whole build)',
			`${Math.round(d.htmlPages / (render / 1000))} ; ${Math.round(d.htmlPages / (o.wallMs / 1000))}`,
		]);
	rows.push(['**peak RSS**, Node (VmHWM)', `**${fmt.MiB(o.peakRss)}**`, '< 1.0 GiB']);
	rows.push([
		'peak RSS, whole process tree (sampled sum; Pagefind runs as its own binary)',
		`${fmt.MiB(o.peakTreeRss)} (${o.processes.map((p) => `${p.name} ${fmt.MiB(p.hwm)}`).join(', ')})`,
	]);
	if (d) {
		rows.push([
			'dist size / files',
			`${fmt.MB(d.bytes)} / ${fmt.n(d.files)} (of which pagefind/ ${fmt.MB(d.pagefind.bytes)} in ${fmt.n(d.pagefind.files)} files, admin/ ${fmt.MB(d.admin.bytes)})`,
		]);
		rows.push([
			'HTML pages; median / max bytes per page',
			`${fmt.n(d.htmlPages)}; ${fmt.kB(d.htmlMedian)} / ${fmt.kB(d.htmlMax.bytes)} (${d.htmlMax.path})`,
		]);
		const listing = Object.entries(d.listingMax)
			.map(([kind, v]) => `${kind} ${fmt.kB(v!.bytes)}`)
			.join('; ');
		rows.push(['largest listing page per kind', listing]);
		if (d.catalogueJson)
			rows.push([
				'course catalogue data `katalog.json` (raw / gzip)',
				`${fmt.kB(d.catalogueJson.bytes)} / ${fmt.kB(d.catalogueJson.gzip)}`,
			]);
		if (d.feeds.length)
			rows.push([
				'feeds and calendars (site feed, all-events calendar, largest per topic/organisation/entry)',
				d.feeds.map((f) => `${f.path} ${fmt.kB(f.bytes)}`).join('; '),
			]);
	}
	if (r.scripts) {
		const own = (kinds: string[]) => r.scripts!.filter((s) => kinds.includes(s.kind));
		const fmtKinds = (list: PageScripts[]) => list.map((s) => `${s.kind} ${fmt.kB(s.gzip)}`).join('; ');
		rows.push([
			'**our JS on a content page** (course/event/news detail, gzip -9, static imports)',
			`**${fmtKinds(own(['course', 'event', 'news']))}**`,
			'≤ 2 kB',
		]);
		rows.push([
			'our JS on other page kinds (gzip)',
			fmtKinds(own(['home', 'event list', 'news list', 'topic', 'organisation', 'location', 'topic list'])),
		]);
		rows.push([
			'search page script / catalogue script (gzip; Pagefind and katalog.json not included)',
			`${fmtKinds(own(['search']))} / ${fmtKinds(own(['course list']))}`,
		]);
	}
	if (r.contentPageLoad)
		rows.push([
			'content page first load in Chromium (HTML+CSS+JS on the wire, gzip)',
			`${fmt.kB(r.contentPageLoad.bytes)} in ${r.contentPageLoad.requests} requests, of which scripts ${fmt.kB(r.contentPageLoad.scriptBytes)}`,
		]);
	for (const [i, s] of (r.searches ?? []).entries()) {
		const label = i === 0 ? '**first search**' : 'search';
		const parts = Object.entries(s.byCategory)
			.sort((a, b) => b[1] - a[1])
			.map(([k, v]) => `${k} ${fmt.kB(v)}`)
			.join(', ');
		rows.push([
			`${label} «${s.query}» in Chromium: open /sok/, type, results (gzip server)`,
			`${i === 0 ? '**' : ''}${fmt.kB(s.bytes)}${i === 0 ? '**' : ''} in ${s.requests} requests, after typing ${fmt.kB(s.afterTyping)}; by kind: ${parts}`,
			i === 0 ? '≤ 100 kB' : undefined,
		]);
	}
	if (r.bare) {
		const ok = r.bare.code === 0;
		rows.push([
			'bare Astro + MDX (glob loader, one page per entry)',
			ok ? `${fmt.s(r.bare.wallMs)}, peak RSS ${fmt.MiB(r.bare.peakRss)}, ${fmt.n(r.bare.pages)} pages` : `failed (exit ${r.bare.code})`,
		]);
		if (ok)
			rows.push([
				'**ours ÷ bare**: time; peak RSS',
				`**${(o.wallMs / r.bare.wallMs).toFixed(2)}× ; ${(o.peakRss / r.bare.peakRss).toFixed(2)}×**`,
			]);
	}
	if (render && index) rows.push(['(for the targets) rendering + indexing only', fmt.s(render + index)]);
	if (r.judged) {
		const label =
			'judged query set (tests/search-quality/) on content/ at FIXED_NOW, Chromium: wanted pages in the top 3 (top 5 for broad queries)';
		if ('error' in r.judged) rows.push([label, `failed: ${r.judged.error}`]);
		else rows.push([label, `**${r.judged.line}**; ${r.judged.byCategory.map((c) => `${c.category} ${c.hits}/${c.of}`).join(', ')}`, 'all']);
	}
	const c = r.content;
	const load = (l?: number[]) => (l ? l.map((v) => v.toFixed(2)).join(' ') : '?');
	const lines = [
		`### ${fmt.n(r.entries)} entries${r.content.current === undefined ? '' : ` (${fmt.n(r.content.current)} current)`} — ${r.date.slice(0, 16).replace('T', ' ')} UTC`,
		'',
		`Code: ${r.git}. Machine: ${r.machine.cores} cores (${r.machine.cpu}), ${(r.machine.memory / 2 ** 30).toFixed(1)} GiB; ${Object.entries(
			r.versions,
		)
			.map(([k, v]) => `${k} ${v}`)
			.join(
				', ',
			)}. Load average (1/5/15 min) at start ${load(r.machine.loadStart)}, at end ${load(r.machine.loadEnd)}: other engineers' builds and tests share the machine, so timings are noisy.${Object.keys(extraEnv).length ? ` Build environment: ${args.env!.map((e) => `\`${e}\``).join(' ')}.` : ''}${args.note ? ` ${args.note}` : ''}`,
		'',
		`Content: ${fmt.n(c.courses)} courses, ${fmt.n(c.events)} events, ${fmt.n(c.news)} news (${c.drafts} drafts), ${c.organisations} organisations, ${c.topics} topics, ${c.locations} locations; ${fmt.n(c.sourceFiles)} files, ${fmt.MB(c.sourceBytes)} (generated in ${fmt.s(c.generateMs)}). KB_NOW ${args.now}.`,
		'',
		'| figure | value | target |',
		'|---|---|---|',
		...rows.map(([k, v, t]) => `| ${k} | ${v} | ${t ?? ''} |`),
		'',
		...judgedMisses(r),
	];
	return lines.join('\n');
}

/** The judged queries that missed, each with the first results (after the table). */
function judgedMisses(r: Results): string[] {
	if (!r.judged || 'error' in r.judged || !r.judged.misses.length) return [];
	return [
		'Judged queries that missed, with the first results the search gave:',
		'',
		...r.judged.misses.map(
			(m) => `- [${m.category}] «${m.q}» (top ${m.top}): ${m.results.map((u) => `\`${u}\``).join(' ') || '(nothing)'}`,
		),
		'',
	];
}

await main();
