import rss from '@astrojs/rss';
import type { SiteContext } from '../context/site-context.ts';
import { escapeHtml } from '../lib/html-text.ts';
import { localToInstant } from '../lib/time-zone.ts';

/**
 * How many items a feed carries: the newest ones. Feed readers poll the whole file and keep
 * what they have seen, so older items only make every poll heavier.
 */
export const FEED_ITEMS = 50;

/** One item of a feed. */
export interface FeedEntry {
	title: string;
	/** The item's page on the site (made absolute: the item's link and permalink guid). */
	href: string;
	/** The local publication date (`YYYY-MM-DD`); the item has no `pubDate` without it. */
	published?: string;
	/** Text or HTML (readers and RSS-to-e-mail services render it as HTML). */
	description: string;
}

/** What one feed is about. */
export interface FeedOptions {
	title: string;
	description: string;
	/** The site page the feed belongs to (the channel's link). */
	page: string;
	/** The feed's own path (its `atom:link rel="self"`). */
	feed: string;
	/** The items in the feed's order (the feed takes the first `FEED_ITEMS`). */
	entries: readonly FeedEntry[];
}

/**
 * An RSS 2.0 response with the first `FEED_ITEMS` of `entries`: per item the title, the page's
 * URL as link and permalink guid, the publication date at local midnight in the site's time zone
 * and the description. Every feed of the site (news, new courses and events) is written here.
 */
export function rssFeed({ paths, site, t }: SiteContext, { title, description, page, feed, entries }: FeedOptions): Promise<Response> {
	const { absolute } = paths;
	return rss({
		title,
		description,
		site: absolute(page),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${t('locale')}</language><atom:link href="${escapeHtml(absolute(feed))}" rel="self" type="application/rss+xml"/>`,
		items: entries.slice(0, FEED_ITEMS).map((entry) => ({
			title: entry.title,
			link: absolute(entry.href),
			pubDate: entry.published ? localToInstant(entry.published, site.timezone) : undefined,
			description: entry.description,
		})),
	});
}
