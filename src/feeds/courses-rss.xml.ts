import type { APIRoute } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import { offerFeed } from './offer-feed.ts';
import { context } from 'virtual:kb/context';

export const prerender = true;

/** `/kurs/rss.xml`: the newest upcoming courses (`FEED_ITEMS`), newest first by publication. */
export const GET: APIRoute = async () => {
	const { courses, locations } = await getContentIndex(context);
	return offerFeed(context, 'courses', undefined, courses, locations);
};
