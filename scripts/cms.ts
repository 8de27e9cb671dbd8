/**
 * `npm run cms [-- <astro dev options>]`: local editing. Starts decap-server (the CMS's local
 * backend, on 127.0.0.1 only) and the Astro dev server together, and stops both when either ends
 * or on Ctrl+C. Options after `--` go to `astro dev` (`npm run cms -- --port 4400`); `DECAP_PORT`
 * is decap-server's port (8081), handed to the CMS config through `KB_CMS_LOCAL_BACKEND`.
 *
 * `DECAP_MODE=git` runs the editorial workflow on this repository (see README): each entry in
 * review is a `cms/<collection>/<slug>` branch, and publishing merges it into the checked-out
 * branch. decap-server does that in this working tree: it checks branches out and back for every
 * request about an entry in review and commits with `git add .`. So git mode starts only on the
 * branch the CMS publishes to (site.yaml `cms.branch`, `main`) with nothing uncommitted, which
 * would otherwise land on the review branches (or make their rebase fail). The dev server is
 * built to live with the checkouts: the admin page has no live reload (cms/admin-dev-page.ts) and
 * the content layer loads a change only once the folder is quiet (src/content-layer/content-loader.ts).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cmsConfig } from '../cms/config.ts';
import { contentDir, loadSiteConfig } from '../src/context/load-context.ts';
import { useTranslations } from '../src/i18n/index.ts';

const require = createRequire(import.meta.url);
/** A package's command-line script (its `bin`), run with this script's Node. */
const bin = (pkg: string, name: string): string => {
	const manifest = require.resolve(`${pkg}/package.json`);
	return join(dirname(manifest), (require(manifest) as { bin: Record<string, string> }).bin[name]);
};
const mode = process.env.DECAP_MODE ?? 'fs';
const port = process.env.DECAP_PORT ?? '8081';
const root = process.cwd();

/** Why decap-server cannot run the workflow on this working tree, or nothing. */
function gitModeProblem(): string | undefined {
	const site = loadSiteConfig();
	const t = useTranslations(site.language);
	const { branch } = cmsConfig({ site, contentDir: contentDir(), root }).backend;
	const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
	const current = git('branch', '--show-current');
	if (current !== branch) return t('cms.local.branch', { branch, current: current || 'HEAD' });
	const changes = git('status', '--porcelain', '--untracked-files=all');
	if (changes) return t('cms.local.dirty', { files: changes });
	return undefined;
}

const problem = mode === 'git' ? gitModeProblem() : undefined;
if (problem) {
	console.error(problem);
	process.exit(1);
}

const decapEnv = { ...process.env, PORT: port, BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: root };
const astroEnv = {
	...process.env,
	ASTRO_TELEMETRY_DISABLED: '1',
	KB_CMS_LOCAL_BACKEND: process.env.KB_CMS_LOCAL_BACKEND || `http://127.0.0.1:${port}/api/v1`,
};
// Both run on this script's Node (the project's pinned one under `npm run`), found without PATH.
const children: ChildProcess[] = [
	spawn(process.execPath, [bin('decap-server', 'decap-server')], { stdio: 'inherit', env: decapEnv }),
	spawn(process.execPath, [bin('astro', 'astro'), 'dev', '--host', '127.0.0.1', ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: astroEnv,
	}),
];

const stop = (code: number) => {
	for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
	process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
