import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { type CalendarSpec, calendarText, type EntryCalendar, entryCalendars } from './calendar-events.ts';

/** A calendar file as a route's response (see `calendarText`). */
export async function calendarResponse(ctx: SiteContext, spec: CalendarSpec): Promise<Response> {
	return new Response(calendarText(ctx, await getContentIndex(ctx), spec), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}

/**
 * The route of one course's or event's own calendar under `astro dev` ("Legg i kalender"):
 * `astro build` writes these files itself (`calendar-files.ts`), without a route each.
 */
export function entryCalendarRoute(ctx: SiteContext, section: EntryCalendar['section']) {
	const getStaticPaths = (async () =>
		entryCalendars(ctx, await getContentIndex(ctx))
			.filter((calendar) => calendar.section === section)
			.map(({ slug, spec }) => ({ params: { slug }, props: { spec } }))) satisfies GetStaticPaths;
	const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { spec } }) => calendarResponse(ctx, spec);
	return { getStaticPaths, GET };
}
