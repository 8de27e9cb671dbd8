import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nb } from '../../src/i18n/nb.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { elements, jsonLd, linkIndex, mainOf, tags, textOf } from '../utils/html.ts';
import { isThirdParty, loadedResources } from '../utils/page-checks.ts';
import { FIXED_NOW, minimalFixture } from '../utils/paths.ts';
import { fixtureEntries } from '../utils/site-map.ts';

const entries = fixtureEntries(minimalFixture);
const entry = (collection: string, id: string) => {
	const found = entries.find((e) => e.collection === collection && e.id === id);
	if (!found) throw new Error(`no ${collection}/${id} in the minimal fixture`);
	return found;
};
const SITE_HOST = 'test.example';

let site: BuiltSite;
beforeAll(async () => {
	site = await buildSite(minimalFixture, FIXED_NOW);
});
afterAll(disposeBuilds);

/** `<time datetime>` elements of a page, with the instant they stand for and their text. */
const times = (html: string) =>
	elements(html, 'time')
		.filter((t) => t.attributes.datetime?.includes('T'))
		.map((t) => ({ at: new Date(t.attributes.datetime), text: textOf(t.inner) }));
const timeAt = (html: string, iso: string) => times(html).find((t) => t.at.getTime() === Date.parse(iso));

describe('local times across DST (Europe/Oslo)', () => {
	// forflytning-vinter-og-sommer: 09:00 on 10 February (UTC+1) and on 9 June (UTC+2).
	const course = '/kurs/forflytning-vinter-og-sommer/';

	it('the winter session starts at 08:00 UTC and shows 09:00', () => {
		const winter = timeAt(site.read(course), '2027-02-10T08:00:00Z');
		expect(winter, JSON.stringify(times(site.read(course)))).toBeDefined();
		expect(winter!.text).toContain('09:00');
		expect(winter!.text).toContain('10. februar 2027');
	});

	it('the summer session starts at 07:00 UTC and shows 09:00', () => {
		const summer = timeAt(site.read(course), '2027-06-09T07:00:00Z');
		expect(summer, JSON.stringify(times(site.read(course)))).toBeDefined();
		expect(summer!.text).toContain('09:00');
		expect(summer!.text).toContain('9. juni 2027');
	});

	it('no time on the page is shown in UTC or with a 12-hour clock', () => {
		const html = mainOf(site.read(course));
		expect(textOf(html)).not.toMatch(/\b(08|07):00\b/);
		expect(textOf(html)).not.toMatch(/\b(AM|PM)\b/i);
	});

	it('a session after the spring change keeps its local time', () => {
		const html = site.read('/kurs/legemiddelhandtering-tre-samlinger/');
		expect(timeAt(html, '2027-03-04T11:00:00Z')?.text).toContain('12:00');
		expect(timeAt(html, '2027-04-01T10:00:00Z')?.text).toContain('12:00');
		expect(timeAt(html, '2027-05-06T10:00:00Z')?.text).toContain('12:00');
	});

	it('the course list shows the same local time as the course page', () => {
		const card = timeAt(site.read('/kurs/'), '2027-02-10T08:00:00Z');
		expect(card?.text).toContain('09:00');
	});

	it('an event in summer time: 13:00 local is 11:00 UTC', () => {
		expect(timeAt(site.read('/arrangementer/webinar-legemiddelsamstemming/'), '2027-04-14T11:00:00Z')?.text).toContain('13:00');
	});
});

