import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import { newsFeed } from './news-feed.ts';
import { context } from 'virtual:kb/context';
const { paths, site, t } = context;

export const prerender = true;

/** One feed per topic: `/tema/<slug>/rss.xml`. */
export const getStaticPaths = (async () => {
	const { topics } = await getContentIndex(context);
	return [...topics.values()].map((topic) => ({ params: { slug: topic.id }, props: { topic } }));
}) satisfies GetStaticPaths;

/** The topic's newest published news items (`FEED_ITEMS`), newest first. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { topic } }) =>
	newsFeed(context, {
		title: t('feed.topicTitle', { site: site.name, topic: topic.data.name }),
		description: topic.data.description,
		page: paths.entry('topics', topic.id),
		feed: paths.topicFeed(topic.id),
		news: (await getContentIndex(context)).byTopic(topic.id).news,
	});
