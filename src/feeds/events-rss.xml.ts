import type { APIRoute } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import { offerFeed } from './offer-feed.ts';
import { context } from 'virtual:kb/context';

export const prerender = true;

/** `/arrangementer/rss.xml`: the newest upcoming events (`FEED_ITEMS`), newest first by publication. */
export const GET: APIRoute = async () => {
	const { events, locations } = await getContentIndex(context);
	return offerFeed(context, 'events', undefined, events, locations);
};
