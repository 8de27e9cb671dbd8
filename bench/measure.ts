// Measurements of the benchmark: a build run as a child process (log lines with arrival times,
// memory of the process tree sampled from /proc), the output folder (sizes, HTML per page, our
// JavaScript per page kind) and searches in real Chromium against the served site.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

// ---------------------------------------------------------------------------------------------
// Builds

export interface LogLine {
	/** Milliseconds since the child was started. */
	at: number;
	text: string;
}

export interface ProcessPeak {
	pid: number;
	name: string;
	/** Peak resident set (VmHWM), bytes, as last read while the process was alive. */
	hwm: number;
}

export interface BuildMeasurement {
	code: number | null;
	/** Wall-clock milliseconds from spawn to exit. */
	wallMs: number;
	lines: LogLine[];
	/** Peak RSS (VmHWM) of the main Node process. */
	peakRss: number;
	/** Highest sampled sum of RSS over the whole process tree (Node + Pagefind's binary …). */
	peakTreeRss: number;
	/** Peak of every process seen in the tree. */
	processes: ProcessPeak[];
	/** Sampled RSS over time: main process and whole tree, bytes. */
	samples: { at: number; rss: number; tree: number }[];
	/** stdout and stderr as they came. */
	output: string;
}

function readStatus(pid: number): { name: string; rss: number; hwm: number } | undefined {
	try {
		const text = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
		return { name: /^Name:\s+(.*)$/m.exec(text)?.[1] ?? '?', rss: kb('VmRSS'), hwm: kb('VmHWM') };
	} catch {
		return undefined;
	}
}

function childrenOf(pid: number): number[] {
	try {
		return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
			try {
				return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
			} catch {
				return [];
			}
		});
	} catch {
		return [];
	}
}

function tree(pid: number): number[] {
	const out = [pid];
	for (let i = 0; i < out.length; i++) out.push(...childrenOf(out[i]));
	return out;
}

export interface RunOptions {
	command: string;
	args: string[];
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** Called with every line as it arrives (progress). */
	onLine?: (line: LogLine) => void;
	/** Sampling interval for memory, ms. */
	sampleMs?: number;
}

/** Runs a command, timestamps its output lines and samples the memory of its process tree. */
export function measureProcess(options: RunOptions): Promise<BuildMeasurement> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
		const lines: LogLine[] = [];
		let output = '';
		const peaks = new Map<number, ProcessPeak>();
		let peakTreeRss = 0;
		const samples: BuildMeasurement['samples'] = [];
		const sample = () => {
			if (!child.pid) return;
			let sum = 0;
			let main = 0;
			for (const pid of tree(child.pid)) {
				const status = readStatus(pid);
				if (!status) continue;
				sum += status.rss;
				if (pid === child.pid) main = status.rss;
				const known = peaks.get(pid);
				if (!known || status.hwm > known.hwm) peaks.set(pid, { pid, name: status.name, hwm: status.hwm });
			}
			peakTreeRss = Math.max(peakTreeRss, sum);
			samples.push({ at: performance.now() - started, rss: main, tree: sum });
		};
		const timer = setInterval(sample, options.sampleMs ?? 50);
		const take = (stream: NodeJS.ReadableStream) => {
			let rest = '';
			stream.setEncoding('utf8');
			stream.on('data', (chunk: string) => {
				const at = performance.now() - started;
				output += chunk;
				const parts = (rest + chunk).split('\n');
				rest = parts.pop() ?? '';
				for (const text of parts) {
					// eslint-disable-next-line no-control-regex -- strips ANSI colour codes (ESC [ … m)
					const line = { at, text: text.replace(/\x1b\[[0-9;]*m/g, '') };
					lines.push(line);
					options.onLine?.(line);
				}
			});
			stream.on('end', () => {
				if (rest) lines.push({ at: performance.now() - started, text: rest });
			});
		};
		take(child.stdout!);
		take(child.stderr!);
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', (code) => {
			clearInterval(timer);
			const wallMs = performance.now() - started;
			const processes = [...peaks.values()].sort((a, b) => b.hwm - a.hwm);
			resolve({ code, wallMs, lines, peakRss: peaks.get(child.pid!)?.hwm ?? 0, peakTreeRss, processes, samples, output });
		});
	});
}

