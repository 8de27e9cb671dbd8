import { getCatalog } from './catalog.ts';
import { type CalendarSpec, calendarText } from './calendar-events.ts';

/** A calendar file as a route's response (see `calendarText`). */
export async function calendarResponse(spec: CalendarSpec): Promise<Response> {
	return new Response(calendarText(await getCatalog(), spec), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
