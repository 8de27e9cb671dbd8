import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import { icsPath } from './calendar-events.ts';
import { calendarResponse } from './calendar-response.ts';
import { context } from 'virtual:kb/context';
const { paths } = context;

export const prerender = true;

export const getStaticPaths = (async () => {
	const { organisations } = await getContentIndex(context);
	return [...organisations.values()].map((organisation) => ({ params: { slug: organisation.id }, props: { organisation } }));
}) satisfies GetStaticPaths;

/** `/organisasjoner/<slug>.ics`: courses and events it organises or is a partner in, upcoming or recently ended. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { organisation } }) => {
	const { courses, events } = (await getContentIndex(context)).byOrganisation(organisation.id);
	const { id, data } = organisation;
	return calendarResponse(context, {
		name: data.name,
		page: paths.entry('organisations', id),
		file: icsPath(context, 'organisations', id),
		courses,
		events,
		subscription: true,
	});
};
