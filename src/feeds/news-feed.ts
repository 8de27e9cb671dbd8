import type { NewsItem } from '../content-layer/collections-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { type FeedOptions, rssFeed } from './rss-feed.ts';

/**
 * A news feed: the newest published news items (`news` comes newest first), each with its
 * publication date and summary.
 */
export function newsFeed(
	ctx: SiteContext,
	{ news, ...channel }: Omit<FeedOptions, 'entries'> & { news: readonly NewsItem[] },
): Promise<Response> {
	const entries = news.map((item) => ({
		title: item.data.title,
		href: item.href,
		published: item.data.date,
		description: item.data.summary,
	}));
	return rssFeed(ctx, { ...channel, entries });
}
