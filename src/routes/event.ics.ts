import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCatalog } from '../site/catalog.ts';
import { calendarResponse, icsPath } from '../site/calendar-events.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
	const { events } = await getCatalog();
	return events.map((item) => ({ params: { slug: item.entry.id }, props: { item } }));
}) satisfies GetStaticPaths;

/** `/arrangementer/<slug>.ics`: one event ("Legg i kalender"). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { item } }) =>
	calendarResponse({ name: item.data.title, page: item.href, file: icsPath('events', item.entry.id), courses: [], events: [item], subscription: false });
