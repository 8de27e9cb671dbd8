/**
 * How the search page writes dates and numbers in the browser without `Intl`: the first `Intl`
 * call in a page loads the browser's locale data, a main-thread task of 75–200 ms on a phone
 * (measured: 300–800 ms at Lighthouse's 4× CPU slowdown), which alone would break the page's
 * blocking-time budget. The build, which has `Intl` anyway, works out the patterns once
 * (`pageFormats`); the page fills them in (`formatDay`, `formatCount`) and gets the same text.
 */
export interface PageFormats {
	/** Per month (January first): the short date with `{d}` for the day and `{y}` for the year: «{d}. sep. {y}». */
	months: string[];
	/** The digit group separator («12 345» in nb: a no-break space). */
	group: string;
	/** The smallest number written with groups (10 000 in nb and sv, whose 4-digit numbers have none; 1 000 in en). */
	groupFrom: number;
}

/** The patterns of `locale` for the short date the site shows («14. sep. 2027») and its numbers (build time). */
export function pageFormats(locale: string): PageFormats {
	const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
	const months = Array.from({ length: 12 }, (_, month) =>
		date
			.formatToParts(new Date(Date.UTC(2000, month, 11)))
			.map((part) => (part.type === 'day' ? '{d}' : part.type === 'year' ? '{y}' : part.value))
			.join(''),
	);
	const number = new Intl.NumberFormat(locale);
	const group = number.formatToParts(12_345_678).find((part) => part.type === 'group')?.value ?? '';
	const groupFrom = number.format(1000).length > 4 ? 1000 : 10_000;
	return { months, group, groupFrom };
}

/** A calendar date `YYYY-MM-DD` as the site writes it short («14. sep. 2027»); anything else as it is. */
export function formatDay(formats: PageFormats, value: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const pattern = match && formats.months[Number(match[2]) - 1];
	if (!match || !pattern) return value;
	return pattern.replace('{d}', String(Number(match[3]))).replace('{y}', String(Number(match[1])));
}

/** A count (a whole number ≥ 0) as the site's language writes it («12 345» in nb). */
export function formatCount(formats: PageFormats, count: number): string {
	const digits = String(count);
	return count < formats.groupFrom ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, formats.group);
}
