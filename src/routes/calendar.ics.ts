import type { APIRoute } from 'astro';
import { getCatalog } from '../site/catalog.ts';
import { allIcsPath, calendarResponse } from '../site/calendar-events.ts';
import { paths } from '../site/index.ts';

export const prerender = true;

/** `/kalender.ics`: every course session and event, upcoming or recently ended (see `calendarResponse`). */
export const GET: APIRoute = async () => {
	const { courses, events } = await getCatalog();
	return calendarResponse({ page: paths.home, file: allIcsPath, courses, events, subscription: true });
};
