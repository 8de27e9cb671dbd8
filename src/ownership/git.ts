import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What changed between two states of a repository, read from git: the base (a ref) and the
 * head (a ref, or the work tree as it is, committed or not, untracked files included).
 */

/** A bad argument: not a git work tree, or an unknown ref (exit code 2). */
export class GitArgumentError extends Error {
	readonly reason: 'noRepo' | 'ref';
	readonly value: string;
	constructor(reason: 'noRepo' | 'ref', value: string) {
		super(`${reason}: ${value}`);
		this.reason = reason;
		this.value = value;
	}
}

function git(cwd: string, args: string[], input?: string): string {
	return execFileSync('git', args, { cwd, encoding: 'utf8', input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** The top folder of the work tree that holds `dir`. */
export function repositoryRoot(dir: string): string {
	try {
		if (!existsSync(dir)) throw new Error('missing');
		const root = git(dir, ['rev-parse', '--show-toplevel']).trim();
		if (!root) throw new Error('bare');
		return root;
	} catch {
		throw new GitArgumentError('noRepo', dir);
	}
}

/** The commit a ref names; throws `GitArgumentError` when there is none. */
export function resolveCommit(root: string, ref: string): string {
	try {
		return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
	} catch {
		throw new GitArgumentError('ref', ref);
	}
}

/** A changed path, as git reports it (a rename is a deletion plus an addition; see `changedPaths`). */
export interface PathChange {
	kind: 'added' | 'modified' | 'deleted';
	/** Relative to the repository root, `/`-separated. */
	path: string;
}

/**
 * Every path that differs between `base` and `head` (a commit, or the work tree when undefined).
 * Renames are found (`-M`) but returned as a deletion and an addition: the rights of both the
 * old and the new place apply, so each side is checked (and reported) on its own.
 */
export function changedPaths(root: string, base: string, head?: string): PathChange[] {
	const out = git(root, [
		'-c',
		'core.quotePath=false',
		'diff',
		'--name-status',
		'-M',
		'-z',
		'--no-ext-diff',
		base,
		...(head ? [head] : []),
		'--',
	]);
	const fields = out.split('\0');
	const changes: PathChange[] = [];
	for (let i = 0; i < fields.length && fields[i] !== '';) {
		const status = fields[i++];
		if (status.startsWith('R') || status.startsWith('C')) {
			const from = fields[i++];
			const to = fields[i++];
			if (status.startsWith('R')) changes.push({ kind: 'deleted', path: from });
			changes.push({ kind: 'added', path: to });
		} else {
			const path = fields[i++];
			changes.push({ kind: status === 'A' ? 'added' : status === 'D' ? 'deleted' : 'modified', path });
		}
	}
	if (!head) {
		const untracked = git(root, ['-c', 'core.quotePath=false', 'ls-files', '--others', '--exclude-standard', '-z']);
		for (const path of untracked.split('\0').filter(Boolean)) changes.push({ kind: 'added', path });
	}
	// A path both deleted and added (untracked again after `git rm --cached`, or renamed onto) was changed.
	const byPath = new Map<string, PathChange>();
	for (const change of changes) {
		const seen = byPath.get(change.path);
		byPath.set(change.path, seen && seen.kind !== change.kind ? { kind: 'modified', path: change.path } : change);
	}
	return [...byPath.values()];
}

/** Reads files of one state: `read(path)` is the text, or `undefined` when the file is not there. */
export type FileReader = (path: string) => string | undefined;

/**
 * Files as they are in a commit (`<commit>:<path>`), read with one `git cat-file --batch` for all
 * of `paths` (spawning git per file is most of the check's time on a busy runner); a path not
 * among them is read on its own when asked for.
 */
export function readerAt(root: string, commit: string, paths: readonly string[] = []): FileReader {
	const cache = catFiles(root, commit, paths);
	return (path) => {
		if (!cache.has(path)) cache.set(path, catFiles(root, commit, [path]).get(path));
		return cache.get(path);
	};
}

function catFiles(root: string, commit: string, paths: readonly string[]): Map<string, string | undefined> {
	const files = new Map<string, string | undefined>();
	const unique = [...new Set(paths)].filter((path) => !path.includes('\n'));
	if (unique.length === 0) return files;
	const out = execFileSync('git', ['cat-file', '--batch'], {
		cwd: root,
		input: unique.map((path) => `${commit}:${path}\n`).join(''),
		maxBuffer: 1 << 30,
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	let at = 0;
	for (const path of unique) {
		const end = out.indexOf(0x0a, at);
		const header = out.subarray(at, end).toString('utf8').split(' ');
		at = end + 1;
		// `<object> missing` (or ambiguous) has no body; otherwise `<sha> <type> <size>` and the bytes.
		if (header.length !== 3) {
			files.set(path, undefined);
			continue;
		}
		const size = Number(header[2]);
		files.set(path, header[1] === 'blob' ? out.subarray(at, at + size).toString('utf8') : undefined);
		at += size + 1;
	}
	return files;
}

/** Files as they are in the work tree. */
export function readerOfWorkTree(root: string): FileReader {
	return (path) => {
		try {
			return readFileSync(join(root, path), 'utf8');
		} catch {
			return undefined;
		}
	};
}

/** Names of the files directly in a folder of a commit (e.g. every organisation at the base). */
export function filesIn(root: string, commit: string, folder: string): string[] {
	const out = git(root, ['-c', 'core.quotePath=false', 'ls-tree', '-z', '--name-only', `${commit}:${folder}`]);
	return out.split('\0').filter(Boolean);
}
