import type { APIRoute } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import { newsFeed } from './news-feed.ts';
import { paths, site, t } from '../context/site-context.ts';

export const prerender = true;

/** `/rss.xml`: the newest published news items (`FEED_ITEMS`), newest first. */
export const GET: APIRoute = async () =>
	newsFeed({
		title: t('feed.title', { site: site.name }),
		description: t('list.news.intro'),
		page: paths.section('news'),
		feed: paths.feed,
		news: (await getContentIndex()).news,
	});
