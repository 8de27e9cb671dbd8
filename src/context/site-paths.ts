import type { Translate } from '../i18n/index.ts';

/** Page families whose URL segment comes from the translation table. */
export const SECTIONS = ['courses', 'programmes', 'events', 'news', 'topics', 'organisations', 'locations'] as const;
export type Section = (typeof SECTIONS)[number];

/** Builds every URL of the site from the route segments of one language; `siteUrl` (`site.yaml` `url`) for absolute ones. */
export function makePaths(t: Translate, siteUrl: string) {
	const seg = (section: Section) => t(`route.${section}`);
	return {
		/** A path of the site as an absolute URL (for feeds, the digest, calendars). */
		absolute: (path: string) => new URL(path, siteUrl).href,
		home: '/',
		section: (section: Section) => `/${seg(section)}/`,
		entry: (section: Section, slug: string) => `/${seg(section)}/${slug}/`,
		newsPage: (page: number) => (page <= 1 ? `/${seg('news')}/` : `/${seg('news')}/${page}/`),
		search: (query?: string) => `/${t('route.search')}/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
		accessibility: `/${t('route.accessibility')}/`,
		/** "Nytt siden sist": what was published or updated in the last days. */
		whatsNew: `/${t('route.whatsNew')}/`,
		/** The reader's favourites (kept in the browser) and the JSON its script reads. */
		favourites: `/${t('route.favourites')}/`,
		favouritesData: `/${t('route.favourites')}/data.json`,
		/** The page of one region of `site.yaml`. */
		region: (slug: string) => `/${t('route.region')}/${slug}/`,
		/** The RSS feed of all news. */
		feed: '/rss.xml',
		/** The RSS feed of one topic's news. */
		topicFeed: (slug: string) => `/${seg('topics')}/${slug}/rss.xml`,
		/** The RSS feed of new upcoming courses or events: all of them, one topic's, or one region's. */
		offerFeed: (list: 'courses' | 'events', scope?: { topic: string } | { region: string }) =>
			!scope
				? `/${seg(list)}/rss.xml`
				: 'topic' in scope
					? `/${seg('topics')}/${scope.topic}/${seg(list)}.xml`
					: `/${t('route.region')}/${scope.region}/${seg(list)}.xml`,
	};
}
export type Paths = ReturnType<typeof makePaths>;
