import { execFileSync } from 'node:child_process';

/** Runs git in `repo` and returns its trimmed output. */
export type Git = (...args: string[]) => string;

/**
 * Makes `repo` (a folder with files in it) a git repository whose `main` holds every file in one
 * commit, with a test identity of its own (decap-server commits there too, with no global one).
 */
export function commitAsNewRepo(repo: string, message: string): Git {
	const git: Git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
	git('init', '-q', '-b', 'main');
	git('config', 'user.name', 'Test');
	git('config', 'user.email', 'test@example.invalid');
	git('config', 'commit.gpgsign', 'false');
	git('add', '.');
	git('commit', '-q', '-m', message);
	return git;
}
