import { type LocationNames, offerFacts } from '../components/card-text.ts';
import type { CourseItem, EntryTypes, EventItem } from '../content-layer/content-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { publishedOn } from '../lib/publication.ts';
import { escapeHtml } from '../lib/html-text.ts';
import { type FeedEntry, rssFeed } from './rss-feed.ts';

/** The two lists that have a feed of new offers. */
export const OFFER_LISTS = ['courses', 'events'] as const;
export type OfferList = (typeof OFFER_LISTS)[number];
type Offer<E extends EntryTypes> = CourseItem<E> | EventItem<E>;

/** What a feed of new offers covers: the whole list, one topic or one region (with its name, for titles). */
export type OfferScope = { topic: string; name: string } | { region: string; name: string } | undefined;

/**
 * The offers a feed of new courses or events carries, in its order: those that have not ended
 * (e-learning never ends), newest first by `publishedOn` (`published`, else `updated`), then by
 * slug. Entries with neither date come last, by slug, rather than being left out: a reader
 * recognises a new item by its guid, not its date, so an undated course still reaches the
 * subscribers once, whereas leaving it out would hide an upcoming offer from them for good. Being
 * last, they are the first to drop out when more than `FEED_ITEMS` dated offers are upcoming.
 */
export function newOffers<E extends EntryTypes, T extends Offer<E>>(items: readonly T[]): T[] {
	const day = (item: T) => publishedOn(item.data) ?? '';
	return items.filter((item) => !item.past).sort((a, b) => day(b).localeCompare(day(a)) || a.entry.id.localeCompare(b.entry.id));
}

/**
 * One offer as a feed item. Its description says what a card says (next date, place and
 * registration state, `offerFacts`, so it reads the same as on the site),
 * then the summary, as two HTML paragraphs.
 */
export function offerEntry<E extends EntryTypes>(ctx: SiteContext, item: Offer<E>, locations: LocationNames): FeedEntry {
	const { when, where, registration } = offerFacts(ctx, item, locations);
	const facts = [when, where, registration].filter(Boolean);
	return {
		title: item.data.title,
		href: item.href,
		published: publishedOn(item.data),
		description: `<p>${escapeHtml(facts.join(' · '))}</p><p>${escapeHtml(item.data.summary)}</p>`,
	};
}

/** A feed of new offers: its title and description, the page it belongs to and its own path. */
export function offerFeedChannel({ paths, site, t }: SiteContext, list: OfferList, scope: OfferScope) {
	const title = !scope
		? t(`feed.${list}.title`, { site: site.name })
		: 'topic' in scope
			? t(`feed.${list}.topicTitle`, { site: site.name, topic: scope.name })
			: t(`feed.${list}.regionTitle`, { site: site.name, region: scope.name });
	const page = !scope ? paths.section(list) : 'topic' in scope ? paths.entry('topics', scope.topic) : paths.region(scope.region);
	return { title, description: t(`feed.${list}.description`), page, feed: paths.offerFeed(list, scope) };
}

/** The RSS response of a feed of new offers, from the list's (or the topic's or region's) courses or events. */
export const offerFeed = <E extends EntryTypes>(
	ctx: SiteContext,
	list: OfferList,
	scope: OfferScope,
	items: readonly Offer<E>[],
	locations: LocationNames,
): Promise<Response> =>
	rssFeed(ctx, { ...offerFeedChannel(ctx, list, scope), entries: newOffers(items).map((item) => offerEntry(ctx, item, locations)) });