describe('upcoming and past (KB_NOW = 2027-01-15T12:00Z)', () => {
	/** Offsets of the h2 headings of a list page's main content, by text. */
	const heading = (html: string, text: string) => elements(html, 'h2').find((h) => textOf(h.inner) === text)?.index ?? -1;

	it('the course list puts upcoming courses under «Kommende», soonest first, and the past course under «Tidligere»', () => {
		const html = mainOf(site.read('/kurs/'));
		const upcoming = heading(html, nb['list.upcoming']);
		const past = heading(html, nb['list.past']);
		expect(upcoming).toBeGreaterThan(-1);
		expect(past).toBeGreaterThan(upcoming);
		const at = (id: string) => linkIndex(html, `/kurs/${id}/`);
		// Next starts: 10 Feb, 24 Feb, 4 Mar.
		const order = ['forflytning-vinter-og-sommer', 'sarbehandling-fullt', 'legemiddelhandtering-tre-samlinger'].map(at);
		expect(order[0]).toBeGreaterThan(upcoming);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(order[2]).toBeLessThan(past);
		expect(at('demens-grunnkurs-hosten-2026')).toBeGreaterThan(past);
		expect(at('smittevern-e-laering')).toBeGreaterThan(-1);
		expect(at('smittevern-e-laering')).toBeLessThan(past);
	});

	it('the event list splits the same way', () => {
		const html = mainOf(site.read('/arrangementer/'));
		const past = heading(html, nb['list.past']);
		expect(past).toBeGreaterThan(-1);
		expect(linkIndex(html, '/arrangementer/webinar-legemiddelsamstemming/')).toBeGreaterThan(heading(html, nb['list.upcoming']));
		expect(linkIndex(html, '/arrangementer/webinar-legemiddelsamstemming/')).toBeLessThan(past);
		expect(linkIndex(html, '/arrangementer/fagdag-demens-2026/')).toBeGreaterThan(past);
	});

	it('the home page lists upcoming courses, not past ones', () => {
		const html = mainOf(site.read('/'));
		expect(linkIndex(html, '/kurs/forflytning-vinter-og-sommer/')).toBeGreaterThan(-1);
		expect(linkIndex(html, '/kurs/demens-grunnkurs-hosten-2026/')).toBe(-1);
	});
});

describe('registration state and price on course pages', () => {
	it.each([
		['forflytning-vinter-og-sommer', 'registration.open'],
		['legemiddelhandtering-tre-samlinger', 'registration.deadlinePassed'],
		['sarbehandling-fullt', 'registration.full'],
		['forstehjelp-avlyst', 'registration.cancelled'],
		['demens-grunnkurs-hosten-2026', 'registration.ended'],
		['smittevern-e-laering', 'registration.alwaysOpen'],
	] as const)('%s: %s', (id, key) => {
		// The course's own article: the related items after it have registration states of their own.
		const text = textOf(elements(site.read(`/kurs/${id}/`), 'article')[0].inner);
		expect(text).toContain(nb[key]);
		const others = (
			[
				'registration.open',
				'registration.deadlinePassed',
				'registration.full',
				'registration.cancelled',
				'registration.alwaysOpen',
			] as const
		).filter((k) => k !== key);
		for (const other of others) expect(text, other).not.toContain(nb[other]);
	});

	it('a free course says «Gratis», a paid one shows kroner, a course without a price neither', () => {
		expect(textOf(mainOf(site.read('/kurs/forflytning-vinter-og-sommer/')))).toContain(nb['detail.free']);
		const paid = textOf(mainOf(site.read('/kurs/legemiddelhandtering-tre-samlinger/'))).replace(/\s/g, ' ');
		expect(paid).toContain('1 500 kr');
		expect(paid).not.toContain(nb['detail.free']);
		expect(textOf(mainOf(site.read('/kurs/smittevern-e-laering/')))).not.toContain(nb['detail.free']);
	});

	it('the past event links to its materials', () => {
		const html = mainOf(site.read('/arrangementer/fagdag-demens-2026/'));
		const materials = entry('events', 'fagdag-demens-2026').data.materials as { title: string; url: string }[];
		for (const m of materials) {
			const link = elements(html, 'a').find((a) => a.attributes.href === m.url);
			expect(link, m.url).toBeDefined();
			expect(textOf(link!.inner)).toContain(m.title);
		}
	});
});

describe('the body text of every course, event and news page', () => {
	const withBody = entries.filter((e) => e.html && !e.draft);

	it('is on its page, inside the page text', () => {
		expect(withBody.length).toBeGreaterThan(10);
		for (const { url, html } of withBody) expect(textOf(mainOf(site.read(url))), url).toContain(textOf(html!).slice(0, 200));
	});
});

