/** Calendar dates (`YYYY-MM-DD`) in the site's time zone, for comparing with the content's dates. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The date of `instant` in `timeZone`, `YYYY-MM-DD` (the day a curator in that zone sees on the calendar). */
export function localDate(instant: Date, timeZone: string): string {
	let fmt = formatters.get(timeZone);
	if (!fmt)
		formatters.set(timeZone, (fmt = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
	const parts = Object.fromEntries(fmt.formatToParts(instant).map((p) => [p.type, p.value]));
	return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * The date `months` calendar months before `date` (`YYYY-MM-DD`); a day the month lacks becomes
 * its last day (31 March − 1 month = 28/29 February), so the result is always a real date.
 */
export function monthsBefore(date: string, months: number): string {
	const [year, month, day] = date.split('-').map(Number);
	const total = year * 12 + (month - 1) - months;
	const y = Math.floor(total / 12);
	const m = (total % 12) + 1;
	const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
