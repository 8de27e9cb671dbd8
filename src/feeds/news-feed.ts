import rss from '@astrojs/rss';
import type { NewsItem } from '../content-layer/collections-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { localToInstant } from '../lib/time-zone.ts';

const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/**
 * How many news items a feed carries: the newest ones. Feed readers poll the whole file and keep
 * what they have seen, so older items only make every poll heavier.
 */
export const FEED_ITEMS = 50;

/** What one news feed is about. */
interface FeedOptions {
	title: string;
	description: string;
	/** The site page the feed belongs to (the channel's link). */
	page: string;
	/** The feed's own path (its `atom:link rel="self"`). */
	feed: string;
	/** Published news, newest first (the feed takes the first `FEED_ITEMS`). */
	news: readonly NewsItem[];
}

/**
 * An RSS 2.0 response with the newest `FEED_ITEMS` of `news`: per item the title, the article's
 * URL as link and permalink guid, the publication date at local midnight in the site's time zone
 * and the summary.
 */
export function newsFeed({ site, t }: SiteContext, { title, description, page, feed, news }: FeedOptions): Promise<Response> {
	const absolute = (path: string) => new URL(path, site.url).href;
	const self = absolute(feed).replace(/[<>&"]/g, (c) => ENTITIES[c]);
	return rss({
		title,
		description,
		site: absolute(page),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${t('locale')}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
		items: news.slice(0, FEED_ITEMS).map((item) => ({
			title: item.data.title,
			link: absolute(item.href),
			pubDate: localToInstant(item.data.date, site.timezone),
			description: item.data.summary,
		})),
	});
}
