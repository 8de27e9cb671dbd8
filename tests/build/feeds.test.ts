import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/context/load-context.ts';
import { FEED_ITEMS } from '../../src/feeds/rss-feed.ts';
import { tables } from '../../src/i18n/index.ts';
import { REGISTRATION_KEYS } from '../../src/lib/registration-labels.ts';
import { courseSpan, eventSpan, isPast, timedSessions } from '../../src/lib/schedule.ts';
import { localToInstant } from '../../src/lib/time-zone.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { makeContentDir, removeContentDir } from '../utils/content-dir.ts';
import { newsFile } from '../utils/entries.ts';
import { decodeEntities, elements, mainOf, textOf } from '../utils/html.ts';
import { FIXED_NOW, minimalFixture, sampleContent } from '../utils/paths.ts';
import { type FixtureEntry, fixtureEntries } from '../utils/site-map.ts';

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

/** The date an offer feed sorts by: `published`, else `updated` ('' when it has neither). */
const publishedOf = (e: FixtureEntry) => (e.data.published ?? e.data.updated ?? '') as string;
/**
 * A folder's published courses or events split into ended (at FIXED_NOW) and upcoming, the
 * upcoming ones in the order of the offer feeds: newest first by `published` (else `updated`),
 * then by slug, undated last.
 */
function offersOf(entries: FixtureEntry[], collection: 'courses' | 'events', timezone: string) {
	const now = new Date(FIXED_NOW);
	const ended = (e: FixtureEntry) =>
		isPast(collection === 'courses' ? courseSpan(timedSessions(e.data as never, timezone)) : eventSpan(e.data as never, timezone), now);
	const offers = entries.filter((e) => e.collection === collection && !e.draft);
	return {
		ended: offers.filter(ended),
		upcoming: offers.filter((e) => !ended(e)).sort((a, b) => publishedOf(b).localeCompare(publishedOf(a)) || a.id.localeCompare(b.id)),
	};
}
/** The visible links of a page's main content to its feeds (by href), with their text. */
const visibleFeedLinks = (html: string) =>
	Object.fromEntries(
		elements(mainOf(html), 'a')
			.filter((a) => a.attributes.type === 'application/rss+xml')
			// textOf puts a space at every tag; the visually hidden name follows the label directly.
			.map((a) => [a.attributes.href, textOf(a.inner).replace(/ :/g, ':')]),
	);
