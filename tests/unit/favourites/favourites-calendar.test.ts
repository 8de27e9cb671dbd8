import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { joinCalendars } from '../../../src/favourites/favourites-calendar.ts';

const calendar = (uids: string[], eol = '\r\n') =>
	[
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Kompetansebroen//Kompetansebroen//NB',
		'NAME:One entry',
		...uids.flatMap((uid) => [
			'BEGIN:VEVENT',
			`UID:${uid}`,
			'DTSTAMP:19700101T000000Z',
			'DTSTART:20270304T110000Z',
			'DTEND:20270304T143000Z',
			'SUMMARY:Legemiddelhåndtering i hjemmetjenesten – en lang tittel som',
			'  brettes over flere linjer',
			'END:VEVENT',
		]),
		'END:VCALENDAR',
	].join(eol);

describe('joinCalendars', () => {
	it('makes one valid VCALENDAR with every event of the files, once each, in CRLF lines of at most 75 octets', () => {
		const name = 'Mine favoritter – Kompetansebroen Fjordby, med et navn som er lengre enn en linje i en kalenderfil';
		const text = joinCalendars([calendar(['a@x', 'b@x']), calendar(['c@x'], '\n'), calendar(['a@x']), ''], name);
		expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:-\/\/Kompetansebroen\/\/Kompetansebroen\/\/NB\r\n/);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
		const parsed = new ICAL.Component(ICAL.parse(text));
		// ical.js does not know NAME (RFC 7986) or X-WR-CALNAME and hands their TEXT values over escaped.
		const unescape = (value: unknown) => String(value).replace(/\\([\\;,])/g, '$1');
		expect(unescape(parsed.getFirstPropertyValue('name'))).toBe(name);
		expect(unescape(parsed.getFirstPropertyValue('x-wr-calname'))).toBe(name);
		expect(text).toContain('Fjordby\\, med');
		const events = parsed.getAllSubcomponents('vevent');
		expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(['a@x', 'b@x', 'c@x']);
		expect(new ICAL.Event(events[0]).summary).toBe('Legemiddelhåndtering i hjemmetjenesten – en lang tittel som brettes over flere linjer');
	});

	it('is a valid calendar without events', () => {
		const parsed = new ICAL.Component(ICAL.parse(joinCalendars([], 'Favoritter')));
		expect(parsed.name).toBe('vcalendar');
		expect(parsed.getAllSubcomponents('vevent')).toEqual([]);
		expect(parsed.getFirstPropertyValue('prodid')).toBe('-//Kompetansebroen//Favourites//EN');
	});
});
