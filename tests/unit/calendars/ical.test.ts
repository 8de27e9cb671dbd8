import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCalendar, type CalendarEvent, type CalendarOptions, RECENT_DAYS, subscriptionWindow } from '../../../src/calendars/ical.ts';

const options: CalendarOptions = {
	name: 'Kurs, fagdager; og mer',
	url: 'https://kurs.example/',
	source: 'https://kurs.example/kalender.ics',
	timeZone: 'Europe/Oslo',
	language: 'nb',
	refreshSeconds: 6 * 3600,
};
const shared = {
	description: 'Praktisk kurs, med øvelser.\n\nMer informasjon: https://kurs.example/kurs/a/',
	url: 'https://kurs.example/kurs/a/',
	organizer: { name: 'Fjordby sykehus', email: 'kurs@fjordby.example' },
	cancelled: false,
	stamp: new Date('2026-11-30T23:00:00Z'),
};
const events: CalendarEvent[] = [
	{
		...shared,
		uid: 'courses-a-20270210T0900@kurs.example',
		// 09:00–15:00 in Oslo, winter (UTC+1) and summer (UTC+2).
		start: new Date('2027-02-10T08:00:00Z'),
		end: new Date('2027-02-10T14:00:00Z'),
		summary: 'Forflytning (samling 1 av 2)',
		location: { name: 'Opplæringssenteret, Fjordby sykehus', address: 'Sjøgata 12, 4010 Fjordby', geo: { lat: 58.97, lon: 5.73 } },
	},
	{
		...shared,
		uid: 'courses-a-20270609T0900@kurs.example',
		start: new Date('2027-06-09T07:00:00Z'),
		end: new Date('2027-06-09T13:00:00Z'),
		summary: 'AVLYST: Forflytning (samling 2 av 2)',
		cancelled: true,
	},
	{
		...shared,
		uid: 'events-fagdag@kurs.example',
		// 3 and 4 May, whole days: from local midnight to the midnight after the last day.
		allDay: true,
		start: new Date('2027-05-02T22:00:00Z'),
		end: new Date('2027-05-04T22:00:00Z'),
		summary: 'Fagdag',
		location: { name: 'https://moete.example/fagdag' },
		organizer: { name: 'Solberg kommune' },
	},
];

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const vevents = (text: string) => parse(text).getAllSubcomponents('vevent');
const text = buildCalendar(events, options);
const [winter, summer, allDay] = vevents(text);

afterEach(() => {
	vi.useRealTimers();
});

describe('buildCalendar', () => {
	it('writes one VEVENT per event with its UID, in the given order', () => {
		expect(vevents(text).map((v) => v.getFirstPropertyValue('uid'))).toEqual(events.map((e) => e.uid));
	});

	it('writes times as UTC instants', () => {
		expect(text).toContain('DTSTART:20270210T080000Z\r\n');
		expect(text).toContain('DTSTART:20270609T070000Z\r\n');
		for (const [vevent, event] of [
			[winter, events[0]],
			[summer, events[1]],
		] as const) {
			const parsed = new ICAL.Event(vevent);
			expect(parsed.startDate.toJSDate().toISOString()).toBe(event.start.toISOString());
			expect(parsed.endDate.toJSDate().toISOString()).toBe(event.end.toISOString());
			expect(parsed.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
		}
	});

	it('writes all-day events as local DATE values with an exclusive end', () => {
		const parsed = new ICAL.Event(allDay);
		expect([parsed.startDate.isDate, parsed.startDate.toString(), parsed.endDate.toString()]).toEqual([true, '2027-05-03', '2027-05-05']);
	});

	it('keeps text with commas, semicolons and line breaks intact', () => {
		const parsed = new ICAL.Event(winter);
		expect([parsed.summary, parsed.description, parsed.location]).toEqual([
			events[0].summary,
			shared.description,
			'Opplæringssenteret, Fjordby sykehus\nSjøgata 12, 4010 Fjordby',
		]);
		expect(winter.getFirstPropertyValue('url')).toBe(shared.url);
		expect(winter.getFirstPropertyValue('geo')).toEqual([58.97, 5.73]);
		expect(new ICAL.Event(allDay).location).toBe('https://moete.example/fagdag');
	});

	it('writes ORGANIZER with name and mailto, and leaves it out without an address', () => {
		const organizer = winter.getFirstProperty('organizer');
		expect([organizer?.getFirstValue(), organizer?.getParameter('cn')]).toEqual(['mailto:kurs@fjordby.example', 'Fjordby sykehus']);
		expect(allDay.getFirstProperty('organizer')).toBeNull();
	});

	it('marks cancelled events CANCELLED and the others CONFIRMED', () => {
		expect(vevents(text).map((v) => v.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED', 'CONFIRMED']);
	});

	it('names the calendar (RFC 7986 and X-WR) and sets its refresh interval, source and page', () => {
		const calendar = parse(text);
		expect(text).toContain('NAME:Kurs\\, fagdager\\; og mer\r\n');
		expect(text).toContain('X-WR-CALNAME:Kurs\\, fagdager\\; og mer\r\n');
		expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT6H');
		expect([calendar.getFirstPropertyValue('source'), calendar.getFirstPropertyValue('url')]).toEqual([options.source, options.url]);
		expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Oslo');
		expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Kompetansebroen//Kompetansebroen//NB');
	});

	it('takes DTSTAMP from the event, so the output does not depend on when it is built', () => {
		expect(String(winter.getFirstPropertyValue('dtstamp'))).toBe('2026-11-30T23:00:00Z');
		vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
		expect(buildCalendar(events, options)).toBe(text);
	});

	it('folds long lines at 75 octets', () => {
		const long = buildCalendar([{ ...events[0], description: 'Æøå '.repeat(60) }], options);
		expect(long.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
		expect(new ICAL.Event(vevents(long)[0]).description).toBe('Æøå '.repeat(60));
	});

	it('makes a valid calendar without events', () => {
		expect(vevents(buildCalendar([], options))).toEqual([]);
	});
});

describe('subscriptionWindow', () => {
	const now = new Date('2027-01-15T12:00:00Z');
	const day = 86_400_000;
	const endingAt = (end: number): CalendarEvent => ({ ...events[0], uid: `e-${end}`, start: new Date(end - 3600e3), end: new Date(end) });
	const windowStart = now.getTime() - RECENT_DAYS * day;

	it(`keeps what is upcoming, under way or ended in the last ${RECENT_DAYS} days, and drops what ended before`, () => {
		const list = [
			windowStart - day,
			windowStart,
			windowStart + 1,
			now.getTime() - day,
			now.getTime() + 1800e3,
			now.getTime() + 400 * day,
		].map(endingAt);
		expect(subscriptionWindow(list, now).map((e) => e.uid)).toEqual(list.slice(2).map((e) => e.uid));
	});

	it('leaves the given list alone', () => {
		const list = [endingAt(windowStart - day), endingAt(now.getTime() + day)];
		subscriptionWindow(list, now);
		expect(list).toHaveLength(2);
	});
});
