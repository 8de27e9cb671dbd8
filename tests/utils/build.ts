import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { withLock } from './lock.ts';
import { projectRoot } from './paths.ts';

/** The Astro CLI of the project (run with Node directly, no npx). */
const astroBin = join(
	projectRoot,
	'node_modules',
	'astro',
	JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')).bin.astro,
);

/**
 * The Node that runs the builds: the one running the tests when it is new enough, otherwise the
 * project's pinned Node (`node` devDependency).
 */
export function nodeBinary(): string {
	if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
	const pinned = join(projectRoot, 'node_modules', 'node', 'bin', 'node');
	return existsSync(pinned) ? pinned : process.execPath;
}

export interface BuildOptions {
	/** Content folder (`KB_CONTENT_DIR`). */
	contentDir: string;
	/** `KB_NOW`. */
	now: string;
	/** Output folder; a fresh temp folder when left out. */
	outDir?: string;
	/** Extra environment variables. */
	env?: Record<string, string>;
	/** Working directory of `astro build` (default: the project, as `npm run build`); `--root` names the project. */
	cwd?: string;
}

export interface BuildRun {
	/** Exit code of `astro build`. */
	code: number | null;
	/** stdout and stderr, interleaved as they came. */
	output: string;
	outDir: string;
}

/**
 * The environment of this process without what Vitest adds (`NODE_ENV=test`, `DEV=1`, `MODE`
 * …): those leak into Vite's `import.meta.env` in the child and would change the build.
 * Astro's log without colours.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^(VITEST(_.*)?|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|FORCE_TTY)$/.test(key)) delete env[key];
	}
	return { ...env, NO_COLOR: '1', FORCE_COLOR: '0' };
}

/**
 * The `KEY=value` settings that `npm run build` puts before `astro build` in package.json, so that
 * test and benchmark builds run as a user's build does.
 */
export function npmBuildEnv(): Record<string, string> {
	const script: string = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts.build;
	const env: Record<string, string> = {};
	for (const word of script.split(/\s+/)) {
		const setting = /^([A-Z_][A-Z0-9_]*)=(\S*)$/.exec(word);
		if (!setting) break;
		env[setting[1]] = setting[2];
	}
	return env;
}

/** Runs `astro build` as a child process and resolves when it exits (never rejects on a failed build). */
export function runAstroBuild(options: BuildOptions): Promise<BuildRun> {
	const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'kb-dist-'));
	return new Promise((resolve, reject) => {
		const root = options.cwd ? ['--root', projectRoot] : [];
		const child = spawn(nodeBinary(), [astroBin, 'build', ...root, '--outDir', outDir], {
			cwd: options.cwd ?? projectRoot,
			env: { ...cleanEnv(), ...npmBuildEnv(), ...options.env, KB_CONTENT_DIR: options.contentDir, KB_NOW: options.now },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output, outDir }));
	});
}

/**
 * Successful builds share Astro's content cache (`node_modules/.astro/data-store.json`), which the
 * build reads back from disk: two of them at once, with different content, would mix their
 * content. They therefore take a machine-wide lock. Failing builds stop before that cache is
 * touched and may run in parallel.
 */
const BUILD_LOCK = `kompetansebroen-build-${createHash('sha1').update(projectRoot).digest('hex').slice(0, 8)}`;

export function runLockedAstroBuild(options: BuildOptions): Promise<BuildRun> {
	return withLock(BUILD_LOCK, () => runAstroBuild(options));
}

/** A finished build's output folder, read by site path. */
export class BuiltSite {
	// Plain fields, not parameter properties: Node's type stripping (scripts/screenshots.ts) rejects those.
	readonly outDir: string;
	readonly output: string;
	constructor(outDir: string, output: string) {
		this.outDir = outDir;
		this.output = output;
	}

