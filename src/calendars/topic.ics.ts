import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import { icsPath } from './calendar-events.ts';
import { calendarResponse } from './calendar-response.ts';
import { context } from 'virtual:kb/context';
const { paths } = context;

export const prerender = true;

export const getStaticPaths = (async () => {
	const { topics } = await getContentIndex(context);
	return [...topics.values()].map((topic) => ({ params: { slug: topic.id }, props: { topic } }));
}) satisfies GetStaticPaths;

/** `/tema/<slug>.ics`: courses and events on a topic, upcoming or recently ended. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { topic } }) => {
	const { courses, events } = (await getContentIndex(context)).byTopic(topic.id);
	const { id, data } = topic;
	return calendarResponse(context, {
		name: data.name,
		page: paths.entry('topics', id),
		file: icsPath(context, 'topics', id),
		courses,
		events,
		subscription: true,
	});
};
