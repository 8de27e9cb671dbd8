import type { ContentIndex, CourseItem, EntryTypes, EventItem, NewsItem, ProgrammeItem } from '../content-layer/content-index.ts';
import type { FeaturedConfig } from '../schemas/site.ts';

/**
 * The collections curators feature, in the order the home page shows them: each collection's list
 * in the curators' order, courses first, then events, news and programmes. A fixed order of kinds
 * keeps `site.yaml` simple (one list per collection, as the CMS edits it) and puts what staff sign
 * up for first.
 */
export const FEATURED_COLLECTIONS = ['courses', 'events', 'news', 'programmes'] as const;
export type FeaturedCollection = (typeof FEATURED_COLLECTIONS)[number];

/** One featured slug: its collection and its place in that collection's list. */
export interface FeaturedSlug {
	collection: FeaturedCollection;
	slug: string;
	/** Index in `featured.<collection>` (for the line in `site.yaml`). */
	position: number;
}

/** Every featured slug in the home page's order; a slug listed twice counts once, where it is first listed. */
export function featuredSlugs(featured: FeaturedConfig | undefined): FeaturedSlug[] {
	const seen = new Set<string>();
	return FEATURED_COLLECTIONS.flatMap((collection) =>
		(featured?.[collection] ?? []).flatMap((slug, position) => {
			const key = `${collection}/${slug}`;
			if (seen.has(key)) return [];
			seen.add(key);
			return [{ collection, slug, position }];
		}),
	);
}

/** Why a featured entry is not shown on the home page. */
export type LeftOut = 'draft' | 'ended';

/** What `leftOutBecause` reads of an entry: the content index's items have it, and the content check makes it. */
export interface FeaturedCandidate {
	data: { draft?: boolean };
	/** Courses and events: the last session, or the event, is over (as everywhere else, `item.past`). */
	past?: boolean;
}

/**
 * Why a featured entry is left out, or undefined when it is shown: a draft (never put forward, even
 * in a preview that shows drafts), or a course or event that has ended, by the same `past` as every
 * list (e-learning without dates never ends). News items and programmes do not end.
 */
export function leftOutBecause(item: FeaturedCandidate): LeftOut | undefined {
	if (item.data.draft) return 'draft';
	if (item.past) return 'ended';
	return undefined;
}

export type FeaturedItem<E extends EntryTypes = EntryTypes> = CourseItem<E> | EventItem<E> | NewsItem<E> | ProgrammeItem<E>;

/**
 * The items the home page puts forward, in the curators' order (see `FEATURED_COLLECTIONS`).
 * Slugs not in the index (drafts of a production build) and ended or draft entries are left out;
 * the content check warns about each (`validation/warnings.ts`). Not filtered by region: the
 * curators chose them for everybody.
 */
export function featuredItems<E extends EntryTypes>(index: ContentIndex<E>, featured: FeaturedConfig | undefined): FeaturedItem<E>[] {
	const byId = <T extends { entry: { id: string } }>(items: T[]) => new Map(items.map((item) => [item.entry.id, item]));
	const lookup: Record<FeaturedCollection, Map<string, FeaturedItem<E>>> = {
		courses: byId(index.courses),
		events: byId(index.events),
		news: byId(index.news),
		programmes: byId(index.programmes),
	};
	return featuredSlugs(featured).flatMap(({ collection, slug }) => {
		const item = lookup[collection].get(slug);
		return item && !leftOutBecause(item as FeaturedCandidate) ? [item] : [];
	});
}
