import type { ContentIndex, CourseItem, EntryTypes, EventItem, NewsItem, ProgrammeItem } from '../content-layer/content-index.ts';
import type { UIKey } from '../i18n/nb.ts';
import { changedOn, publishedOrUpdatedIn } from '../lib/publication.ts';
import { inRegion } from '../regions/region-filter.ts';
import type { DateWindow } from './window.ts';

/** Which items to pick: a window of local dates, and optionally one region or topic (slugs). */
export interface WhatsNewFilter extends DateWindow {
	/** A region's slug: items of organisers in that region, and of organisers serving every region. */
	region?: string;
	/** A topic's slug: items about that topic. */
	topic?: string;
}

/** The groups, in the order the page and the digest show them. */
export const WHATS_NEW_GROUPS = ['courses', 'events', 'programmes', 'news'] as const;
export type WhatsNewGroup = (typeof WHATS_NEW_GROUPS)[number];

/** What was published or updated in a window, by type. */
export interface WhatsNew<E extends EntryTypes = EntryTypes> {
	courses: CourseItem<E>[];
	events: EventItem<E>[];
	programmes: ProgrammeItem<E>[];
	news: NewsItem<E>[];
}

/** How many items the selection holds in all. */
export const countOf = (selection: WhatsNew<EntryTypes>): number => WHATS_NEW_GROUPS.reduce((sum, g) => sum + selection[g].length, 0);

const byId = (a: { entry: { id: string } }, b: { entry: { id: string } }) => a.entry.id.localeCompare(b.entry.id);
/** Soonest next date first; items without one (e-learning) last. */
const byNext = <T extends { next?: Date; entry: { id: string } }>(a: T, b: T) =>
	(a.next?.getTime() ?? Infinity) - (b.next?.getTime() ?? Infinity) || byId(a, b);
/** Latest date first (`YYYY-MM-DD`, or none last). */
const byDay =
	<T extends { entry: { id: string } }>(day: (item: T) => string | undefined) =>
	(a: T, b: T) =>
		(day(b) ?? '').localeCompare(day(a) ?? '') || byId(a, b);

/**
 * The items published or updated in the window (`publishedOrUpdatedIn`): courses, events and
 * programmes that have not ended (a programme has no end date, so it never has), and news.
 * Ordered for a reader who wants to act: courses and events by their next date, soonest first
 * (e-learning without dates after the dated courses); news by publication date, newest first (the
 * date its card shows); programmes, which have no dates, by their latest change, newest first.
 */
export function whatsNew<E extends EntryTypes>(index: ContentIndex<E>, filter: WhatsNewFilter): WhatsNew<E> {
	const { since, until, region, topic } = filter;
	const wanted = (item: { data: Parameters<typeof publishedOrUpdatedIn>[0] & { topics: string[] }; region: string }) =>
		publishedOrUpdatedIn(item.data, since, until) && (!region || inRegion(item, region)) && (!topic || item.data.topics.includes(topic));
	return {
		courses: index.courses.filter((item) => !item.past && wanted(item)).sort(byNext),
		events: index.events.filter((item) => !item.past && wanted(item)).sort(byNext),
		programmes: index.programmes.filter(wanted).sort(byDay((item) => changedOn(item.data))),
		news: index.news.filter(wanted).sort(byDay((item) => item.data.date)),
	};
}

/** The heading of each group (the list pages' titles, so a group reads as the list it comes from). */
export const GROUP_TITLE_KEYS = {
	courses: 'list.courses.title',
	events: 'list.events.title',
	programmes: 'list.programmes.title',
	news: 'list.news.title',
} as const satisfies Record<WhatsNewGroup, UIKey>;