// ---------------------------------------------------------------------------------------------
// Phases from Astro's and the integrations' log lines

export interface Phase {
	name: string;
	/** Start, ms since spawn. */
	from: number;
	ms: number;
	/** Highest sampled RSS of the main process during the phase, and of the whole tree. */
	rss?: number;
	tree?: number;
}

/** Adds the highest sampled memory within each phase. */
export function withMemory(phases: Phase[], samples: BuildMeasurement['samples']): Phase[] {
	return phases.map((phase) => {
		const inside = samples.filter((s) => s.at >= phase.from && s.at <= phase.from + phase.ms);
		return inside.length ? { ...phase, rss: Math.max(...inside.map((s) => s.rss)), tree: Math.max(...inside.map((s) => s.tree)) } : phase;
	});
}

/** Splits a build into phases by the arrival times of known log lines (first match of each). */
export function phasesOf(lines: LogLine[], wallMs: number): { phases: Phase[]; marks: Record<string, number | undefined> } {
	const first = (pattern: RegExp, after = 0) => lines.find((l) => l.at >= after && pattern.test(l.text))?.at;
	const validated = first(/\[kompetansebroen:content-check\].*gyldig/);
	const syncStart = first(/\[content\] Syncing content/);
	const syncEnd = first(/\[content\] Synced content/);
	const entrypoints = first(/Building static entrypoints/);
	const renderStart = first(/generating static routes/);
	const renderEnd = renderStart === undefined ? undefined : first(/\[build\] ✓ Completed in/, renderStart);
	const decap = first(/\[kompetansebroen:decap\]/);
	const sitemap = first(/\[@astrojs\/sitemap\]/);
	const indexed = first(/\[kompetansebroen:pagefind\] søkeindeks/);
	const built = first(/page\(s\) built in/);
	const marks = { validated, syncStart, syncEnd, entrypoints, renderStart, renderEnd, decap, sitemap, indexed, built };
	const span = (name: string, from?: number, to?: number): Phase[] =>
		from !== undefined && to !== undefined ? [{ name, from, ms: to - from }] : [];
	const phases = [
		...span('startup + content validation', 0, validated),
		...span('config, content sync', validated, syncEnd),
		...span('types, build info', syncEnd, entrypoints),
		...span('bundling (Vite)', entrypoints, renderStart),
		...span('page rendering', renderStart, renderEnd),
		...span('Decap copy', renderEnd, decap),
		...span('sitemap', decap, sitemap),
		...span('search indexing (Pagefind)', sitemap, indexed),
		...span('exit', indexed ?? built, wallMs),
	];
	return { phases, marks };
}

/** The routes Astro logs while generating (`├─ /kurs/x/index.html (+5ms)`) with their times. */
export function routeTimes(lines: LogLine[]): { path: string; ms: number }[] {
	const out: { path: string; ms: number }[] = [];
	for (const { text } of lines) {
		const m = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text);
		if (m) out.push({ path: m[1], ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) });
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Page kinds (nb route segments)

export type PageKind =
	| 'home'
	| 'course'
	| 'course list'
	| 'event'
	| 'event list'
	| 'news'
	| 'news list'
	| 'topic'
	| 'topic list'
	| 'organisation'
	| 'organisation list'
	| 'location'
	| 'location list'
	| 'search'
	| 'other page'
	| 'calendar (.ics)'
	| 'feed (rss)'
	| 'catalogue json'
	| 'other file';

