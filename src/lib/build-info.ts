import { execFileSync } from 'node:child_process';

/** `/build.json`: which commit a deployed site was built from, and when. */
export interface BuildInfo {
	/** Full git sha of the built commit, or `unknown` outside a git checkout without CI variables. */
	commit: string;
	/** ISO 8601 instant of the build. */
	builtAt: string;
}

/** Commit variables of CI systems and hosts, for builds without a `.git` folder. */
const COMMIT_VARIABLES = ['GITHUB_SHA', 'CI_COMMIT_SHA', 'COMMIT_REF', 'CF_PAGES_COMMIT_SHA'];

/** The sha of `HEAD` in `cwd`, else the first CI variable that is set, else `unknown`. */
export function currentCommit(cwd: string, env: NodeJS.ProcessEnv): string {
	try {
		return execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return COMMIT_VARIABLES.map((name) => env[name]).find(Boolean) ?? 'unknown';
	}
}
