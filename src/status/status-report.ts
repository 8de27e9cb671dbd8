import { contentIndexOfValidation } from '../content-layer/validated-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { FEATURED_COLLECTIONS, type FeaturedCollection } from '../featured/featured.ts';
import { changedOn } from '../lib/publication.ts';
import { type CollectionKey, collectionKeys } from '../schemas/index.ts';
import type { Problem } from '../validation/problem.ts';
import type { ValidationResult } from '../validation/validate.ts';
import { cmsEntryPath, SETTINGS, type StatusTarget } from './cms-links.ts';
import { localDate, monthsBefore } from '../lib/local-date.ts';

/** What a row asks the curator to look at. */
export type StatusKind = 'warning' | 'stale' | 'undated' | 'noUpcomingOffer';

/** One thing that needs attention, on one entry (or `site.yaml`). */
export interface StatusRow {
	kind: StatusKind;
	collection: StatusTarget;
	/** The entry's slug (`site` for `site.yaml`). */
	id: string;
	/** The entry's title or name. */
	title: string;
	/** What to look at, in the site's language (a content warning's own message). */
	message: string;
	/** The entry's public page; none for `site.yaml` and for drafts the build leaves out. */
	href?: string;
	/** The entry in the CMS. */
	cmsHref: string;
}

/** An organisation's published offers, as its curators count them. */
export interface StatusCounts {
	/** Courses not yet over (e-learning included), as organiser or partner. */
	upcomingCourses: number;
	/** Events not yet over, as organiser or partner. */
	upcomingEvents: number;
	/** News items dated this calendar year (site time zone). */
	newsThisYear: number;
}

/** The rows of one organisation, or of the shared group (topics, `site.yaml`: `id` is `''`). */
export interface StatusGroup {
	/** The organisation's slug; `''` for the shared group. */
	id: string;
	name: string;
	href?: string;
	cmsHref?: string;
	/** Organisations only. */
	counts?: StatusCounts;
	rows: StatusRow[];
}

export interface StatusReport {
	/** "Now" of the build, ISO 8601. */
	builtAt: string;
	/** The calendar year the news counts are for. */
	year: string;
	/** Whether drafts are part of this build (and so of the report). */
	includesDrafts: boolean;
	/** The shared group first, then the organisations in name order. */
	groups: StatusGroup[];
}

/** An entry is stale when it has not changed in this many months. */
export const STALE_MONTHS = 12;

/** The organisation an entry belongs to: organiser, publisher or owner; none for topics. */
function ownerOf(collection: CollectionKey, data: Fields): string | undefined {
	if (collection === 'organisations' || collection === 'topics') return undefined;
	return (data.organiser ?? data.organisation) as string | undefined;
}

/** An entry as the report reads it: the content check's, or the content index's view of it (every collection has a title or a name). */
type Fields = { title?: string; name?: string; organiser?: unknown; organisation?: unknown; draft?: unknown };
interface Entry {
	id: string;
	data: Fields;
}

/** The content check's name of `site.yaml`. */
const SITE_FILE = 'site.yaml';

/** A `site.yaml` warning about `featured.<collection>.<n>`: which list, and the place in it. */
function featuredPlaceOf(warning: Problem): { collection: FeaturedCollection; position: number } | undefined {
	if (warning.file !== SITE_FILE) return undefined;
	const [key, collection, position] = warning.field.split('.');
	if (key !== 'featured' || !(FEATURED_COLLECTIONS as readonly string[]).includes(collection) || !/^\d+$/.test(position ?? ''))
		return undefined;
	return { collection: collection as FeaturedCollection, position: Number(position) };
}

/** The entry a featured warning is about (its `value` is the slug), so the row sits on that entry. */
function featuredEntryOf(validation: ValidationResult, warning: Problem): { collection: CollectionKey; entry: Entry } | undefined {
	const place = featuredPlaceOf(warning);
	const entry = place && validation.entries[place.collection].find((e) => e.id === warning.value);
	return place && entry ? { collection: place.collection, entry } : undefined;
}

const titleOf = (entry: Entry) => entry.data.title ?? entry.data.name ?? entry.id;

/**
 * The curators' status report: every content warning (`contentWarnings`, passed in), the
 * published courses, events and programmes that have not changed for `STALE_MONTHS` months or
 * carry no date, and the organisations with no upcoming course or event, grouped by
 * organisation, with each organisation's counts. A warning about a featured entry of `site.yaml`
 * is shown on that entry; a featured draft, in a build without drafts, by its place in the list
 * (`featuredPlaceOf`). Drafts are left out where the build leaves them out (the page is public, if unlisted), shown where it includes them (`astro dev`).
 */
