/**
 * `npm run check:ownership -- --base <ref> --editor <login> [--head <ref>] [--dir <content folder>]`:
 * whether a pull/merge request changes only what its author may change (the rights table in
 * src/ownership/rights.ts). One line per refused file (`<path>: <reason>`, path relative to the
 * repository root), then a summary. Exit 0 when everything is allowed, 1 when anything is
 * refused, 2 on bad arguments (unknown ref, no git work tree). The head defaults to the work
 * tree as it is (committed or not), the folder to `KB_CONTENT_DIR` (default `content`).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/context/load-context.ts';
import { checkOwnership } from '../src/ownership/check.ts';
import { GitArgumentError } from '../src/ownership/git.ts';
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
		const vars = { refused: refused.length, total, login: values.editor.trim() };
		console.log(
			t(total === 0 ? 'ownership.summary.none' : refused.length ? 'ownership.summary.refused' : 'ownership.summary.allowed', vars),
		);
		return refused.length ? 1 : 0;
	} catch (error) {
		if (!(error instanceof GitArgumentError)) throw error;
		const t = translateFor(dir);
		console.error(
			error.reason === 'ref' ? t('ownership.error.ref', { ref: error.value }) : t('ownership.error.noRepo', { dir: error.value }),
		);
		return 2;
	}
}

process.exitCode = main();