/** What kind of page a site path (`/kurs/x/`, `/kurs/x.ics` …) is. */
export function kindOf(path: string): PageKind {
	const clean = path.replace(/index\.html$/, '').replace(/^\/?/, '/');
	if (clean.endsWith('.ics')) return 'calendar (.ics)';
	if (clean.endsWith('.xml') && clean.includes('rss')) return 'feed (rss)';
	if (clean.endsWith('katalog.json')) return 'catalogue json';
	if (!clean.endsWith('/') && !clean.endsWith('.html')) return 'other file';
	if (clean === '/') return 'home';
	const sections: [string, PageKind, PageKind][] = [
		['kurs', 'course list', 'course'],
		['arrangementer', 'event list', 'event'],
		['nyheter', 'news list', 'news'],
		['tema', 'topic list', 'topic'],
		['organisasjoner', 'organisation list', 'organisation'],
		['steder', 'location list', 'location'],
	];
	const m = /^\/([^/]+)\/(?:([^/]+)\/)?$/.exec(clean);
	if (m) {
		for (const [segment, list, detail] of sections) {
			if (m[1] !== segment) continue;
			if (!m[2] || /^\d+$/.test(m[2])) return list;
			return detail;
		}
		if (m[1] === 'sok' && !m[2]) return 'search';
	}
	return 'other page';
}

/** Listing pages: what must not grow with the number of entries. */
export const LISTING_KINDS: PageKind[] = ['home', 'course list', 'event list', 'news list', 'topic', 'organisation', 'location'];

// ---------------------------------------------------------------------------------------------
// Output folder

export interface FileInfo {
	/** Relative to the output folder, `/`-separated. */
	file: string;
	bytes: number;
}

export function walkFiles(root: string): FileInfo[] {
	const out: FileInfo[] = [];
	const walk = (dir: string) => {
		for (const d of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, d.name);
			if (d.isDirectory()) walk(path);
			else out.push({ file: relative(root, path).split(sep).join('/'), bytes: statSync(path).size });
		}
	};
	walk(root);
	return out;
}

/** `kurs/x/index.html` → `/kurs/x/`. */
export const sitePathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

const median = (values: number[]) => {
	if (!values.length) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};

export interface DistStats {
	bytes: number;
	files: number;
	htmlPages: number;
	htmlMedian: number;
	htmlMax: { path: string; bytes: number };
	/** Largest listing page of each kind. */
	listingMax: Partial<Record<PageKind, { path: string; bytes: number }>>;
	/** Median HTML bytes by page kind. */
	medianByKind: Partial<Record<PageKind, number>>;
	pagefind: { bytes: number; files: number };
	admin: { bytes: number; files: number };
	catalogueJson?: { bytes: number; gzip: number };
	/** Feeds and calendars that list many entries: the site feed, the all-events calendar, the largest of each kind. */
	feeds: { path: string; bytes: number }[];
}

export function distStats(outDir: string): DistStats {
	const files = walkFiles(outDir);
	const html = files.filter((f) => f.file.endsWith('.html') && !f.file.startsWith('admin/') && f.file !== '404.html');
	const byKind = new Map<PageKind, FileInfo[]>();
	for (const f of html) {
		const kind = kindOf(sitePathOf(f.file));
		byKind.set(kind, [...(byKind.get(kind) ?? []), f]);
	}
	const largest = (list: FileInfo[]) => list.reduce((a, b) => (b.bytes > a.bytes ? b : a));
	const listingMax: DistStats['listingMax'] = {};
	for (const kind of LISTING_KINDS) {
		const list = byKind.get(kind);
		if (list?.length) {
			const max = largest(list);
			listingMax[kind] = { path: sitePathOf(max.file), bytes: max.bytes };
		}
	}
	const sum = (list: FileInfo[]) => list.reduce((n, f) => n + f.bytes, 0);
	const under = (prefix: string) => files.filter((f) => f.file.startsWith(prefix));
	const catalogue = files.find((f) => f.file.endsWith('katalog.json'));
	const max = largest(html);
	return {
		bytes: sum(files),
		files: files.length,
		htmlPages: html.length,
		htmlMedian: median(html.map((f) => f.bytes)),
		htmlMax: { path: sitePathOf(max.file), bytes: max.bytes },
		listingMax,
		medianByKind: Object.fromEntries([...byKind].map(([kind, list]) => [kind, median(list.map((f) => f.bytes))])),
		pagefind: { bytes: sum(under('pagefind/')), files: under('pagefind/').length },
		admin: { bytes: sum(under('admin/')), files: under('admin/').length },
		catalogueJson: catalogue && { bytes: catalogue.bytes, gzip: gzipSync(readFileSync(join(outDir, catalogue.file))).length },
		feeds: [
			...files.filter((f) => f.file === 'rss.xml' || f.file === 'kalender.ics'),
			...(['rss.xml', '.ics'] as const).flatMap((end) => {
				const list = files.filter((f) => f.file.endsWith(end) && f.file.includes('/'));
				return list.length ? [largest(list)] : [];
			}),
		].map((f) => ({ path: `/${f.file}`, bytes: f.bytes })),
	};
}

