import { splitByNext } from '../lib/agenda.ts';
import type { FacetOption, ListData } from '../filters/list-data.ts';
import { type FilterableItem, listData, sharedFacetOptions, usedValues } from '../filters/list-json.ts';
import { ATTENDANCE_MODES } from '../schemas/enums.ts';
import { type EventItem, getContentIndex } from '../content-layer/collections-index.ts';
import type { SiteContext } from '../context/site-context.ts';

/** The events list's filter facets, in form and URL order. */
export const EVENT_FACETS = ['topic', 'organiser', 'region', 'attendance'] as const;
export type EventFacet = (typeof EVENT_FACETS)[number];
/** The events list's JSON (`/arrangementer/filter.json`). */
export type EventsData = ListData<EventFacet>;

/** URL of page `n` of the events list: `/arrangementer/`, `/arrangementer/2/` … */
export const eventsPage = ({ paths }: SiteContext, n: number): string =>
	n <= 1 ? paths.section('events') : `${paths.section('events')}${n}/`;

/** The events list's data for its script (the route `/arrangementer/filter.json`). */
export const eventsJsonUrl = ({ paths }: SiteContext): string => `${paths.section('events')}filter.json`;

/** Every event in list order: upcoming (soonest first), then past (latest first). */
export async function listedEvents(ctx: SiteContext): Promise<EventItem[]> {
	const { upcoming, always, past } = splitByNext((await getContentIndex(ctx)).events);
	return [...upcoming, ...always, ...past];
}

/** The facet values of an event: topics, organiser, the organiser's region (its slug) and how one attends. */
const valuesOf = (item: EventItem): FilterableItem<EventFacet> => ({
	item,
	values: {
		topic: item.data.topics,
		organiser: [item.data.organiser],
		region: item.region ? [item.region] : [],
		attendance: [item.data.attendance],
	},
});

/** The options of each facet that some event has, in display order. */
export async function eventFacets(ctx: SiteContext): Promise<Record<EventFacet, FacetOption[]>> {
	const { t } = ctx;
	const used = usedValues(EVENT_FACETS, (await listedEvents(ctx)).map(valuesOf));
	const shared = await sharedFacetOptions(ctx, used);
	return {
		...shared,
		attendance: ATTENDANCE_MODES.filter((a) => used.attendance.has(a)).map((a) => [a, t(`attendance.${a}`)]),
	};
}

/** The events list's JSON: facet tables once, one compact row per event. */
export async function eventsData(ctx: SiteContext): Promise<EventsData> {
	const { paths, t } = ctx;
	return listData(ctx, {
		base: paths.section('events'),
		kind: 'events',
		facets: await eventFacets(ctx),
		items: (await listedEvents(ctx)).map(valuesOf),
		text: { count: t('events.count'), empty: t('events.empty') },
	});
}
