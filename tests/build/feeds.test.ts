import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/site/config.ts';
import { localToInstant } from '../../src/site/time.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
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
const feedLinks = (html: string) => elements(html, 'link').filter((l) => l.attributes.rel === 'alternate' && l.attributes.type === 'application/rss+xml');

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

	it('/rss.xml lists every published news item, newest first, with title, link, guid and summary', () => {
		const { item, link } = channelOf(site.read('/rss.xml'));
		expect(news.length).toBeGreaterThan(1);
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
			expect(item.map((i) => i.link), feed).toEqual(own.map((n) => abs(n.url)));
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