describe('HTML escaping of content text', () => {
	const news = entry('news', 'skrivetips-for-redaktorer');
	const page = '/nyheter/skrivetips-for-redaktorer/';

	it('the fixture title really contains markup, an ampersand and quotes', () => {
		expect(news.title).toContain('<b>fet</b>');
		expect(news.title).toMatch(/&.*"/);
	});

	it('the title is shown as text: &lt;b&gt; in the source, the exact title as <h1> text', () => {
		const html = site.read(page);
		expect(html).toContain('&lt;b&gt;fet&lt;/b&gt;');
		expect(textOf(elements(html, 'h1')[0].inner)).toBe(news.title);
		expect(textOf(elements(html, 'title')[0].inner)).toContain(news.title);
	});

	it('the summary survives as the meta description, quotes and all', () => {
		const meta = elements(site.read(page), 'meta').find((m) => m.attributes.name === 'description');
		expect(meta?.attributes.content).toBe(news.data.summary);
	});

	it('no page has a <b> tag made from the title, and every <script> is closed where it should be', () => {
		for (const path of ['/', '/nyheter/', page, '/organisasjoner/fjordby-sykehus/', '/sok/']) {
			const html = site.read(path);
			const all = tags(html);
			const bold = all.filter((t) => t.name === 'b' && t.kind === 'start' && html.slice(t.end).startsWith('fet'));
			expect(bold, path).toEqual([]);
			// A `</script>` in the summary must not end a script early (a browser would then
			// meet a second end tag): script start and end tags pair up.
			const scripts = all.filter((t) => t.name === 'script');
			expect(scripts.filter((t) => t.kind === 'end').length, path).toBe(scripts.filter((t) => t.kind === 'start').length);
		}
	});

	it('lists show the escaped title too', () => {
		const html = site.read('/nyheter/');
		const link = elements(html, 'a').find((a) => a.attributes.href === page);
		expect(textOf(link?.inner ?? '')).toBe(news.title);
	});
});

describe('structured data (JSON-LD)', () => {
	const blocks = (path: string) => jsonLd(site.read(path)) as Record<string, unknown>[];
	const ofType = (path: string, type: string) => blocks(path).find((b) => b['@type'] === type);

	it('a course page has a Course with one CourseInstance per session', () => {
		const course = ofType('/kurs/forflytning-vinter-og-sommer/', 'Course');
		expect(course?.name).toBe('Trygg forflytning i sykehjem');
		const instances = [course?.hasCourseInstance].flat().filter(Boolean) as Record<string, unknown>[];
		expect(instances).toHaveLength(2);
		expect(instances.map((i) => Date.parse(String(i.startDate)))).toEqual([
			Date.parse('2027-02-10T08:00:00Z'),
			Date.parse('2027-06-09T07:00:00Z'),
		]);
	});

	it('an event page has an Event', () => {
		const event = ofType('/arrangementer/webinar-legemiddelsamstemming/', 'Event');
		expect(event?.name).toBe('Webinar om legemiddelsamstemming ved utskrivning');
		expect(Date.parse(String(event?.startDate))).toBe(Date.parse('2027-04-14T11:00:00Z'));
	});

	it('a news page has a NewsArticle whose headline is the title, unharmed', () => {
		const article = ofType('/nyheter/skrivetips-for-redaktorer/', 'NewsArticle');
		expect(article?.headline).toBe(entry('news', 'skrivetips-for-redaktorer').title);
	});
});

describe('no third-party requests', () => {
	it('every script, stylesheet, image and frame comes from the site itself', () => {
		const css = (href: string) => (href.startsWith('/') && site.has(href) ? site.read(href) : undefined);
		const offenders = site.pages().flatMap((page) =>
			loadedResources(site.read(page), css)
				.filter((address) => isThirdParty(address, SITE_HOST))
				.map((address) => `${page}: ${address}`),
		);
		expect(offenders).toEqual([]);
	});

	it('the pages do load something (the check above is not vacuous)', () => {
		expect(loadedResources(site.read('/')).length).toBeGreaterThan(0);
	});
});
