import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import { OFFER_LISTS, offerFeed } from './offer-feed.ts';
import { context } from 'virtual:kb/context';
const { t } = context;

export const prerender = true;

/** Two feeds per topic: `/tema/<slug>/kurs.xml` and `/tema/<slug>/arrangementer.xml` (the list's translated segment). */
export const getStaticPaths = (async () => {
	const { topics } = await getContentIndex(context);
	return [...topics.values()].flatMap((topic) =>
		OFFER_LISTS.map((list) => ({ params: { slug: topic.id, list: t(`route.${list}`) }, props: { topic, list } })),
	);
}) satisfies GetStaticPaths;

/** The topic's newest upcoming courses or events (`FEED_ITEMS`), newest first by publication. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { topic, list } }) => {
	const index = await getContentIndex(context);
	return offerFeed(context, list, { topic: topic.id, name: topic.data.name }, index.byTopic(topic.id)[list], index.locations);
};