export function statusReport(ctx: SiteContext, validation: ValidationResult, warnings: readonly Problem[]): StatusReport {
	const { paths, t, now, site, includeDrafts, format } = ctx;
	const index = contentIndexOfValidation(ctx, validation);
	const today = localDate(now, site.timezone);
	const year = today.slice(0, 4);
	const staleBefore = monthsBefore(today, STALE_MONTHS);

	const byFile = new Map<string, { collection: CollectionKey; entry: Entry }>();
	for (const collection of collectionKeys)
		for (const entry of validation.entries[collection]) byFile.set(entry.file, { collection, entry });
	const shown = (entry: Entry) => includeDrafts || entry.data.draft !== true;

	const groups = new Map<string, StatusGroup>([['', { id: '', name: t('status.common'), rows: [] }]]);
	for (const [id, organisation] of index.organisations) {
		const related = index.byOrganisation(id);
		groups.set(id, {
			id,
			name: organisation.data.name,
			href: paths.entry('organisations', id),
			cmsHref: cmsEntryPath('organisations', id),
			counts: {
				upcomingCourses: related.courses.filter((item) => !item.past).length,
				upcomingEvents: related.events.filter((item) => !item.past).length,
				newsThisYear: related.news.filter((item) => item.data.date.startsWith(year)).length,
			},
			rows: [],
		});
	}
	const add = (owner: string | undefined, row: StatusRow) => (groups.get(owner ?? '') ?? groups.get('')!).rows.push(row);
	const entryRow = (kind: StatusKind, collection: CollectionKey, entry: Entry, message: string): StatusRow => ({
		kind,
		collection,
		id: entry.id,
		title: titleOf(entry),
		message,
		href: paths.entry(collection, entry.id),
		cmsHref: cmsEntryPath(collection, entry.id),
	});

	for (const warning of warnings) {
		const found = byFile.get(warning.file) ?? featuredEntryOf(validation, warning);
		if (found && shown(found.entry)) {
			add(ownerOf(found.collection, found.entry.data), entryRow('warning', found.collection, found.entry, warning.message));
			continue;
		}
		if (found && warning.file !== SITE_FILE) continue;
		// `site.yaml`, or a file the check knows no entry of: the shared group, edited in the settings.
		// A featured draft is named by its place in the list, not its title or slug: the page is public.
		const featured = featuredPlaceOf(warning);
		add(undefined, {
			kind: 'warning',
			collection: SETTINGS,
			id: 'site',
			title: featured
				? t('status.featuredEntry', { type: t(`cms.singular.${featured.collection}`), n: featured.position + 1 })
				: t('cms.file.site'),
			message: warning.message,
			cmsHref: cmsEntryPath(SETTINGS, 'site'),
		});
	}

	// Offers that are still on offer; an ended course or event is a record (and has its own warnings), news items are dated records.
	const ageing = [
		...index.courses.filter((item) => !item.past).map((item) => ['courses', item.data, item.entry.id] as const),
		...index.events.filter((item) => !item.past).map((item) => ['events', item.data, item.entry.id] as const),
		...index.programmes.map((item) => ['programmes', item.data, item.entry.id] as const),
	];
	for (const [collection, data, id] of ageing) {
		const entry = { id, data };
		const changed = changedOn(data);
		const owner = ownerOf(collection, entry.data);
		if (changed === undefined) add(owner, entryRow('undated', collection, entry, t('status.undated')));
		else if (changed < staleBefore)
			add(owner, entryRow('stale', collection, entry, t('status.stale', { date: format.date(changed), months: STALE_MONTHS })));
	}

	for (const group of groups.values()) {
		if (group.counts && group.counts.upcomingCourses + group.counts.upcomingEvents === 0) {
			const entry = { id: group.id, data: { name: group.name } };
			group.rows.push(entryRow('noUpcomingOffer', 'organisations', entry, t('status.noUpcomingOffer')));
		}
	}
	// An entry's rows together, entries in title order.
	const order: StatusKind[] = ['warning', 'stale', 'undated', 'noUpcomingOffer'];
	for (const group of groups.values())
		group.rows.sort(
			(a, b) => a.title.localeCompare(b.title, ctx.lang) || a.id.localeCompare(b.id) || order.indexOf(a.kind) - order.indexOf(b.kind),
		);
	return { builtAt: now.toISOString(), year, includesDrafts: includeDrafts, groups: [...groups.values()] };
}
