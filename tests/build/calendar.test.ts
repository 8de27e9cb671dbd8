import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECENT_DAYS } from '../../src/calendars/ical.ts';
import { localRange } from '../../src/lib/time-zone.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { elements, mainOf, textOf } from '../utils/html.ts';
import { FIXED_NOW, minimalFixture } from '../utils/paths.ts';
import { type FixtureEntry, fixtureEntries } from '../utils/site-map.ts';

/** The minimal fixture's site.yaml: time zone and host. */
const TIME_ZONE = 'Europe/Oslo';
const ORIGIN = 'https://test.example';
/**
 * A second "now" that changes no subscription calendar: no session ends within a day of FIXED_NOW
 * or of the start of its recent window (FIXED_NOW minus RECENT_DAYS).
 */
const NEXT_DAY = '2027-01-16T12:00:00Z';
/** A "now" whose recent window holds the autumn 2026 course (ended 12 November) but not the October event. */
const DECEMBER = '2026-12-10T12:00:00Z';

const entries = fixtureEntries(minimalFixture);
const published = entries.filter((e) => !e.draft);
const drafts = entries.filter((e) => e.draft);
const of = (collection: string) => published.filter((e) => e.collection === collection);

/** One expected VEVENT: the entry's page and the instants the session or event starts and ends. */
interface Occurrence {
	url: string;
	start: string;
	end: string;
}
function occurrences(entry: FixtureEntry): Occurrence[] {
	const data = entry.data as { sessions?: { start: string; end: string }[]; start?: string; end?: string };
	const ranges = entry.collection === 'events' ? [{ start: data.start!, end: data.end! }] : (data.sessions ?? []);
	return ranges.map((r) => {
		const range = localRange(r.start, r.end, TIME_ZONE);
		return { url: `${ORIGIN}${entry.url}`, start: range.start.toISOString(), end: range.end.toISOString() };
	});
}
/** The start of the recent window of a subscription calendar built at `now`. */
const windowStart = (now: string) => new Date(Date.parse(now) - RECENT_DAYS * 86_400_000).toISOString();
/** What a subscription calendar built at `now` must hold: whatever ends after its window starts. */
const inWindow = (list: FixtureEntry[], now = FIXED_NOW) => list.flatMap(occurrences).filter((o) => o.end > windowStart(now));
const offerings = [...of('courses'), ...of('events')];
const icsOf = (entry: FixtureEntry) => entry.url.replace(/\/$/, '.ics');
const withSessions = offerings.filter((e) => occurrences(e).length > 0);

/** The VEVENTs of a built calendar file, parsed with ical.js. */
const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const veventsOf = (text: string) => parse(text).getAllSubcomponents('vevent');
const asOccurrence = (vevent: ICAL.Component): Occurrence => {
	const event = new ICAL.Event(vevent);
	return {
		url: String(vevent.getFirstPropertyValue('url')),
		start: event.startDate.toJSDate().toISOString(),
		end: event.endDate.toJSDate().toISOString(),
	};
};
const sorted = (list: Occurrence[]) => [...list].sort((a, b) => `${a.start}${a.url}`.localeCompare(`${b.start}${b.url}`));

let site: BuiltSite;
let again: BuiltSite;
let december: BuiltSite;
const calendar = (path: string) => veventsOf(site.read(path));
const icsFiles = () =>
	site
		.files()
		.filter((f) => f.endsWith('.ics'))
		.map((f) => `/${f}`);
beforeAll(async () => {
	site = await buildSite(minimalFixture, FIXED_NOW);
	again = await buildSite(minimalFixture, NEXT_DAY);
	december = await buildSite(minimalFixture, DECEMBER);
});
afterAll(disposeBuilds);

