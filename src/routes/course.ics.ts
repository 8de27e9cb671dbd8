import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCatalog } from '../site/catalog.ts';
import { entryCalendars } from '../site/calendar-events.ts';
import { calendarResponse } from '../site/calendar-response.ts';

export const prerender = true;

export const getStaticPaths = (async () =>
	entryCalendars(await getCatalog())
		.filter((calendar) => calendar.section === 'courses')
		.map(({ slug, spec }) => ({ params: { slug }, props: { spec } }))) satisfies GetStaticPaths;

/**
 * `/kurs/<slug>.ics` under `astro dev`: one course's calendar ("Legg i kalender"). `astro build`
 * writes these files itself (integrations/calendars.ts), without a route each.
 */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { spec } }) => calendarResponse(spec);
