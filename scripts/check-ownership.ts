/**
 * `npm run check:ownership -- --base <ref> --editor <login> [--head <ref>] [--dir <content folder>]`:
 * whether a pull/merge request changes only what its author may change (the rights table in
 * src/ownership/rights.ts). One line per refused file (`<path>: <reason>`, path relative to the
 * repository root), then a summary. Exit 0 when everything is allowed, 1 when anything is
 * refused, 2 on bad arguments (unknown ref, no git work tree) and on any other failure (one line,
 * no verdict). The head defaults to the work tree as it is (committed or not), the folder to
 * `KB_CONTENT_DIR` (default `content`).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/context/load-context.ts';
import { checkOwnership } from '../src/ownership/check.ts';
import { GitArgumentError } from '../src/ownership/git.ts';
import { type Translate, type UIKey, useTranslations } from '../src/i18n/index.ts';
import { translateFor } from '../src/ownership/site-language.ts';

function main(): number {
	let values: { base?: string; editor?: string; head?: string; dir?: string };
	try {
		({ values } = parseArgs({
			options: { base: { type: 'string' }, editor: { type: 'string' }, head: { type: 'string' }, dir: { type: 'string' } },
		}));
	} catch {
		values = {};
	}
	const dir = values.dir ? resolve(values.dir) : contentDir();
	if (!values.base || !values.editor?.trim()) {
		console.error(translateFor(dir)('ownership.error.usage'));
		return 2;
	}
	try {
		const { refused, total, t } = checkOwnership({ dir, base: values.base, head: values.head, login: values.editor.trim() });
		for (const { path, reason } of refused) console.log(`${path}: ${reason}`);
		console.log(t(summaryKey(refused.length, total), { refused: refused.length, total, login: values.editor.trim() }));
		return refused.length ? 1 : 0;
	} catch (error) {
		console.error(errorMessage(error, dir));
		return 2;
	}
}

/** The summary line's key: one file reads differently from several ("Den endrede filen …"). */
function summaryKey(refused: number, total: number): UIKey {
	if (total === 0) return 'ownership.summary.none';
	if (total === 1) return refused ? 'ownership.summary.refusedOne' : 'ownership.summary.allowedOne';
	return refused ? 'ownership.summary.refused' : 'ownership.summary.allowed';
}

/**
 * One line in the site's language for anything that stops the check. Exit 1 means "refused", so
 * an unexpected failure (git itself failing, a damaged repository) must not end in a stack trace
 * and exit 1: it is reported as "not judged" (exit 2), with git's own first line of complaint.
 */
function errorMessage(error: unknown, dir: string): string {
	let t: Translate;
	try {
		t = translateFor(dir);
	} catch {
		t = useTranslations('nb');
	}
	if (error instanceof GitArgumentError) {
		return error.reason === 'ref' ? t('ownership.error.ref', { ref: error.value }) : t('ownership.error.noRepo', { dir: error.value });
	}
	const { stderr, message } = (error ?? {}) as { stderr?: unknown; message?: unknown };
	// git's stderr (a string, or bytes for calls without an encoding) says most; then the message.
	const asText = (text: unknown) =>
		typeof text === 'string' ? text : text instanceof Uint8Array ? Buffer.from(text).toString('utf8') : '';
	const lines = [stderr, message, typeof error === 'string' ? error : ''].map(asText).flatMap((text) => text.split('\n'));
	const detail = lines.map((line) => line.trim()).find(Boolean) ?? '';
	return t('ownership.error.unexpected', { detail });
}

process.exitCode = main();
