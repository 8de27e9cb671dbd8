import { describe, expect, it } from 'vitest';
import { countOf, whatsNew, type WhatsNew } from '../../../src/whats-new/whats-new.ts';
import { recentWindow } from '../../../src/whats-new/window.ts';
import { WINDOW, whatsNewIndex } from '../../utils/whats-new-entries.ts';

const ids = (selection: WhatsNew) => ({
	courses: selection.courses.map((i) => i.entry.id),
	events: selection.events.map((i) => i.entry.id),
	programmes: selection.programmes.map((i) => i.entry.id),
	news: selection.news.map((i) => i.entry.id),
});

describe("what's new in a window", () => {
	const index = whatsNewIndex();

	it('holds what was published or updated in the window and has not ended, grouped and ordered by date', () => {
		expect(ids(whatsNew(index, WINDOW))).toEqual({
			// Soonest next date first; e-learning without dates last.
			courses: ['felles-kurs-in', 'follo-kurs-in', 'oslo-kurs-in', 'e-laering-in'],
			events: ['fagdag-in'],
			programmes: ['program-in'],
			// Newest publication first.
			news: ['oslo-nyhet-in', 'follo-nyhet-in', 'oppdatert-nyhet-in'],
		});
	});

	it('takes both ends of the window', () => {
		expect(ids(whatsNew(index, { since: '2027-01-10', until: '2027-01-10' })).courses).toEqual(['follo-kurs-in']);
		expect(ids(whatsNew(index, { since: '2027-01-14', until: '2027-01-20' }))).toEqual({
			courses: ['senere-kurs'],
			events: [],
			programmes: [],
			news: ['oslo-nyhet-in'],
		});
	});

	it('is empty for a window with nothing in it', () => {
		expect(countOf(whatsNew(index, { since: '2025-01-01', until: '2025-12-31' }))).toBe(0);
		expect(countOf(whatsNew(index, WINDOW))).toBe(9);
	});

	it('a region holds its own items and those of organisers serving every region', () => {
		expect(ids(whatsNew(index, { ...WINDOW, region: 'follo' }))).toEqual({
			courses: ['felles-kurs-in', 'follo-kurs-in', 'e-laering-in'],
			events: ['fagdag-in'],
			programmes: ['program-in'],
			news: ['follo-nyhet-in', 'oppdatert-nyhet-in'],
		});
		// Oslo's organisation names its region by name; the index knows it by slug.
		expect(ids(whatsNew(index, { ...WINDOW, region: 'oslo' })).news).toEqual(['oslo-nyhet-in', 'oppdatert-nyhet-in']);
	});

	it('a topic holds only items about it', () => {
		expect(ids(whatsNew(index, { ...WINDOW, topic: 'legemidler' }))).toEqual({
			courses: ['felles-kurs-in'],
			events: ['fagdag-in'],
			programmes: [],
			news: [],
		});
		expect(ids(whatsNew(index, { ...WINDOW, topic: 'demens', region: 'oslo' }))).toEqual({
			courses: ['oslo-kurs-in', 'e-laering-in'],
			events: [],
			programmes: ['program-in'],
			news: ['oslo-nyhet-in'],
		});
	});
});

describe('the recent window', () => {
	it('is the last 30 days, today included, in the site time zone', () => {
		expect(recentWindow(new Date('2026-12-02T10:00:00Z'), 'Europe/Oslo')).toEqual({ since: '2026-11-03', until: '2026-12-02' });
		// 00:30 on New Year's Day in Oslo is still 31 December in UTC.
		expect(recentWindow(new Date('2026-12-31T23:30:00Z'), 'Europe/Oslo', 7)).toEqual({ since: '2026-12-26', until: '2027-01-01' });
		expect(recentWindow(new Date('2026-12-02T10:00:00Z'), 'UTC', 1)).toEqual({ since: '2026-12-02', until: '2026-12-02' });
	});
});
