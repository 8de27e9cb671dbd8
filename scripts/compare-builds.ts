/**
 * `npm run compare:builds [-- --base <git ref>] [--content <folder>]`: builds a git ref (default
 * `HEAD`) and the working tree with the same content and `KB_NOW`, then lists every file of
 * `dist/` that differs, is missing or is new. Refactorings must leave pages, feeds, calendars and
 * the search index byte-identical; hashed asset names may change with the source, so files under
 * `_astro/` and `pagefind/` are compared after their hashes are masked.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		base: { type: 'string', default: 'HEAD' },
		/** Each tree's own `content/` when left out. */
		content: { type: 'string' },
		now: { type: 'string', default: '2026-12-02T10:00:00Z' },
	},
});
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'kb-compare-'));

/** Builds the project in `dir` into `outDir` with the npm build script's settings. */
function build(dir: string, outDir: string): void {
	execFileSync('npm', ['run', 'build', '--', '--outDir', outDir], {
		cwd: dir,
		env: { ...process.env, KB_CONTENT_DIR: values.content ? resolve(values.content) : join(dir, 'content'), KB_NOW: values.now },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
}

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

/**
 * Content hashes in asset names and references (`name.AbC123_x.css`), the page table's hash in
 * `pagefind-entry.json` (see `unordered`) and the commit and build time in `build.json`.
 */
const maskHashes = (text: string) =>
	text
		.replace(/(\/_astro\/[\w-]+?)\.[\w-]{8}\.(css|js)/g, '$1.HASH.$2')
		.replace(/"hash":"(\w+?)_[0-9a-f]+"/g, '"hash":"$1_HASH"')
		.replace(/"commit":"\w+","builtAt":"[^"]*"/, '"commit":"…","builtAt":"…"');

/**
 * Pagefind writes its filter chunks and page table from hash maps, so two builds of the same
 * commit differ in their bytes and hashed names (seen here: 6 of 6 filter chunks). Those files are
 * compared as a group: the same number of files with the same unpacked sizes.
 */
const unordered = /^pagefind(-archive)?\/(filter\/.*\.pf_filter|pagefind\..*\.pf_meta)$/;
function unorderedSignature(dir: string): string {
	return files(dir)
		.filter((f) => unordered.test(f))
		.map((f) => `${f.split('/')[0]}:${f.split('/').length}:${f.split('.').pop()}:${gunzipSync(readFileSync(join(dir, f))).length}`)
		.sort()
		.join(',');
}

const baseTree = join(work, 'base');
execFileSync('git', ['worktree', 'add', '--detach', baseTree, values.base], { cwd: root, stdio: 'ignore' });
try {
	symlinkSync(join(root, 'node_modules'), join(baseTree, 'node_modules'));
	build(baseTree, join(work, 'before'));
	build(root, join(work, 'after'));
} finally {
	execFileSync('git', ['worktree', 'remove', '--force', baseTree], { cwd: root });
}

const ordered = (dir: string) =>
	new Map(
		files(dir)
			.filter((f) => !unordered.test(f))
			.map((f) => [maskHashes(f), f]),
	);
const before = ordered(join(work, 'before'));
const after = ordered(join(work, 'after'));
const report = { identical: 0, sameAfterMasking: [] as string[], differ: [] as string[], missing: [] as string[], added: [] as string[] };
if (unorderedSignature(join(work, 'before')) !== unorderedSignature(join(work, 'after')))
	report.differ.push('pagefind filter chunks or page table (unpacked sizes)');
for (const [key, file] of before) {
	const other = after.get(key);
	if (!other) {
		report.missing.push(file);
		continue;
	}
	const a = readFileSync(join(work, 'before', file));
	const b = readFileSync(join(work, 'after', other));
	if (a.equals(b)) report.identical++;
	else if (maskHashes(a.toString('latin1')) === maskHashes(b.toString('latin1'))) report.sameAfterMasking.push(file);
	else report.differ.push(file);
}
for (const [key, file] of after) if (!before.has(key)) report.added.push(file);

console.log(`${values.base} → working tree, content ${values.content ?? 'content/'}, KB_NOW=${values.now}`);
console.log(`identical: ${report.identical} of ${before.size} files`);
for (const [label, list] of Object.entries(report)) {
	if (Array.isArray(list) && list.length) console.log(`${label} (${list.length}):\n  ${list.join('\n  ')}`);
}
console.log(`builds kept in ${work}`);
process.exitCode = report.differ.length || report.missing.length || report.added.length ? 1 : 0;
if (process.exitCode === 0) rmSync(work, { recursive: true, force: true });
