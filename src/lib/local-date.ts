import { DATE_PATTERN, isCalendarValue } from '../schemas/values.ts';
import { toOffsetIso } from './time-zone.ts';

/**
 * Calendar dates (`YYYY-MM-DD`) in the site's time zone, the form the content's dates take
 * (`published`, `updated`, a news item's `date`), so they compare as strings.
 */

/** The date of `instant` in `timeZone` (the day a reader in that zone sees on the calendar). */
export const localDate = (instant: Date, timeZone: string): string => toOffsetIso(instant, timeZone).slice(0, 10);

/** True for a real calendar date written `YYYY-MM-DD` (not `2026-02-30`): the schemas' `date()` rule. */
export const isLocalDate = (value: string): boolean => DATE_PATTERN.test(value) && isCalendarValue(value);

/** `day` moved by `days` calendar days (negative: back). */
export function addDays(day: string, days: number): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The date `months` calendar months before `date`; a day the month lacks becomes its last day
 * (31 March − 1 month = 28/29 February), so the result is always a real date.
 */
export function monthsBefore(date: string, months: number): string {
	const [year, month, day] = date.split('-').map(Number);
	const total = year * 12 + (month - 1) - months;
	const y = Math.floor(total / 12);
	const m = (total % 12) + 1;
	const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
