import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCatalog } from '../site/catalog.ts';
import { calendarResponse, icsPath } from '../site/calendar-events.ts';

export const prerender = true;

/** Courses with sessions (e-learning without sessions has nothing to put in a calendar). */
export const getStaticPaths = (async () => {
	const { courses } = await getCatalog();
	return courses.filter((item) => item.sessions.length > 0).map((item) => ({ params: { slug: item.entry.id }, props: { item } }));
}) satisfies GetStaticPaths;

/** `/kurs/<slug>.ics`: every session of one course, past ones included ("Legg i kalender"). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { item } }) =>
	calendarResponse({ name: item.data.title, page: item.href, file: icsPath('courses', item.entry.id), courses: [item], events: [], subscription: false });
