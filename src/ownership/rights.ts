import type { UIKey } from '../i18n/index.ts';
import type { CollectionKey } from '../schemas/index.ts';
import { collections } from '../schemas/index.ts';

/**
 * Who may change what: the rights table of the content contract ("Editors, rights and curation"),
 * as data, and the one function that applies it to a changed file. Pure: the git side
 * (`git.ts`) and the editors' lists (`editors.ts`) are read elsewhere.
 */

/** How the files of a collection are owned. */
export type CollectionRule =
	/** Editors of the organisation named in this field, before and after the change. */
	| { owner: 'field'; field: 'organiser' | 'organisation' }
	/** `organisations/<slug>.yaml`: its own editors, except `curatorFields`; adding or deleting: curators. */
	| { owner: 'self'; curatorFields: readonly string[] }
	/** Curators only. */
	| { owner: 'curators' };

/** The table, per collection (a new collection is a type error here until its rights are decided). */
export const COLLECTION_RIGHTS: Record<CollectionKey, CollectionRule> = {
	courses: { owner: 'field', field: 'organiser' },
	events: { owner: 'field', field: 'organiser' },
	programmes: { owner: 'field', field: 'organiser' },
	news: { owner: 'field', field: 'organisation' },
	locations: { owner: 'field', field: 'organisation' },
	organisations: { owner: 'self', curatorFields: ['editors', 'kind'] },
	topics: { owner: 'curators' },
};

/** Where the CMS puts media, relative to the repository root (`media_folder` in cms/config.ts). */
export const MEDIA_FOLDER = 'public/uploads';

/** What a changed file is, by its path. */
export type Area =
	{ kind: 'collection'; collection: CollectionKey; slug: string } | { kind: 'site' } | { kind: 'media' } | { kind: 'other' };

/** Paths of the repository that hold content: the content folder and the media folder. */
export interface Layout {
	/** The content folder relative to the repository root, `/`-separated, '' for the root itself. */
	content: string;
	/** The media folder relative to the repository root. */
	media: string;
}

const under = (path: string, folder: string) =>
	folder === '' ? path : path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : null;

/** Classifies a repository-relative path. Unknown files in the content folder are not content either. */
export function areaOf(path: string, layout: Layout): Area {
	if (under(path, layout.media) !== null) return { kind: 'media' };
	const inContent = under(path, layout.content);
	if (inContent === null) return { kind: 'other' };
	if (inContent === 'site.yaml') return { kind: 'site' };
	for (const [key, def] of Object.entries(collections) as [CollectionKey, (typeof collections)[CollectionKey]][]) {
		const name = under(inContent, def.folder);
		const extension = def.format === 'mdx' ? '.mdx' : '.yaml';
		if (name !== null && !name.includes('/') && name.endsWith(extension)) {
			return { kind: 'collection', collection: key, slug: name.slice(0, -extension.length) };
		}
	}
	return { kind: 'other' };
}

/** One changed file: what happened, and its data (YAML or frontmatter) before and after. */
export interface FileChange {
	/** Path relative to the repository root (after the change; before it for a deletion). */
	path: string;
	kind: 'added' | 'modified' | 'deleted';
	/** Parsed data before the change: `undefined` when added or unreadable. */
	before?: unknown;
	/** Parsed data after the change: `undefined` when deleted or unreadable. */
	after?: unknown;
}

/** Who is asking, with the editors' lists of the base (see `editors.ts`). */
export interface Editor {
	login: string;
	/** Editor of the site owner's organisation. */
	curator: boolean;
	/** In at least one organisation's `editors`. */
	known: boolean;
	/** Whether the login is in this organisation's `editors`. */
	editsFor(organisation: string): boolean;
}

/** Why a file is refused: a key of the translation tables (`ownership.*`) and its values. */
export interface Refusal {
	key: UIKey;
	vars?: Record<string, string>;
}

const field = (data: unknown, name: string): unknown =>
	data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>)[name] : undefined;
const ownerIn = (data: unknown, name: string) => {
	const value = field(data, name);
	return typeof value === 'string' && value !== '' ? value : undefined;
};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Applies the table to one change: `undefined` when allowed, else the reason. */
export function decide(change: FileChange, area: Area, editor: Editor): Refusal | undefined {
	// Code and configuration are never changed through editing, not even by curators.
	if (area.kind === 'other') return { key: 'ownership.notContent' };
	if (!editor.known) return { key: 'ownership.unknownEditor', vars: { login: editor.login } };
	if (editor.curator) return undefined;
	if (area.kind === 'site') return { key: 'ownership.curatorsOnly' };
	if (area.kind === 'media') return change.kind === 'added' ? undefined : { key: 'ownership.uploadChange' };

	const rule = COLLECTION_RIGHTS[area.collection];
	if (rule.owner === 'curators') return { key: 'ownership.curatorsOnly' };
	if (rule.owner === 'self') {
		if (change.kind !== 'modified') return { key: 'ownership.organisationAddDelete' };
		if (!editor.editsFor(area.slug)) return { key: 'ownership.notEditor', vars: { organisation: area.slug, login: editor.login } };
		if (change.before === undefined || change.after === undefined) return { key: 'ownership.organisationUnreadable' };
		// An absent `editors` is the empty list (the schema's default), so writing `editors: []` is no change.
		const value = (data: unknown, name: string) => field(data, name) ?? (name === 'editors' ? [] : undefined);
		const changed = rule.curatorFields.filter((name) => !same(value(change.before, name), value(change.after, name)));
		return changed.length ? { key: 'ownership.organisationFields', vars: { fields: changed.join(', ') } } : undefined;
	}

	// An entry belongs to the organisation in its owner field, before and after the change.
	const before = change.kind === 'added' ? null : (ownerIn(change.before, rule.field) ?? undefined);
	const after = change.kind === 'deleted' ? null : (ownerIn(change.after, rule.field) ?? undefined);
	if (before === undefined || after === undefined) return { key: 'ownership.noOwner', vars: { field: rule.field } };
	const lacking = [before, after].find((org) => org !== null && !editor.editsFor(org));
	if (lacking === undefined) return undefined;
	if (before !== null && after !== null && before !== after) return { key: 'ownership.moved', vars: { from: before, to: after } };
	return { key: 'ownership.notEditor', vars: { organisation: lacking as string, login: editor.login } };
}
