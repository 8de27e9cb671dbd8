import { describe, expect, it } from 'vitest';
import { addDays, isLocalDate, localDate, monthsBefore } from '../../../src/lib/local-date.ts';

describe('localDate', () => {
	it('is the calendar date in the site’s time zone, not in UTC', () => {
		expect(localDate(new Date('2026-12-31T23:30:00Z'), 'Europe/Oslo')).toBe('2027-01-01');
		expect(localDate(new Date('2026-12-31T23:30:00Z'), 'UTC')).toBe('2026-12-31');
		expect(localDate(new Date('2027-06-30T22:30:00Z'), 'Europe/Stockholm')).toBe('2027-07-01');
	});
});

describe('addDays', () => {
	it('moves across months, years and leap days', () => {
		expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2026-12-02', -29)).toBe('2026-11-03');
	});
});

describe('monthsBefore', () => {
	it('goes back whole calendar months, across years', () => {
		expect(monthsBefore('2027-01-15', 12)).toBe('2026-01-15');
		expect(monthsBefore('2027-01-15', 1)).toBe('2026-12-15');
		expect(monthsBefore('2027-03-15', 14)).toBe('2026-01-15');
	});

	it('a day the month lacks becomes its last day', () => {
		expect(monthsBefore('2027-03-31', 1)).toBe('2027-02-28');
		expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
		expect(monthsBefore('2024-02-29', 12)).toBe('2023-02-28');
	});
});

describe('isLocalDate', () => {
	it('knows a real date from a malformed or impossible one', () => {
		expect(isLocalDate('2026-11-01')).toBe(true);
		expect(isLocalDate('2028-02-29')).toBe(true);
		expect(isLocalDate('2027-02-29')).toBe(false);
		expect(isLocalDate('2026-13-01')).toBe(false);
		expect(isLocalDate('2026-1-01')).toBe(false);
		expect(isLocalDate('01.11.2026')).toBe(false);
		expect(isLocalDate('2026-11-01T10:00')).toBe(false);
	});
});
