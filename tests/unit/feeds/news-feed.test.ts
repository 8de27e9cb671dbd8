import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { NewsItem } from '../../../src/content-layer/collections-index.ts';
import { newsFeed } from '../../../src/feeds/news-feed.ts';
import { FEED_ITEMS } from '../../../src/feeds/rss-feed.ts';
import { testContext } from '../../utils/site-context.ts';

/** `count` news items, newest first, one a day back from 14 January 2027. */
const newsItems = (count: number) =>
	Array.from({ length: count }, (_, n) => {
		const date = new Date(Date.UTC(2027, 0, 14 - n)).toISOString().slice(0, 10);
		return { kind: 'news', href: `/nyheter/sak-${n}/`, data: { title: `Sak ${n}`, summary: `Nytt ${date}.`, date } } as unknown as NewsItem;
	});

const parser = new XMLParser({ isArray: (name) => name === 'item' });
const titlesOf = async (news: NewsItem[]) => {
	const xml = await (
		await newsFeed(testContext(), { title: 'Nyheter', description: 'Siste nytt', page: '/nyheter/', feed: '/rss.xml', news })
	).text();
	return (parser.parse(xml).rss.channel.item ?? []).map((i: { title: string }) => i.title);
};

describe('newsFeed', () => {
	it(`carries the newest ${FEED_ITEMS} items of a longer list, in order`, async () => {
		const news = newsItems(FEED_ITEMS + 25);
		expect(await titlesOf(news)).toEqual(news.slice(0, FEED_ITEMS).map((n) => n.data.title));
	});

	it('carries every item of a shorter list', async () => {
		const news = newsItems(3);
		expect(await titlesOf(news)).toEqual(['Sak 0', 'Sak 1', 'Sak 2']);
	});
});