describe('calendar files', () => {
	it('exist for /kalender.ics, every course with sessions, event, organisation and topic, and nothing else', () => {
		const expected = ['/kalender.ics', ...withSessions.map(icsOf), ...[...of('organisations'), ...of('topics')].map(icsOf)];
		expect(icsFiles().sort()).toEqual(expected.sort());
		expect(site.has('/kurs/smittevern-e-laering.ics')).toBe(false);
	});

	it.each(withSessions.map((e) => [icsOf(e), e] as const))('%s has one VEVENT per session, past ones included', (path, entry) => {
		expect(sorted(calendar(path).map(asOccurrence))).toEqual(sorted(occurrences(entry)));
	});

	it('a course with three sessions gives three VEVENTs', () => {
		expect(calendar('/kurs/legemiddelhandtering-tre-samlinger.ics')).toHaveLength(3);
	});

	it(`/kalender.ics has every session and event that ends after now minus ${RECENT_DAYS} days, nothing older, no draft`, () => {
		const events = calendar('/kalender.ics').map(asOccurrence);
		expect(sorted(events)).toEqual(sorted(inWindow(offerings)));
		expect(events).toHaveLength(8);
		expect(events.filter((e) => e.end <= windowStart(FIXED_NOW))).toEqual([]);
		const text = site.read('/kalender.ics');
		for (const draft of drafts) expect(text).not.toContain(draft.id);
	});

	it.each(of('organisations').map((o) => [icsOf(o), o] as const))(
		'%s has the recent and upcoming sessions and events it organises or is a partner in',
		(path, organisation) => {
			const own = offerings.filter(
				(e) => e.data.organiser === organisation.id || (e.data.partners as string[] | undefined)?.includes(organisation.id),
			);
			expect(sorted(calendar(path).map(asOccurrence))).toEqual(sorted(inWindow(own)));
		},
	);

	it.each(of('topics').map((t) => [icsOf(t), t] as const))(
		'%s has the recent and upcoming sessions and events of the topic',
		(path, topic) => {
			const onTopic = offerings.filter((e) => (e.data.topics as string[]).includes(topic.id));
			expect(sorted(calendar(path).map(asOccurrence))).toEqual(sorted(inWindow(onTopic)));
		},
	);

	it(`subscription calendars keep what ended in the last ${RECENT_DAYS} days and drop what ended before`, () => {
		const at = (path: string) => veventsOf(december.read(path)).map(asOccurrence);
		const ended = (e: Occurrence) => e.end <= DECEMBER;
		const recent = at('/kalender.ics').filter(ended);
		expect(recent.map((e) => e.url)).toEqual([`${ORIGIN}/kurs/demens-grunnkurs-hosten-2026/`]);
		for (const path of ['/kalender.ics', ...[...of('organisations'), ...of('topics')].map(icsOf)]) {
			expect(sorted(at(path).filter((e) => e.end <= windowStart(DECEMBER))), path).toEqual([]);
		}
		expect(sorted(at('/kalender.ics'))).toEqual(sorted(inWindow(offerings, DECEMBER)));
		// The event of 20 October is out of the subscriptions, but its own file still has it.
		expect(at('/arrangementer/fagdag-demens-2026.ics')).toHaveLength(1);
		expect(at('/tema/demens.ics').map((e) => e.url)).not.toContain(`${ORIGIN}/arrangementer/fagdag-demens-2026/`);
	});

	it('writes 09:00 in Oslo as 08:00Z in winter and 07:00Z in summer', () => {
		const text = site.read('/kurs/forflytning-vinter-og-sommer.ics');
		expect(text).toContain('DTSTART:20270210T080000Z');
		expect(text).toContain('DTSTART:20270609T070000Z');
		expect(calendar('/kurs/forflytning-vinter-og-sommer.ics').map((v) => asOccurrence(v).start)).toEqual([
			'2027-02-10T08:00:00.000Z',
			'2027-06-09T07:00:00.000Z',
		]);
	});

	it('marks the cancelled course CANCELLED (in its file and in /kalender.ics), the others CONFIRMED', () => {
		expect(calendar('/kurs/forstehjelp-avlyst.ics').map((v) => v.getFirstPropertyValue('status'))).toEqual(['CANCELLED']);
		const statuses = calendar('/kalender.ics').map((v) => [asOccurrence(v).url, v.getFirstPropertyValue('status')]);
		for (const [url, status] of statuses)
			expect(status, url as string).toBe(url === `${ORIGIN}/kurs/forstehjelp-avlyst/` ? 'CANCELLED' : 'CONFIRMED');
	});

	it('gives SUMMARY, DESCRIPTION (summary and page), URL, LOCATION (name and address) and ORGANIZER', () => {
		const [first] = calendar('/kurs/forflytning-vinter-og-sommer.ics');
		const event = new ICAL.Event(first);
		const course = published.find((e) => e.id === 'forflytning-vinter-og-sommer')!;
		expect(event.summary).toContain(course.title);
		expect(event.description).toContain(String(course.data.summary));
		expect(event.description).toContain(`${ORIGIN}${course.url}`);
		expect(first.getFirstPropertyValue('url')).toBe(`${ORIGIN}${course.url}`);
		expect(event.location).toBe('Opplæringssenteret, Fjordby sykehus\nSjøgata 12, 4010 Fjordby');
		const organizer = first.getFirstProperty('organizer');
		expect([organizer?.getParameter('cn'), organizer?.getFirstValue()]).toEqual([
			'Fjordby sykehus',
			'mailto:kompetanse@fjordby-sykehus.example',
		]);
	});

	it('uses the online link as LOCATION of an online event', () => {
		const [webinar] = calendar('/arrangementer/webinar-legemiddelsamstemming.ics');
		expect(new ICAL.Event(webinar).location).toBe('https://moete.nordvik.kommune.example/webinar-samstemming');
	});

	it.each(['/kalender.ics', '/kurs/forflytning-vinter-og-sommer.ics', '/organisasjoner/fjordby-sykehus.ics', '/tema/demens.ics'])(
		'%s has NAME, X-WR-CALNAME, REFRESH-INTERVAL and DTSTAMPs',
		(path) => {
			const text = site.read(path);
			const root = parse(text);
			expect(text).toMatch(/^NAME:.*Kompetansebroen Fjordby/m);
			expect(root.getFirstPropertyValue('x-wr-calname')).toBeTruthy();
			expect(String(root.getFirstPropertyValue('refresh-interval'))).toMatch(/^P/);
			for (const v of root.getAllSubcomponents('vevent')) expect(v.getFirstPropertyValue('dtstamp')).toBeTruthy();
		},
	);

	it('gives every session and event one UID on the site host, the same in every file', () => {
		const byUid = new Map<string, string>();
		for (const path of icsFiles()) {
			const uids = calendar(path).map((v) => String(v.getFirstPropertyValue('uid')));
			expect(new Set(uids).size, path).toBe(uids.length);
			for (const [uid, vevent] of calendar(path).map(
				(v) => [String(v.getFirstPropertyValue('uid')), JSON.stringify(asOccurrence(v))] as const,
			)) {
				expect(uid).toMatch(/@test\.example$/);
				expect(byUid.get(uid) ?? vevent, uid).toBe(vevent);
				byUid.set(uid, vevent);
			}
		}
		expect(byUid.size).toBe(withSessions.flatMap(occurrences).length);
	});

	it('are identical in a second build (UIDs and DTSTAMPs do not depend on the build)', () => {
		expect(again.files().filter((f) => f.endsWith('.ics'))).toEqual(icsFiles().map((f) => f.slice(1)));
		for (const path of icsFiles()) expect(again.read(path), path).toBe(site.read(path));
	});
});

