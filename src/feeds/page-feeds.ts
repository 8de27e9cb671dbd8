import type { SiteContext } from '../context/site-context.ts';
import { type OfferList, offerFeedChannel, type OfferScope } from './offer-feed.ts';

/** A feed a page offers: in its `<head>` (`title`) and as a visible link (`label`). */
export interface PageFeed {
	href: string;
	/** The feed's own title, for `<link rel="alternate">`. */
	title: string;
	/** The visible link's text: what the feed holds. */
	label: string;
}

/** The feeds of new courses and/or events of a list, a topic or a region. */
export const offerPageFeeds = (ctx: SiteContext, lists: readonly OfferList[], scope?: OfferScope): PageFeed[] =>
	lists.map((list) => {
		const { title, feed } = offerFeedChannel(ctx, list, scope);
		return { href: feed, title, label: ctx.t(`feed.${list}.link`) };
	});

/** A topic's feeds: its new courses and events, and its news. */
export const topicPageFeeds = (ctx: SiteContext, topic: { id: string; name: string }): PageFeed[] => [
	...offerPageFeeds(ctx, ['courses', 'events'], { topic: topic.id, name: topic.name }),
	{
		href: ctx.paths.topicFeed(topic.id),
		title: ctx.t('feed.topicTitle', { site: ctx.site.name, topic: topic.name }),
		label: ctx.t('feed.news.link'),
	},
];
