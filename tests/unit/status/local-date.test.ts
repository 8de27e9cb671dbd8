import { describe, expect, it } from 'vitest';
import { localDate, monthsBefore } from '../../../src/status/local-date.ts';

describe('localDate', () => {
	it('is the calendar date in the site’s time zone, not in UTC', () => {
		expect(localDate(new Date('2026-12-31T23:30:00Z'), 'Europe/Oslo')).toBe('2027-01-01');
		expect(localDate(new Date('2026-12-31T23:30:00Z'), 'UTC')).toBe('2026-12-31');
		expect(localDate(new Date('2027-06-30T22:30:00Z'), 'Europe/Stockholm')).toBe('2027-07-01');
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
