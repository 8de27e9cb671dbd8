import { addDays, localDate } from '../lib/local-date.ts';

/** A window of local dates (`YYYY-MM-DD`), both ends included. */
export interface DateWindow {
	since: string;
	until: string;
}

/** How many days back the "Nytt siden sist" page looks. */
export const RECENT_DAYS = 30;

/**
 * The last `days` days in the site's time zone, today included: `days` dates in all (on
 * 2 December, 30 days are 3 November to 2 December).
 */
export function recentWindow(now: Date, timeZone: string, days = RECENT_DAYS): DateWindow {
	const until = localDate(now, timeZone);
	return { since: addDays(until, -(days - 1)), until };
}