	/** File of a site path: `/kurs/x/` → `kurs/x/index.html`; `/rss.xml` stays as is. */
	fileOf(path: string): string {
		const clean = decodeURIComponent(path.split(/[?#]/)[0]).replace(/^\/+/, '');
		return join(this.outDir, clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean);
	}

	/** True when the path was built as a file (a page folder with index.html, or a file). */
	has(path: string): boolean {
		const file = this.fileOf(path);
		return existsSync(file) && statSync(file).isFile();
	}

	/** The text of a built file; throws with the list of built pages when it is missing. */
	read(path: string): string {
		if (!this.has(path)) throw new Error(`${path} was not built (${this.fileOf(path)}); pages: ${this.pages().join(' ')}`);
		return readFileSync(this.fileOf(path), 'utf8');
	}

	/** Every file, relative to the output folder, with `/` separators. */
	files(): string[] {
		const walk = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
		return walk(this.outDir)
			.map((file) => relative(this.outDir, file).split(sep).join('/'))
			.sort();
	}

	/** Site paths of every HTML page: `kurs/x/index.html` → `/kurs/x/`. */
	pages(): string[] {
		return this.files()
			.filter((f) => f.endsWith('.html'))
			.map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
	}
}

/**
 * The folder where the builds of one test run are shared by every test file and worker (set by
 * `shared-builds.ts`, Vitest's globalSetup, which deletes it when the run ends). Without it (a
 * script, or Vitest without the setup) each test file builds for itself.
 */
export const SHARED_BUILDS_ENV = 'KB_SHARED_BUILDS';

/** Updates `hash` with every file under `dir` (relative path and bytes), in a stable order, but the top-level entries `skip` names. */
function hashTree(hash: ReturnType<typeof createHash>, dir: string, skip: (name: string) => boolean = () => false): void {
	const walk = (folder: string) => {
		for (const d of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			if (folder === dir && skip(d.name)) continue;
			const path = join(folder, d.name);
			if (d.isDirectory()) walk(path);
			else if (d.isFile())
				hash
					.update(`${relative(dir, path)}\0`)
					.update(readFileSync(path))
					.update('\0');
		}
	};
	walk(dir);
}

/**
 * What a build's output depends on: the content (by its files, not its folder's name: temp copies
 * of the same fixture share a build), `now`, the extra environment, the `KB_…` variables of this
 * process, the Node that builds and the project's files (all but dependencies, tests and
 * outputs, so a watch-mode rerun after a change to `src/` builds again).
 */
function buildKey(contentDir: string, now: string, env: Record<string, string>): string {
	const ownSettings = Object.entries(process.env).filter(([name]) => name.startsWith('KB_') && name !== SHARED_BUILDS_ENV);
	const hash = createHash('sha256')
		.update(JSON.stringify([now, Object.entries(env).sort(), ownSettings.sort(), nodeBinary()]))
		.update('\0content\0');
	hashTree(hash, contentDir);
	hash.update('\0project\0');
	hashTree(hash, projectRoot, (name) => name.startsWith('.') || ['node_modules', 'tests', 'dist', 'docs', 'bench'].includes(name));
	return hash.digest('hex').slice(0, 24);
}

/**
 * A build in the run's shared folder: the first test file to ask builds it (under the build lock),
 * the others find it there. A failed build is not kept.
 */
function sharedBuild(root: string, contentDir: string, now: string, env: Record<string, string>): Promise<BuiltSite> {
	const dir = join(root, buildKey(contentDir, now, env));
	const outDir = join(dir, 'dist');
	const log = join(dir, 'output.txt');
	return withLock(BUILD_LOCK, async () => {
		if (!existsSync(log)) {
			rmSync(dir, { recursive: true, force: true });
			mkdirSync(dir, { recursive: true });
			const run = await runAstroBuild({ contentDir, now, env, outDir });
			if (run.code !== 0) {
				rmSync(dir, { recursive: true, force: true });
				throw new Error(`astro build of ${contentDir} failed (exit ${run.code}):\n${run.output}`);
			}
			writeFileSync(log, run.output);
		}
		return new BuiltSite(outDir, readFileSync(log, 'utf8'));
	});
}

const cache = new Map<string, Promise<BuiltSite>>();

/**
 * Builds `contentDir` with `now` (and `env`) and fails with the build output when the build
 * fails. Within a test run the builds are shared by all test files (see `SHARED_BUILDS_ENV`), so
 * files that build the same content at the same time build it once; otherwise once per test file.
 * The site must be treated as read-only.
 */
export function buildSite(contentDir: string, now: string, env: Record<string, string> = {}): Promise<BuiltSite> {
	const key = JSON.stringify([contentDir, now, env]);
	let site = cache.get(key);
	if (!site) {
		const shared = process.env[SHARED_BUILDS_ENV];
		site = shared
			? sharedBuild(shared, contentDir, now, env)
			: runLockedAstroBuild({ contentDir, now, env }).then((run) => {
					if (run.code !== 0) {
						rmSync(run.outDir, { recursive: true, force: true });
						throw new Error(`astro build of ${contentDir} failed (exit ${run.code}):\n${run.output}`);
					}
					return new BuiltSite(run.outDir, run.output);
				});
		cache.set(key, site);
	}
	return site;
}

/** Deletes the output of every build of this test file (shared builds stay until the run ends). */
export async function disposeBuilds(): Promise<void> {
	const sites = await Promise.allSettled(cache.values());
	cache.clear();
	const shared = process.env[SHARED_BUILDS_ENV];
	for (const s of sites) {
		if (s.status === 'fulfilled' && !(shared && s.value.outDir.startsWith(shared + sep)))
			rmSync(s.value.outDir, { recursive: true, force: true });
	}
}