/** The text of the disclosure that explains feeds on a page ('' when there is none). */
const feedExplanation = (html: string) =>
	elements(mainOf(html), 'details')
		.map((d) => textOf(d.inner))
		.find((text) => text.includes(tables.nb['feed.about'])) ?? '';

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
			expect(feedLinks(site.read(topic.url)).map((l) => l.attributes.href)).toEqual([
				'/rss.xml',
				`${topic.url}kurs.xml`,
				`${topic.url}arrangementer.xml`,
				feed,
			]);
		}
	});

	it('every page links the news feed in its head', () => {
		const pages = site.pages().filter((page) => !page.startsWith('/admin/'));
		expect(pages.length).toBeGreaterThan(10);
		const missing = pages.filter((page) => !feedLinks(site.read(page)).some((l) => l.attributes.href === '/rss.xml' && l.attributes.title));
		expect(missing).toEqual([]);
	});

	describe.each([
		['courses', '/kurs/'],
		['events', '/arrangementer/'],
	] as const)('the feed of new %s', (collection, list) => {
		const feed = `${list}rss.xml`;
		const { ended, upcoming } = offersOf(entries, collection, timezone);

		it('lists every upcoming one (fewer than the feed size), newest first by published/updated, undated last, with absolute link and guid', () => {
			const { item, link } = channelOf(site.read(feed));
			expect(upcoming.length).toBeGreaterThan(0);
			expect(upcoming.length).toBeLessThan(FEED_ITEMS);
			expect(link).toBe(abs(list));
			expect(item.map((i) => i.title)).toEqual(upcoming.map((e) => e.title));
			expect(item.map((i) => i.link)).toEqual(upcoming.map((e) => abs(e.url)));
			expect(item.map((i) => i.guid['#text'])).toEqual(upcoming.map((e) => abs(e.url)));
			expect(item.every((i) => i.link.startsWith(`${siteUrl.replace(/\/$/, '')}/`))).toBe(true);
		});

		it('leaves out what has ended and drafts', () => {
			expect(ended.length).toBeGreaterThan(0);
			const xml = site.read(feed);
			for (const e of [...ended, ...entries.filter((d) => d.collection === collection && d.draft)]) expect(xml).not.toContain(abs(e.url));
		});

		it('dates items at local midnight of published (else updated), never increasing; undated items have none', () => {
			const { item } = channelOf(site.read(feed));
			expect(item.map((i) => i.pubDate && Date.parse(i.pubDate))).toEqual(
				upcoming.map((e) => (publishedOf(e) ? localToInstant(publishedOf(e), timezone).getTime() : undefined)),
			);
			const dated = item.filter((i) => i.pubDate).map((i) => Date.parse(i.pubDate));
			expect(dated).toEqual([...dated].sort((a, b) => b - a));
			const hasDate = item.map((i) => Boolean(i.pubDate));
			expect(hasDate).toEqual([...hasDate].sort((a, b) => Number(b) - Number(a)));
		});

		it('describes each item by its facts and its summary, as HTML', () => {
			const { item } = channelOf(site.read(feed));
			const states = Object.values(REGISTRATION_KEYS).map((key) => tables.nb[key]);
			for (const [n, i] of item.entries()) {
				const [facts, summary] = [...i.description.matchAll(/<p>(.*?)<\/p>/g)].map((m) => decodeEntities(m[1]));
				expect(summary, i.title).toBe(upcoming[n].data.summary);
				expect(
					states.some((state) => facts === state || facts.endsWith(` · ${state}`)),
					`${i.title}: ${facts}`,
				).toBe(true);
			}
		});

		it('is linked from the list page: visibly, with an explanation, and in its head', () => {
			const html = site.read(list);
			expect(visibleFeedLinks(html)).toEqual({ [feed]: tables.nb[`feed.${collection}.link`] });
			expect(feedExplanation(html)).toContain(tables.nb['feed.explain']);
			expect(feedLinks(html).map((l) => l.attributes.href)).toEqual(['/rss.xml', feed]);
		});
	});

	it('each topic has feeds of its own new courses and events, linked from the topic page', () => {
		for (const topic of topics) {
			const html = site.read(topic.url);
			for (const [collection, name] of [
				['courses', 'kurs'],
				['events', 'arrangementer'],
			] as const) {
				const feed = `${topic.url}${name}.xml`;
				const { item, link } = channelOf(site.read(feed));
				expect(link).toBe(abs(topic.url));
				const own = offersOf(entries, collection, timezone).upcoming.filter((e) => (e.data.topics as string[]).includes(topic.id));
				expect(
					item.map((i) => i.link),
					feed,
				).toEqual(own.map((e) => abs(e.url)));
				expect(visibleFeedLinks(html)[feed]).toBe(`${tables.nb[`feed.${collection}.link`]}: ${topic.title}`);
			}
			expect(feedExplanation(html)).toContain(tables.nb['feed.explain']);
		}
	});
});

describe('feeds of new offers per region (the sample content)', () => {
	const entries = fixtureEntries(sampleContent);
	const { url: siteUrl, timezone, regions } = loadSiteConfig(sampleContent, {});
	const abs = (path: string) => new URL(path, siteUrl).href;
	const organisations = new Map(
		entries.filter((e) => e.collection === 'organisations').map((e) => [e.id, e.data.region as string | undefined]),
	);
	let site: BuiltSite;
	beforeAll(async () => {
		site = await buildSite(sampleContent, FIXED_NOW);
	});

	it('each region has feeds of the new courses and events of its organisations and of those serving every region', () => {
		expect(regions.length).toBeGreaterThan(1);
		for (const region of regions) {
			const page = `/region/${region.slug}/`;
			const html = site.read(page);
			for (const [collection, name] of [
				['courses', 'kurs'],
				['events', 'arrangementer'],
			] as const) {
				const feed = `${page}${name}.xml`;
				const { item, link } = channelOf(site.read(feed));
				expect(link).toBe(abs(page));
				const inRegion = (e: FixtureEntry) => {
					const text = organisations.get(String(e.data.organiser));
					return text === undefined || text === region.name || text === region.slug;
				};
				const own = offersOf(entries, collection, timezone).upcoming.filter(inRegion);
				expect(own.length, feed).toBeLessThan(offersOf(entries, collection, timezone).upcoming.length);
				expect(
					item.map((i) => i.link),
					feed,
				).toEqual(own.map((e) => abs(e.url)));
				expect(visibleFeedLinks(html)[feed]).toBe(`${tables.nb[`feed.${collection}.link`]}: ${region.name}`);
				expect(feedLinks(html).map((l) => l.attributes.href)).toContain(feed);
			}
		}
	});
});

