import type { APIRoute } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import { allIcsPath } from './calendar-events.ts';
import { calendarResponse } from './calendar-response.ts';
import { context } from 'virtual:kb/context';
const { paths } = context;

export const prerender = true;

/** `/kalender.ics`: every course session and event, upcoming or recently ended (see `calendarText`). */
export const GET: APIRoute = async () => {
	const { courses, events } = await getContentIndex(context);
	return calendarResponse(context, { page: paths.home, file: allIcsPath(context), courses, events, subscription: true });
};
