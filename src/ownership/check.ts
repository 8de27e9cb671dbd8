import { realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { type Translate, type UIKey, useTranslations } from '../i18n/index.ts';
import { editorAtBase } from './editors.ts';
import { fileData, isDataFile } from './file-data.ts';
import { changedPaths, filesIn, readerAt, readerOfWorkTree, repositoryRoot, resolveCommit } from './git.ts';
import { type Layout, MEDIA_FOLDER, type Refusal, areaOf, decide } from './rights.ts';
import { siteLanguageOfText } from '../i18n/site-language.ts';

export interface OwnershipOptions {
	/** The content folder (absolute); must be inside a git work tree. */
	dir: string;
	/** The state the request starts from (the target branch). */
	base: string;
	/** The state it proposes; `undefined` for the work tree as it is. */
	head?: string;
	/** The git-host login of the request's author. */
	login: string;
}

export interface OwnershipResult {
	/** The refused files, each with its reason in the site's language. */
	refused: { path: string; reason: string }[];
	/** How many files the request changes. */
	total: number;
	/** The site's language (from `site.yaml` at the base), for the summary. */
	t: Translate;
}

/** The reason as a sentence in the site's language (field names of organisations as their CMS labels). */
function describe(refusal: Refusal, t: Translate): string {
	const vars = { ...refusal.vars };
	if (refusal.key === 'ownership.organisationFields' && vars.fields) {
		vars.fields = vars.fields
			.split(', ')
			.map((name) => `«${t(`cms.field.${name}` as UIKey)}»`)
			.join(', ');
	}
	return t(refusal.key, vars);
}

/**
 * `npm run check:ownership`: which changed files of a request `login` may not change, by the
 * rights table (`rights.ts`), with the editors' lists as they are at the base. Throws
 * `GitArgumentError` for a folder outside a git work tree or an unknown ref.
 */
export function checkOwnership({ dir, base, head, login }: OwnershipOptions): OwnershipResult {
	const root = repositoryRoot(dir);
	const baseCommit = resolveCommit(root, base);
	const headCommit = head === undefined ? undefined : resolveCommit(root, head);
	const layout: Layout = { content: relative(realpathSync(root), realpathSync(dir)).split('\\').join('/'), media: MEDIA_FOLDER };
	const prefix = layout.content ? `${layout.content}/` : '';

	let organisationFiles: string[] = [];
	try {
		organisationFiles = filesIn(root, baseCommit, `${prefix}organisations`);
	} catch {
		// No organisations at the base: nobody is an editor yet.
	}
	const changes = changedPaths(root, baseCommit, headCommit);
	const readBase = readerAt(root, baseCommit, [
		`${prefix}site.yaml`,
		...organisationFiles.map((file) => `${prefix}organisations/${file}`),
		...changes.filter((c) => c.kind !== 'added' && isDataFile(c.path)).map((c) => c.path),
	]);
	const readHead = headCommit
		? readerAt(
				root,
				headCommit,
				changes.filter((c) => c.kind !== 'deleted' && isDataFile(c.path)).map((c) => c.path),
			)
		: readerOfWorkTree(root);
	const editor = editorAtBase({ login, read: readBase, content: layout.content, organisationFiles });
	const t = useTranslations(siteLanguageOfText(readBase(`${prefix}site.yaml`)));

	const refused: OwnershipResult['refused'] = [];
	for (const change of changes) {
		const area = areaOf(change.path, layout);
		const refusal = decide(
			{
				...change,
				before: change.kind === 'added' || !isDataFile(change.path) ? undefined : fileData(change.path, readBase(change.path)),
				after: change.kind === 'deleted' || !isDataFile(change.path) ? undefined : fileData(change.path, readHead(change.path)),
			},
			area,
			editor,
		);
		if (refusal) refused.push({ path: change.path, reason: describe(refusal, t) });
	}
	return { refused, total: changes.length, t };
}