describe('items of the feeds of new offers (the minimal fixture)', () => {
	let site: BuiltSite;
	beforeAll(async () => {
		site = await buildSite(minimalFixture, FIXED_NOW);
	});
	const location = fixtureEntries(minimalFixture).find((e) => e.id === 'fjordby-opplaeringssenter')!.title;
	const factsOf = (feed: string, slug: string) => {
		const item = channelOf(site.read(feed)).item.find((i) => i.link.endsWith(`/${slug}/`));
		return decodeEntities(/^<p>(.*?)<\/p>/.exec(item?.description ?? '')?.[1] ?? '');
	};

	it.each([
		[
			'/kurs/rss.xml',
			'forflytning-vinter-og-sommer',
			`onsdag 10. februar 2027, 09:00–15:00 (2 samlinger) · ${location} · ${tables.nb['registration.open']}`,
		],
		['/kurs/rss.xml', 'smittevern-e-laering', `${tables.nb['format.elearning']} · ${tables.nb['registration.alwaysOpen']}`],
		['/kurs/rss.xml', 'forstehjelp-avlyst', expect.stringMatching(new RegExp(` · ${tables.nb['registration.cancelled']}$`))],
		['/arrangementer/rss.xml', 'webinar-legemiddelsamstemming', expect.stringMatching(/^onsdag 14\. april 2027, 13:00–14:30 · /)],
	])('%s: %s says its next date, place and registration state', (feed, slug, facts) => {
		expect(factsOf(feed, slug)).toEqual(facts);
	});
});