// ---------------------------------------------------------------------------------------------
// JavaScript per page kind

export interface PageScripts {
	kind: PageKind;
	path: string;
	/** Our scripts: module scripts of the page and their static imports, gzip bytes. */
	gzip: number;
	raw: number;
	files: string[];
	/** Modules loaded later with `import()` (e.g. Pagefind), not counted. */
	dynamic: string[];
}

/** Module scripts of a page and everything they import statically, with gzip sizes. */
export function pageScripts(outDir: string, path: string): Omit<PageScripts, 'kind'> {
	const html = readFileSync(join(outDir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : ''), 'utf8');
	const entry = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]).filter((src) => src.startsWith('/'));
	const seen = new Set<string>();
	const dynamic = new Set<string>();
	const visit = (src: string) => {
		const clean = src.split(/[?#]/)[0];
		if (seen.has(clean)) return;
		const file = join(outDir, clean);
		if (!existsSync(file)) return;
		seen.add(clean);
		const code = readFileSync(file, 'utf8');
		const dir = clean.slice(0, clean.lastIndexOf('/') + 1);
		const resolve = (spec: string) => (spec.startsWith('/') ? spec : new URL(spec, `http://x${dir}`).pathname);
		for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) visit(resolve(m[1]));
		for (const m of code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) dynamic.add(resolve(m[1]));
	};
	for (const src of entry) visit(src);
	let gzip = 0;
	let raw = 0;
	for (const src of seen) {
		const content = readFileSync(join(outDir, src));
		raw += content.length;
		gzip += gzipSync(content, { level: 9 }).length;
	}
	return { path, gzip, raw, files: [...seen], dynamic: [...dynamic] };
}

/** One representative page of each kind (the first by path), with its scripts. */
export function scriptsByKind(outDir: string): PageScripts[] {
	const html = walkFiles(outDir).filter((f) => f.file.endsWith('index.html') && !f.file.startsWith('admin/'));
	const chosen = new Map<PageKind, string>();
	for (const f of html.sort((a, b) => a.file.localeCompare(b.file))) {
		const path = sitePathOf(f.file);
		const kind = kindOf(path);
		if (kind !== 'other page' && !chosen.has(kind)) chosen.set(kind, path);
	}
	return [...chosen].map(([kind, path]) => ({ kind, ...pageScripts(outDir, path) }));
}

// ---------------------------------------------------------------------------------------------
// Searches in Chromium

export interface SearchCost {
	query: string;
	results: number;
	/** Everything from opening /sok/ to the first results: requests, bytes on the wire (gzip where served so). */
	requests: number;
	bytes: number;
	/** Of which Pagefind (`/pagefind/…`). */
	pagefindBytes: number;
	/** Bytes after typing the query (the search itself, with the page already loaded). */
	afterTyping: number;
	/** Largest requests, for the report. */
	top: { path: string; bytes: number }[];
	/** Bytes by kind of file: page (HTML/CSS/our JS), Pagefind's script, WebAssembly, meta, filters, index chunks, fragments. */
	byCategory: Record<string, number>;
	ms: number;
}

