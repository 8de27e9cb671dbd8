import type { APIRoute } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import { allIcsPath } from './calendar-events.ts';
import { calendarResponse } from './calendar-response.ts';
import { paths } from '../context/site-context.ts';

export const prerender = true;

/** `/kalender.ics`: every course session and event, upcoming or recently ended (see `calendarText`). */
export const GET: APIRoute = async () => {
	const { courses, events } = await getContentIndex();
	return calendarResponse({ page: paths.home, file: allIcsPath, courses, events, subscription: true });
};
