import { describe, expect, it } from 'vitest';
import {
	isDateOnly,
	localEndAfterStart,
	localRange,
	localToInstant,
	NonexistentLocalTimeError,
	offsetMinutes,
} from '../../../src/lib/time-zone.ts';
import { resolveNow } from '../../../src/context/load-context.ts';

const utc = (local: string, zone: string) => localToInstant(local, zone).toISOString();
const hours = (range: { start: Date; end: Date }) => (range.end.getTime() - range.start.getTime()) / 3600e3;

// Central European time: UTC+1 in winter, UTC+2 in summer. In 2027 the clocks go forward at
// 02:00 on 28 March and back at 03:00 on 31 October; in 2026 on 29 March and 25 October.
describe.each(['Europe/Oslo', 'Europe/Stockholm'])('localToInstant in %s', (zone) => {
	it('winter: 09:00 is 08:00 UTC', () => {
		expect(utc('2027-01-15T09:00', zone)).toBe('2027-01-15T08:00:00.000Z');
		expect(utc('2027-12-06T09:00', zone)).toBe('2027-12-06T08:00:00.000Z');
	});
	it('summer: 09:00 is 07:00 UTC', () => {
		expect(utc('2027-06-15T09:00', zone)).toBe('2027-06-15T07:00:00.000Z');
	});

	describe('spring forward (2027-03-28)', () => {
		it('the last minute before the gap is still winter time', () => {
			expect(utc('2027-03-28T01:59', zone)).toBe('2027-03-28T00:59:00.000Z');
		});
		it.each(['2027-03-28T02:00', '2027-03-28T02:30', '2027-03-28T02:59'])('%s does not exist', (local) => {
			expect(() => localToInstant(local, zone)).toThrow(NonexistentLocalTimeError);
		});
		it('03:00 is the first summer-time minute, 01:00 UTC', () => {
			expect(utc('2027-03-28T03:00', zone)).toBe('2027-03-28T01:00:00.000Z');
		});
		it('the gap moves with the calendar (2026-03-29)', () => {
			expect(() => localToInstant('2026-03-29T02:30', zone)).toThrow(NonexistentLocalTimeError);
			expect(utc('2027-03-29T02:30', zone)).toBe('2027-03-29T00:30:00.000Z');
		});
	});

	describe('fall back (2027-10-31)', () => {
		it('an ambiguous time resolves to its first occurrence (summer time)', () => {
			expect(utc('2027-10-31T02:00', zone)).toBe('2027-10-31T00:00:00.000Z');
			expect(utc('2027-10-31T02:30', zone)).toBe('2027-10-31T00:30:00.000Z');
			expect(utc('2027-10-31T02:59', zone)).toBe('2027-10-31T00:59:00.000Z');
		});
		it('before and after the repeated hour are unambiguous', () => {
			expect(utc('2027-10-31T01:59', zone)).toBe('2027-10-30T23:59:00.000Z');
			expect(utc('2027-10-31T03:00', zone)).toBe('2027-10-31T02:00:00.000Z');
		});
		it('the repeated hour moves with the calendar (2026-10-25)', () => {
			expect(utc('2026-10-25T02:30', zone)).toBe('2026-10-25T00:30:00.000Z');
		});
	});

	it('a date-only value is local midnight', () => {
		expect(utc('2027-03-28', zone)).toBe('2027-03-27T23:00:00.000Z');
		expect(utc('2027-07-01', zone)).toBe('2027-06-30T22:00:00.000Z');
	});
});

describe('localToInstant in other zones', () => {
	it('a zone without daylight saving time has no gap', () => {
		expect(utc('2027-03-28T02:30', 'UTC')).toBe('2027-03-28T02:30:00.000Z');
		expect(utc('2027-03-28T02:30', 'Atlantic/Reykjavik')).toBe('2027-03-28T02:30:00.000Z');
	});
	it('uses the zone it is given, not the machine zone', () => {
		expect(utc('2027-06-15T09:00', 'Europe/London')).toBe('2027-06-15T08:00:00.000Z');
		expect(utc('2027-06-15T09:00', 'Europe/Helsinki')).toBe('2027-06-15T06:00:00.000Z');
	});
	it('refuses values that are not local date-times', () => {
		expect(() => localToInstant('2027-06-15T09:00Z', 'Europe/Oslo')).toThrow(RangeError);
		expect(() => localToInstant('i morgen', 'Europe/Oslo')).toThrow(RangeError);
	});
});