describe(`RSS feeds of a site with more than ${FEED_ITEMS} news items, courses and events`, () => {
	// The minimal fixture plus FEED_ITEMS + 5 weekly news items on the topic "demens", the newest in December 2026,
	// FEED_ITEMS + 5 upcoming courses on "demens" published a day apart (half of them from Solberg kommune, which
	// is moved to a region of its own), and a few events; the newest course and event have ended.
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
	const day = (n: number, from = Date.UTC(2027, 0, 10)) => new Date(from + n * 86_400_000).toISOString().slice(0, 10);
	/** Course n: on "demens", its one session n days after 1 March 2027, published n days before 10 January 2027. */
	const course = (n: number) =>
		[
			`courses/nytt-kurs-${String(n).padStart(2, '0')}.mdx`,
			`---\ntitle: Nytt kurs nr. ${n}\nsummary: Kurs nr. ${n} om demens & pårørende <samarbeid>.\norganiser: ${n % 2 ? 'solberg-kommune' : 'fjordby-sykehus'}\n` +
				`topics: [demens]\naudiences: [alle]\nformat: classroom\nsessions:\n  - start: "${day(n, Date.UTC(2027, 2, 1))}T09:00"\n` +
				`    end: "${day(n, Date.UTC(2027, 2, 1))}T15:00"\n    place: Solberg rådhus\npublished: "${day(-n)}"\n---\n\nOm kurset.\n`,
		] as const;
	const event = (slug: string, dates: { start: string; published?: string; updated?: string }) =>
		[
			`events/${slug}.mdx`,
			`---\ntitle: Arrangement ${slug}\nsummary: Fagdag ${slug}.\norganiser: solberg-kommune\ntopics: [legemidler]\n` +
				`start: "${dates.start}T09:00"\nend: "${dates.start}T15:00"\nattendance: in-person\nplace: Solberg rådhus\n` +
				`${dates.published ? `published: "${dates.published}"\n` : ''}${dates.updated ? `updated: "${dates.updated}"\n` : ''}---\n\nOm dagen.\n`,
		] as const;
	const siteYaml = `${readFileSync(join(minimalFixture, 'site.yaml'), 'utf8')}regions:\n  - slug: fjordby\n    name: Fjordby\n  - slug: solberg\n    name: Solberg\n`;
	const solberg = readFileSync(join(minimalFixture, 'organisations/solberg-kommune.yaml'), 'utf8').replace(
		/^region: .*$/m,
		'region: Solberg',
	);
	let contentDir: string;
	let site: BuiltSite;
	beforeAll(async () => {
		contentDir = makeContentDir({
			files: Object.fromEntries([
				...Array.from({ length: EXTRA }, (_, n) => weekly(n)),
				...Array.from({ length: EXTRA }, (_, n) => course(n)),
				['site.yaml', siteYaml],
				['organisations/solberg-kommune.yaml', solberg],
				// Ended, but published after every other course and event.
				[
					'courses/avsluttet-nyeste.mdx',
					course(0)[1]
						.replace('Nytt kurs nr. 0', 'Avsluttet kurs')
						.replace(/2027-03-01/g, '2027-01-05')
						.replace(/published: ".*"/, 'published: "2027-01-14"'),
				],
				event('avsluttet-nyeste', { start: '2027-01-08', published: '2027-01-14' }),
				event('bare-oppdatert', { start: '2027-05-03', updated: '2027-01-12' }),
				event('publisert-og-oppdatert', { start: '2027-05-04', published: '2026-12-20', updated: '2027-01-13' }),
				event('publisert', { start: '2027-05-05', published: '2027-01-11' }),
			]),
		});
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

	/** Upcoming courses or events of the folder in the offer feeds' order, as absolute URLs, optionally filtered. */
	const offers = (collection: 'courses' | 'events', keep: (e: FixtureEntry) => boolean = () => true) => {
		const { url, timezone } = loadSiteConfig(contentDir, {});
		return offersOf(fixtureEntries(contentDir), collection, timezone)
			.upcoming.filter(keep)
			.map((e) => new URL(e.url, url).href);
	};
	const links = (feed: string) => channelOf(site.read(feed)).item.map((i) => i.link);

	it(`/kurs/rss.xml has only the newest ${FEED_ITEMS} upcoming courses; the newest course, which has ended, is not among them`, () => {
		const all = offers('courses');
		expect(all.length).toBeGreaterThan(FEED_ITEMS);
		expect(links('/kurs/rss.xml')).toEqual(all.slice(0, FEED_ITEMS));
		expect(links('/kurs/rss.xml')[0]).toBe('https://test.example/kurs/nytt-kurs-00/');
		expect(site.read('/kurs/rss.xml')).not.toContain('avsluttet-nyeste');
	});

	it('/arrangementer/rss.xml orders by published, else updated, leaves out the ended one and puts the undated one last', () => {
		expect(links('/arrangementer/rss.xml')).toEqual(
			['bare-oppdatert', 'publisert', 'publisert-og-oppdatert', 'webinar-legemiddelsamstemming'].map(
				(slug) => `https://test.example/arrangementer/${slug}/`,
			),
		);
	});

	it(`a topic's course feed has only the topic's newest ${FEED_ITEMS}`, () => {
		const onTopic = offers('courses', (e) => (e.data.topics as string[]).includes('demens'));
		expect(onTopic.length).toBeGreaterThan(FEED_ITEMS);
		expect(links('/tema/demens/kurs.xml')).toEqual(onTopic.slice(0, FEED_ITEMS));
		expect(links('/tema/legemidler/kurs.xml')).toEqual(offers('courses', (e) => (e.data.topics as string[]).includes('legemidler')));
		expect(links('/tema/legemidler/kurs.xml').length).toBeGreaterThan(0);
	});

	it("a region's feeds hold only its organisations' offers", () => {
		const ofSolberg = (e: FixtureEntry) => e.data.organiser === 'solberg-kommune';
		expect(links('/region/solberg/kurs.xml')).toEqual(offers('courses', ofSolberg));
		expect(links('/region/solberg/kurs.xml').length).toBeGreaterThan(FEED_ITEMS / 2 - 1);
		expect(links('/region/fjordby/kurs.xml')).toEqual(offers('courses', (e) => !ofSolberg(e)).slice(0, FEED_ITEMS));
		expect(links('/region/solberg/arrangementer.xml')).toEqual(offers('events', ofSolberg));
		expect(links('/region/fjordby/arrangementer.xml')).toEqual([`https://test.example/arrangementer/webinar-legemiddelsamstemming/`]);
		const page = site.read('/region/solberg/');
		expect(Object.keys(visibleFeedLinks(page))).toEqual(['/region/solberg/kurs.xml', '/region/solberg/arrangementer.xml']);
		expect(feedExplanation(page)).toContain(tables.nb['feed.explain']);
	});
});
