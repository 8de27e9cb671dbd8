import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cleanEnv, nodeBinary } from './build.ts';
import { freePort } from './decap-server.ts';
import { commitAsNewRepo } from './git-repo.ts';
import { projectRoot } from './paths.ts';

/** `npm run cms` in git mode, running in a throw-away git repository that is a copy of the project. */
export interface CmsDev {
	/** The repository: the project's files (as in its working tree) committed on `main`. */
	repo: string;
	/** The dev server, e.g. `http://127.0.0.1:43123`. */
	url: string;
	/** Runs git in the repository and returns its trimmed output. */
	git(...args: string[]): string;
	/** What `npm run cms` (decap-server and astro dev) has printed. */
	log(): string;
	/** Stops both servers (as Ctrl+C would) and deletes the repository. */
	stop(): Promise<void>;
}

/** Caches of Vite and Astro inside node_modules: the copy gets its own, deleted with it. */
const CACHES = new Set(['.astro', '.cache', '.vite', '.vite-temp']);

/**
 * A copy of the project to run `npm run cms` in: every file of the working tree that git does not
 * ignore, and a `node_modules` folder of links to the project's packages (not one link to the
 * folder: git would see a link and decap-server commit it; and the caches stay with the copy).
 */
function copyProject(): string {
	const repo = mkdtempSync(join(tmpdir(), 'kb-cms-dev-'));
	const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
		cwd: projectRoot,
		encoding: 'utf8',
	});
	for (const file of files.split('\0')) {
		if (!file || !existsSync(join(projectRoot, file))) continue;
		mkdirSync(dirname(join(repo, file)), { recursive: true });
		cpSync(join(projectRoot, file), join(repo, file));
	}
	mkdirSync(join(repo, 'node_modules'));
	for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
		if (!CACHES.has(name)) symlinkSync(join(projectRoot, 'node_modules', name), join(repo, 'node_modules', name));
	}
	return repo;
}

/** Waits until `probe` answers (a generous ceiling: a loaded machine starts Astro slowly), or fails with the output. */
async function waitFor(what: string, probe: () => Promise<boolean>, child: ChildProcess, output: () => string): Promise<void> {
	for (const deadline = Date.now() + 180_000; Date.now() < deadline; await sleep(250)) {
		if (child.exitCode !== null) break;
		if (await probe().catch(() => false)) return;
	}
	child.kill('SIGTERM');
	throw new Error(`npm run cms: ${what} did not start:\n${output()}`);
}

/**
 * Copies the project into a new git repository (committed on `main`) and runs `node
 * scripts/cms.ts` there with `DECAP_MODE=git` on free loopback ports, as a developer runs `npm run
 * cms`: decap-server works in the same working tree the dev server watches.
 */
export async function startCmsDev(): Promise<CmsDev> {
	const repo = copyProject();
	const git = commitAsNewRepo(repo, 'Prosjektet');

	const [decapPort, astroPort] = [await freePort(), await freePort()];
	const env = cleanEnv();
	for (const key of Object.keys(env)) if (key.startsWith('KB_')) delete env[key];
	const child = spawn(nodeBinary(), ['scripts/cms.ts', '--port', String(astroPort)], {
		cwd: repo,
		env: { ...env, DECAP_MODE: 'git', DECAP_PORT: String(decapPort) },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	const log = () => output;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const stop = async () => {
		if (child.exitCode === null) {
			child.kill('SIGTERM');
			await exited;
		}
		rmSync(repo, { recursive: true, force: true });
	};

	const url = `http://127.0.0.1:${astroPort}`;
	try {
		const decap = () =>
			fetch(`http://127.0.0.1:${decapPort}/api/v1`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: '{"action":"info"}',
			}).then((r) => r.ok);
		await waitFor('decap-server', decap, child, log);
		await waitFor('astro dev', () => fetch(`${url}/admin/config.yml`).then((r) => r.ok), child, log);
	} catch (error) {
		await stop();
		throw error;
	}
	return { repo, url, git, log, stop };
}