/** What a file loaded by the search page is. */
export function searchFileCategory(path: string): string {
	// The archive bundle (src/search/archive.ts), merged only when the reader asks for it.
	if (path.startsWith('/pagefind-archive/')) return `archive ${searchFileCategory(path.replace('/pagefind-archive/', '/pagefind/'))}`;
	if (!path.startsWith('/pagefind/')) return 'page';
	if (/\.js$/.test(path)) return 'pagefind js';
	if (/wasm\./.test(path)) return 'wasm';
	if (/\.pf_meta$|entry\.json$/.test(path)) return 'meta';
	if (/\.pf_filter$/.test(path)) return 'filters';
	if (/\.pf_index$/.test(path)) return 'index';
	if (/\.pf_fragment$/.test(path)) return 'fragments';
	return 'pagefind other';
}

/** Opens `/sok/` in a fresh browser context, types `query` and measures what is transferred. */
export async function measureSearch(browser: import('playwright-core').Browser, baseUrl: string, query: string): Promise<SearchCost> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const sizes: Promise<{ path: string; bytes: number; phase: 'load' | 'search' }>[] = [];
	let phase: 'load' | 'search' = 'load';
	context.on('requestfinished', (request) => {
		const path = new URL(request.url()).pathname;
		const at = phase;
		if (path !== '/favicon.svg')
			sizes.push(request.sizes().then((s) => ({ path, bytes: s.responseBodySize + s.responseHeadersSize, phase: at })));
	});
	const settled = () => page.waitForSelector('.search__results[aria-busy="false"]', { timeout: 120_000 });
	const started = performance.now();
	await page.goto(`${baseUrl}/sok/`);
	await settled();
	phase = 'search';
	await page.fill('#search-q', query);
	await page.waitForFunction(() => /treff/.test(document.querySelector('[data-status]')?.textContent ?? ''), undefined, {
		timeout: 120_000,
	});
	await settled();
	const ms = performance.now() - started;
	const results = await page.locator('.search-result').count();
	const loaded = await Promise.all(sizes);
	await context.close();
	const sum = (list: typeof loaded) => list.reduce((n, l) => n + l.bytes, 0);
	return {
		query,
		results,
		requests: loaded.length,
		bytes: sum(loaded),
		pagefindBytes: sum(loaded.filter((l) => /^\/pagefind(-archive)?\//.test(l.path))),
		afterTyping: sum(loaded.filter((l) => l.phase === 'search')),
		top: [...loaded]
			.sort((a, b) => b.bytes - a.bytes)
			.slice(0, 6)
			.map(({ path, bytes }) => ({ path, bytes })),
		byCategory: loaded.reduce<Record<string, number>>((acc, l) => {
			const category = searchFileCategory(l.path);
			acc[category] = (acc[category] ?? 0) + l.bytes;
			return acc;
		}, {}),
		ms,
	};
}

/** Bytes of the page `path` and its CSS/JS as a browser loads them (first visit, gzip), in Chromium. */
export async function measurePageLoad(
	browser: import('playwright-core').Browser,
	baseUrl: string,
	path: string,
): Promise<{ bytes: number; requests: number; scriptBytes: number }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const sizes: Promise<{ bytes: number; script: boolean }>[] = [];
	context.on('requestfinished', (request) => {
		if (new URL(request.url()).pathname === '/favicon.svg') return;
		const script = request.resourceType() === 'script';
		sizes.push(request.sizes().then((s) => ({ bytes: s.responseBodySize + s.responseHeadersSize, script })));
	});
	await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
	const loaded = await Promise.all(sizes);
	await context.close();
	return {
		bytes: loaded.reduce((n, l) => n + l.bytes, 0),
		requests: loaded.length,
		scriptBytes: loaded.filter((l) => l.script).reduce((n, l) => n + l.bytes, 0),
	};
}
