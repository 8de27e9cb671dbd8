import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import { type CalendarSpec, calendarText, type EntryCalendar, entryCalendars } from './calendar-events.ts';

/** A calendar file as a route's response (see `calendarText`). */
export async function calendarResponse(spec: CalendarSpec): Promise<Response> {
	return new Response(calendarText(await getContentIndex(), spec), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}

/**
 * The route of one course's or event's own calendar under `astro dev` ("Legg i kalender"):
 * `astro build` writes these files itself (integrations/calendars.ts), without a route each.
 */
export function entryCalendarRoute(section: EntryCalendar['section']) {
	const getStaticPaths = (async () =>
		entryCalendars(await getContentIndex())
			.filter((calendar) => calendar.section === section)
			.map(({ slug, spec }) => ({ params: { slug }, props: { spec } }))) satisfies GetStaticPaths;
	const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { spec } }) => calendarResponse(spec);
	return { getStaticPaths, GET };
}