describe('calendar links on pages', () => {
	const links = (page: string) => elements(mainOf(site.read(page)), 'a');

	it.each(withSessions.map((e) => [e.url, e] as const))('%s has "Legg i kalender", downloading its own built file', (url, entry) => {
		const add = links(url).filter((a) => textOf(a.inner).startsWith('Legg i kalender'));
		expect(add.map((a) => [a.attributes.href, a.attributes.download])).toEqual([[icsOf(entry), '']]);
		expect(site.has(icsOf(entry))).toBe(true);
		expect(textOf(add[0].inner)).toContain(entry.title);
	});

	it('an e-learning course without sessions has no calendar link', () => {
		expect(links('/kurs/smittevern-e-laering/').filter((a) => a.attributes.href?.endsWith('.ics'))).toEqual([]);
	});

	const subscriptions = [
		...[...of('organisations'), ...of('topics')].map((e) => [e.url, icsOf(e)]),
		['/arrangementer/', '/kalender.ics'],
		['/', '/kalender.ics'],
	];
	it.each(subscriptions)('%s offers a webcal:// subscription on the site host and a download of %s', (page, path) => {
		const hrefs = links(page).map((a) => a.attributes.href);
		expect(hrefs).toContain(`webcal://test.example${path}`);
		expect(hrefs).toContain(path);
		expect(site.has(path)).toBe(true);
		const subscribe = links(page).find((a) => a.attributes.href?.startsWith('webcal:'));
		expect(textOf(subscribe!.inner)).toMatch(/^Abonner på kalenderen/);
	});
});
