import { toOffsetIso } from '../lib/time-zone.ts';

/** A window of local dates (`YYYY-MM-DD`), both ends included. */
export interface DateWindow {
	since: string;
	until: string;
}

/** How many days back the "Nytt siden sist" page looks. */
export const RECENT_DAYS = 30;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (not `2026-02-30`). */
export function isLocalDate(value: string): boolean {
	const match = DAY_PATTERN.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The local date of `instant` in `timeZone`. */
export const localDateOf = (instant: Date, timeZone: string): string => toOffsetIso(instant, timeZone).slice(0, 10);

/** `day` moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The last `days` days up to today in the site's time zone: from the same date `days` days ago to
 * today, both included (on 2 December: 2 November to 2 December), so an item published on the
 * day a month ago is still listed.
 */
export function recentWindow(now: Date, timeZone: string, days = RECENT_DAYS): DateWindow {
	const until = localDateOf(now, timeZone);
	return { since: addDays(until, -days), until };
}
