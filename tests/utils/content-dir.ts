import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { minimalFixture } from './paths.ts';

export interface ContentDirOptions {
	/** Folder copied first (default: the minimal fixture). */
	base?: string;
	/** Folder whose files are copied over the base, replacing files with the same path. */
	overlay?: string;
	/** Paths (relative to the content folder) deleted after the overlay. */
	remove?: readonly string[];
	/** Files written last, by relative path. */
	files?: Record<string, string>;
}

/**
 * Builds a throw-away content folder in the OS temp dir: a copy of `base` with `overlay`
 * on top, `remove` deleted and `files` written. Remove it with `removeContentDir`.
 */
export function makeContentDir(options: ContentDirOptions = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'kb-content-'));
	cpSync(options.base ?? minimalFixture, dir, { recursive: true });
	if (options.overlay) {
		if (!existsSync(options.overlay)) throw new Error(`overlay folder not found: ${options.overlay}`);
		cpSync(options.overlay, dir, { recursive: true, force: true });
	}
	for (const path of options.remove ?? []) {
		const target = join(dir, path);
		if (!existsSync(target)) throw new Error(`cannot remove ${path}: not in the content folder`);
		rmSync(target, { recursive: true });
	}
	for (const [path, text] of Object.entries(options.files ?? {})) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

export function removeContentDir(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}
