import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/context/load-context.ts';
import { FEED_ITEMS } from '../../src/feeds/rss-feed.ts';
import { localToInstant } from '../../src/lib/time-zone.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { makeContentDir, removeContentDir } from '../utils/content-dir.ts';
import { newsFile } from '../utils/entries.ts';
import { elements } from '../utils/html.ts';
import { FIXED_NOW, minimalFixture, sampleContent } from '../utils/paths.ts';
import { fixtureEntries } from '../utils/site-map.ts';

interface Item {
	title: string;
	link: string;
	guid: { '#text': string; '@_isPermaLink': string };
	pubDate: string;
	description: string;
}
interface Channel {
	title: string;
	link: string;
	item: Item[];
}

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' });
/** The channel of an RSS 2.0 document (fails unless it is one). */
function channelOf(xml: string): Channel {
	const doc = parser.parse(xml);
	expect(doc.rss?.['@_version']).toBe('2.0');
	return { item: [], ...doc.rss.channel };
}
const feedLinks = (html: string) =>
	elements(html, 'link').filter((l) => l.attributes.rel === 'alternate' && l.attributes.type === 'application/rss+xml');

afterAll(disposeBuilds);

describe.each([
	['the minimal fixture', minimalFixture],
	['the sample content', sampleContent],
])('RSS feeds of %s', (_, dir) => {
	const entries = fixtureEntries(dir);
	const { url: siteUrl, timezone } = loadSiteConfig(dir, {});
	const abs = (path: string) => new URL(path, siteUrl).href;
	/** Published news as the feed must list it: newest first, then by slug. */
	const news = entries
		.filter((e) => e.collection === 'news' && !e.draft)
		.sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)) || a.id.localeCompare(b.id));
	const drafts = entries.filter((e) => e.collection === 'news' && e.draft);
	const topics = entries.filter((e) => e.collection === 'topics');
	let site: BuiltSite;
	beforeAll(async () => {
		site = await buildSite(dir, FIXED_NOW);
	});

	it('/rss.xml lists every published news item (fewer than the feed size), newest first, with title, link, guid and summary', () => {
		const { item, link } = channelOf(site.read('/rss.xml'));
		expect(news.length).toBeGreaterThan(1);
		expect(news.length).toBeLessThan(FEED_ITEMS);
		expect(link).toBe(abs('/nyheter/'));
		expect(item.map((i) => i.title)).toEqual(news.map((n) => n.title));
		expect(item.map((i) => i.link)).toEqual(news.map((n) => abs(n.url)));
		expect(item.map((i) => i.guid['#text'])).toEqual(news.map((n) => abs(n.url)));
		expect(item.map((i) => i.description)).toEqual(news.map((n) => n.data.summary));
	});

	it('dates are valid RFC 822 dates at local midnight of the news date, never increasing', () => {
		const { item } = channelOf(site.read('/rss.xml'));
		const dates = item.map((i) => Date.parse(i.pubDate));
		expect(item.map((i) => i.pubDate)).toEqual(item.map(() => expect.stringMatching(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/)));
		expect(dates).toEqual(news.map((n) => localToInstant(String(n.data.date), timezone).getTime()));
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
	});

	it('drafts are in no feed', () => {
		expect(drafts.length).toBeGreaterThan(0);
		const feeds = ['/rss.xml', ...topics.map((t) => `${t.url}rss.xml`)].map((path) => site.read(path));
		for (const draft of drafts) for (const xml of feeds) expect(xml).not.toContain(draft.id);
	});

	it('each topic has a feed with only its own news, linked from the topic page', () => {
		expect(topics.length).toBeGreaterThan(0);
		for (const topic of topics) {
			const feed = `${topic.url}rss.xml`;
			const { item, link } = channelOf(site.read(feed));
			expect(link).toBe(abs(topic.url));
			const own = news.filter((n) => (n.data.topics as string[]).includes(topic.id));
			expect(
				item.map((i) => i.link),
				feed,
			).toEqual(own.map((n) => abs(n.url)));
			expect(feedLinks(site.read(topic.url)).map((l) => l.attributes.href)).toEqual(['/rss.xml', feed]);
		}
	});

	it('every page links the news feed in its head', () => {
		const pages = site.pages().filter((page) => !page.startsWith('/admin/'));
		expect(pages.length).toBeGreaterThan(10);
		const missing = pages.filter((page) => !feedLinks(site.read(page)).some((l) => l.attributes.href === '/rss.xml' && l.attributes.title));
		expect(missing).toEqual([]);
	});
});

describe(`RSS feeds of a site with more than ${FEED_ITEMS} news items`, () => {
	// The minimal fixture plus FEED_ITEMS + 5 weekly news items on the topic "demens", the newest in December 2026.
	const EXTRA = FEED_ITEMS + 5;
	const weekly = (n: number) => {
		const date = new Date(Date.UTC(2026, 11, 30 - 7 * n)).toISOString().slice(0, 10);
		const summary = 'Kurs, fagdager og nytt fra demensnettverket denne uka.';
		return newsFile({
			slug: `ukenytt-${date}`,
			title: `Ukenytt om demensomsorg ${date}`,
			summary,
			date,
			topics: ['demens'],
			body: 'Her er ukas nytt.',
		});
	};
	let contentDir: string;
	let site: BuiltSite;
	beforeAll(async () => {
		contentDir = makeContentDir({ files: Object.fromEntries(Array.from({ length: EXTRA }, (_, n) => weekly(n))) });
		site = await buildSite(contentDir, FIXED_NOW);
	});
	afterAll(() => removeContentDir(contentDir));

	/** Published news of the folder, newest first (as the feeds order them), optionally of one topic. */
	const newest = (topic?: string) =>
		fixtureEntries(contentDir)
			.filter((e) => e.collection === 'news' && !e.draft && (!topic || (e.data.topics as string[] | undefined)?.includes(topic)))
			.sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)) || a.id.localeCompare(b.id))
			.map((e) => new URL(e.url, loadSiteConfig(contentDir, {}).url).href);

	it(`/rss.xml has only the newest ${FEED_ITEMS}`, () => {
		const all = newest();
		expect(all.length).toBeGreaterThan(FEED_ITEMS);
		expect(channelOf(site.read('/rss.xml')).item.map((i) => i.link)).toEqual(all.slice(0, FEED_ITEMS));
	});

	it(`a topic feed has only the topic's newest ${FEED_ITEMS}`, () => {
		const onTopic = newest('demens');
		expect(onTopic.length).toBeGreaterThan(FEED_ITEMS);
		expect(channelOf(site.read('/tema/demens/rss.xml')).item.map((i) => i.link)).toEqual(onTopic.slice(0, FEED_ITEMS));
	});
});
