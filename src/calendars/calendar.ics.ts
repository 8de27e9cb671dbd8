import type { APIRoute } from 'astro';
import { getCatalog } from '../content-layer/catalog.ts';
import { allIcsPath } from './calendar-events.ts';
import { calendarResponse } from './calendar-response.ts';
import { paths } from '../context/index.ts';

export const prerender = true;

/** `/kalender.ics`: every course session and event, upcoming or recently ended (see `calendarText`). */
export const GET: APIRoute = async () => {
	const { courses, events } = await getCatalog();
	return calendarResponse({ page: paths.home, file: allIcsPath, courses, events, subscription: true });
};
