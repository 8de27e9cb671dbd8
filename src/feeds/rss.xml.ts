import type { APIRoute } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import { newsFeed } from './news-feed.ts';
import { context } from 'virtual:kb/context';
const { paths, site, t } = context;

export const prerender = true;

/** `/rss.xml`: the newest published news items (`FEED_ITEMS`), newest first. */
export const GET: APIRoute = async () =>
	newsFeed(context, {
		title: t('feed.title', { site: site.name }),
		description: t('list.news.intro'),
		page: paths.section('news'),
		feed: paths.feed,
		news: (await getContentIndex(context)).news,
	});