describe('offsetMinutes', () => {
	it('is 60 in the Oslo winter and 120 in the Oslo summer', () => {
		expect(offsetMinutes(Date.parse('2027-01-15T12:00:00Z'), 'Europe/Oslo')).toBe(60);
		expect(offsetMinutes(Date.parse('2027-07-15T12:00:00Z'), 'Europe/Oslo')).toBe(120);
	});
	it('switches at 01:00 UTC on the change days', () => {
		expect(offsetMinutes(Date.parse('2027-03-28T00:59:59Z'), 'Europe/Oslo')).toBe(60);
		expect(offsetMinutes(Date.parse('2027-03-28T01:00:00Z'), 'Europe/Oslo')).toBe(120);
		expect(offsetMinutes(Date.parse('2027-10-31T00:59:59Z'), 'Europe/Oslo')).toBe(120);
		expect(offsetMinutes(Date.parse('2027-10-31T01:00:00Z'), 'Europe/Oslo')).toBe(60);
	});
});

describe('localRange', () => {
	it('an interval across the spring change is an hour shorter on the clock', () => {
		expect(hours(localRange('2027-03-27T20:00', '2027-03-28T08:00', 'Europe/Oslo'))).toBe(11);
	});
	it('a date-only end runs to the next midnight: the change days have 23 and 25 hours', () => {
		expect(hours(localRange('2027-03-28', '2027-03-28', 'Europe/Oslo'))).toBe(23);
		expect(hours(localRange('2027-10-31', '2027-10-31', 'Europe/Oslo'))).toBe(25);
		expect(hours(localRange('2027-01-15', undefined, 'Europe/Oslo'))).toBe(24);
	});
	it('a two-day conference ends at midnight after its second day', () => {
		const range = localRange('2027-09-21', '2027-09-22', 'Europe/Oslo');
		expect(range.start.toISOString()).toBe('2027-09-20T22:00:00.000Z');
		expect(range.end.toISOString()).toBe('2027-09-22T22:00:00.000Z');
	});
	it('a time range keeps its local times', () => {
		const range = localRange('2027-02-10T09:00', '2027-02-10T15:00', 'Europe/Oslo');
		expect([range.start.toISOString(), range.end.toISOString()]).toEqual(['2027-02-10T08:00:00.000Z', '2027-02-10T14:00:00.000Z']);
	});
	it('the end of a month and year roll over', () => {
		expect(localRange('2027-12-31', '2027-12-31', 'Europe/Oslo').end.toISOString()).toBe('2027-12-31T23:00:00.000Z');
		expect(localRange('2028-02-28', '2028-02-28', 'Europe/Oslo').end.toISOString()).toBe('2028-02-28T23:00:00.000Z');
	});
});

describe('localEndAfterStart', () => {
	it.each([
		['2027-03-04T09:00', '2027-03-04T09:01', true],
		['2027-03-04T09:00', '2027-03-04T09:00', false],
		['2027-03-04T09:00', '2027-03-04T08:00', false],
		['2027-03-04', '2027-03-04', true],
		['2027-03-04T23:59', '2027-03-04', true],
		['2027-03-05', '2027-03-04T23:59', false],
		['2027-12-31T10:00', '2028-01-01T09:00', true],
	])('%s → %s: %s', (start, end, expected) => {
		expect(localEndAfterStart(start, end)).toBe(expected);
	});
});

describe('isDateOnly and resolveNow', () => {
	it('tells a date from a date-time', () => {
		expect(isDateOnly('2027-03-04')).toBe(true);
		expect(isDateOnly('2027-03-04T09:00')).toBe(false);
	});
	it('reads KB_NOW, falls back to the clock and refuses nonsense', () => {
		expect(resolveNow('2027-01-15T12:00:00Z').toISOString()).toBe('2027-01-15T12:00:00.000Z');
		const before = Date.now();
		const now = resolveNow('').getTime();
		expect(now).toBeGreaterThanOrEqual(before);
		expect(now).toBeLessThanOrEqual(Date.now());
		expect(() => resolveNow('i går')).toThrow(/KB_NOW/);
	});
});
