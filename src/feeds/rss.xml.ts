import type { APIRoute } from 'astro';
import { getCatalog } from '../content-layer/catalog.ts';
import { newsFeed } from './feeds.ts';
import { paths, site, t } from '../context/index.ts';

export const prerender = true;

/** `/rss.xml`: the newest published news items (`FEED_ITEMS`), newest first. */
export const GET: APIRoute = async () =>
	newsFeed({
		title: t('feed.title', { site: site.name }),
		description: t('list.news.intro'),
		page: paths.section('news'),
		feed: paths.feed,
		news: (await getCatalog()).news,
	});
