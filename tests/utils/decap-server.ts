import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { commitAsNewRepo } from './git-repo.ts';
import { projectRoot } from './paths.ts';

/** A throw-away git repository with decap-server (git mode) in front of it. */
export interface DecapBackend {
	/** The repository: a copy of the project's `content/` and `public/`, committed on `main`. */
	repo: string;
	/** decap-server's API URL, for `KB_CMS_LOCAL_BACKEND`. */
	apiUrl: string;
	/** Runs git in the repository and returns its trimmed output. */
	git(...args: string[]): string;
	/** The `content/` folder of a branch or commit, written to a new temp folder (the work tree is left alone). */
	exportContent(ref: string): string;
	/** What decap-server has logged (warnings and errors). */
	log(): string;
	/** Stops the server and deletes the repository. */
	stop(): Promise<void>;
}

/** A TCP port free on loopback now. */
export const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const probe = createServer().once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});

/** Waits until decap-server answers its `info` action (a generous ceiling: a loaded machine starts Node slowly), or fails with its output. */
async function waitUntilUp(apiUrl: string, child: ChildProcess, output: () => string): Promise<void> {
	for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(200)) {
		if (child.exitCode !== null) break;
		const ok = await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then(
			(r) => r.ok,
			() => false,
		);
		if (ok) return;
	}
	child.kill();
	throw new Error(`decap-server did not start:\n${output()}`);
}

/**
 * Copies `content/` and `public/` of the project into a new git repository (same relative paths,
 * so the CMS config's folders fit) and starts `decap-server` with `MODE=git` on a free loopback port.
 */
export async function startDecapBackend(): Promise<DecapBackend> {
	const repo = mkdtempSync(join(tmpdir(), 'kb-cms-repo-'));
	for (const folder of ['content', 'public']) cpSync(join(projectRoot, folder), join(repo, folder), { recursive: true });
	const git = commitAsNewRepo(repo, 'Innhold');

	const port = await freePort();
	const child = spawn(process.execPath, [join(projectRoot, 'node_modules/decap-server/dist/index.js')], {
		cwd: repo,
		env: { ...process.env, MODE: 'git', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	const apiUrl = `http://127.0.0.1:${port}/api/v1`;
	await waitUntilUp(apiUrl, child, () => output);

	const exports: string[] = [];
	const exportContent = (ref: string) => {
		const dir = mkdtempSync(join(tmpdir(), 'kb-cms-export-'));
		exports.push(dir);
		execFileSync('tar', ['-x', '-C', dir], { input: execFileSync('git', ['archive', ref, 'content'], { cwd: repo }) });
		return join(dir, 'content');
	};

	return {
		repo,
		apiUrl,
		git,
		exportContent,
		log: () => output,
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill();
				await exited;
			}
			for (const dir of [repo, ...exports]) rmSync(dir, { recursive: true, force: true });
		},
	};
}
