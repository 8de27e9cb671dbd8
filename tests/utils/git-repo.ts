import { execFileSync } from 'node:child_process';

/** Runs git in `repo` and returns its trimmed output. */
export type Git = (...args: string[]) => string;

/**
 * Git for a test's own repository, deaf to the machine's system and global configuration (hooks,
 * excludes, templates, signing), so a developer's setup cannot change what a test sees.
 */
export function gitIn(repo: string): Git {
	const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
	return (...args) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim();
}

/**
 * Makes `repo` (a folder with files in it) a git repository whose `main` holds every file in one
 * commit, with a test identity of its own (decap-server commits there too, with no global one).
 */
export function commitAsNewRepo(repo: string, message: string): Git {
	const git = gitIn(repo);
	git('init', '-q', '-b', 'main');
	git('config', 'user.name', 'Test');
	git('config', 'user.email', 'test@example.invalid');
	git('config', 'commit.gpgsign', 'false');
	git('add', '.');
	git('commit', '-q', '-m', message);
	return git;
}
