import { context } from 'virtual:kb/context';
import { entryCalendarRoute } from './calendar-response.ts';

export const prerender = true;

/** `/kurs/<slug>.ics` under `astro dev` (see `entryCalendarRoute`). */
export const { getStaticPaths, GET } = entryCalendarRoute(context, 'courses');
