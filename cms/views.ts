import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../src/i18n/index.ts';
import { type CollectionKey, collections } from '../src/schemas/index.ts';
import { fieldMeta } from '../src/schemas/values.ts';
import { parseSourceText } from '../src/validation/source.ts';
import { shapeOf, unwrap } from '../src/schemas/walk.ts';
import type { FieldText } from './fields.ts';

/** Decap's list-view settings of one collection. */
export interface CollectionViews {
	/** The entry's line in lists and on the workflow board's cards. */
	summary: string;
	sortable_fields: { field: string; label?: string; default_sort?: 'asc' | 'desc' }[];
	view_filters?: { label: string; field: string; pattern: string }[];
	view_groups?: { label: string; field: string; pattern?: string }[];
}

/** An organisation of the content folder: its slug and name. */
export interface Organisation {
	slug: string;
	name: string;
}

/**
 * The name in an organisation file, read as the content check reads it; the slug when the file
 * cannot be read or has no name. The CMS config must come out whatever an editor broke: under
 * `astro dev` one broken organisation would otherwise blank the whole admin (the content check
 * reports the file).
 */
function organisationName(path: string, file: string, slug: string): string {
	try {
		const data = parseSourceText(file, readFileSync(path, 'utf8')).data as { name?: unknown } | undefined;
		return typeof data?.name === 'string' && data.name.trim() ? data.name : slug;
	} catch {
		return slug;
	}
}

/**
 * The content folder's organisations, sorted by name. Decap filters by a literal pattern, so the
 * config lists one filter per organisation; it is regenerated on every build (and on every
 * request under `astro dev`), so a new organisation gets its filter with the next deploy.
 */
export function readOrganisations(contentDir: string): Organisation[] {
	const folder = join(contentDir, collections.organisations.folder);
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => {
			const slug = file.slice(0, -'.yaml'.length);
			return { slug, name: organisationName(join(folder, file), file, slug) };
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** The field naming the organisation an entry belongs to (the board and lists show its slug). */
function ownerField(key: CollectionKey): string | undefined {
	const shape = shapeOf(collections[key].schema);
	return ['organiser', 'organisation'].find((name) => shape[name] && fieldMeta(shape[name])?.collection === 'organisations');
}

/** Single-choice fields an editor filters by: an entry's own status, form or kind (not its language). */
const FILTER_ENUMS = ['status', 'format', 'attendance', 'kind'];

/** The date that makes an entry "newest", by collection; others sort by their last commit. */
const NEWEST: Partial<Record<CollectionKey, string>> = { news: 'date', events: 'start' };

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Summary, sorting, filters and groups of a collection's list view. Decap 3.16 (decap-cms-core
 * 3.19) matches `view_filters` by regular expression on the raw value and titles a group
 * "<label> <value>", so filters carry names and groups show the stored slug or year.
 */
export function collectionViews(key: CollectionKey, t: Translate, text: FieldText, organisations: Organisation[]): CollectionViews {
	const mdx = collections[key].format === 'mdx';
	const shape = shapeOf(collections[key].schema);
	const title = mdx ? 'title' : 'name';
	const owner = ownerField(key);
	const newest = NEWEST[key];

	const filters = [
		...(owner
			? organisations.map((o) => ({ label: `${text.label(owner)}: ${o.name}`, field: owner, pattern: `^${escape(o.slug)}$` }))
			: []),
		...FILTER_ENUMS.filter((name) => shape[name] && unwrap(shape[name]).def.type === 'enum').flatMap((name) =>
			(unwrap(shape[name]) as unknown as { options: string[] }).options.map((value) => ({
				label: `${text.label(name)}: ${text.option(name, value)}`,
				field: name,
				pattern: `^${escape(value)}$`,
			})),
		),
	];
	const groups = [
		...(owner ? [{ label: text.label(owner), field: owner }] : []),
		...(newest ? [{ label: t('cms.view.year'), field: newest, pattern: '^\\d{4}' }] : []),
	];
	return {
		summary: owner ? `{{${title}}} · {{${owner}}}` : `{{${title}}}`,
		// Newest first: by the entry's own date where it has one, else by its last change (git backends).
		sortable_fields: [
			...(newest ? [{ field: newest, default_sort: 'desc' as const }] : []),
			{ field: 'commit_date', label: t('cms.view.changed'), ...(!newest && mdx && { default_sort: 'desc' as const }) },
			{ field: title, ...(!mdx && { default_sort: 'asc' as const }) },
			...(shape.updated ? [{ field: 'updated' }] : []),
		],
		...(filters.length > 0 && { view_filters: filters }),
		...(groups.length > 0 && { view_groups: groups }),
	};
}
