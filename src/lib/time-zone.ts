import { DATETIME_PATTERN } from '../schemas/values.ts';

/** A local `YYYY-MM-DD[THH:mm]` value that does not exist in the time zone (DST gap). */
export class NonexistentLocalTimeError extends Error {}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of `timeZone` from UTC at `instant`, in minutes (Oslo summer: 120). */
export function offsetMinutes(instant: number, timeZone: string): number {
	let fmt = offsetFormatters.get(timeZone);
	if (!fmt) {
		fmt = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		offsetFormatters.set(timeZone, fmt);
	}
	const parts = Object.fromEntries(fmt.formatToParts(instant).map((p) => [p.type, p.value]));
	const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
	return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/** True when the value has no time of day and so means the whole day. */
export const isDateOnly = (local: string): boolean => !local.includes('T');

/** Instants of the local values converted so far, by time zone and value. */
const instants = new Map<string, number>();

/**
 * Converts local wall-clock time in `timeZone` to an instant. DST-correct: a time in the
 * spring-forward gap throws; an ambiguous autumn time resolves to its first occurrence.
 */
export function localToInstant(local: string, timeZone: string): Date {
	// The same few thousand values are converted again on every page that shows them (cards,
	// JSON-LD, calendars), and each conversion formats up to four dates: remember the results.
	const key = `${timeZone} ${local}`;
	let instant = instants.get(key);
	if (instant === undefined) instants.set(key, (instant = convert(local, timeZone)));
	return new Date(instant);
}

function convert(local: string, timeZone: string): number {
	const m = DATETIME_PATTERN.exec(local);
	if (!m) throw new RangeError(`Not a local date-time: ${local}`);
	const [y, mo, d, h = '0', mi = '0'] = m.slice(1) as string[];
	const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi);
	const candidates = new Set([offsetMinutes(wall - 14 * 3600e3, timeZone), offsetMinutes(wall + 14 * 3600e3, timeZone)]);
	const matches = [...candidates]
		.map((offset) => wall - offset * 60000)
		.filter((instant) => instant + offsetMinutes(instant, timeZone) * 60000 === wall)
		.sort((a, b) => a - b);
	if (matches.length === 0) {
		throw new NonexistentLocalTimeError(`${local} finnes ikke i tidssonen ${timeZone} (sommertid)`);
	}
	return matches[0];
}

/** The day after a `YYYY-MM-DD` date, as `YYYY-MM-DD`. */
function nextDay(dateOnly: string): string {
	const [y, mo, d] = dateOnly.split('-').map(Number);
	return new Date(Date.UTC(y, mo - 1, d + 1)).toISOString().slice(0, 10);
}

/** The instant an interval given in local values begins and ends (a date-only end runs to midnight). */
export function localRange(start: string, end: string | undefined, timeZone: string): { start: Date; end: Date } {
	const endLocal = end ?? start;
	return {
		start: localToInstant(start, timeZone),
		end: localToInstant(isDateOnly(endLocal) ? nextDay(endLocal) : endLocal, timeZone),
	};
}

/** Compares two local values as wall-clock time (date-only end = end of that day). */
export function localEndAfterStart(start: string, end: string): boolean {
	const endKey = isDateOnly(end) ? `${nextDay(end)}T00:00` : end;
	const startKey = isDateOnly(start) ? `${start}T00:00` : start;
	return endKey > startKey;
}

/** An instant as ISO 8601 with the zone's offset, e.g. `2027-09-14T09:00:00+02:00`. */
export function toOffsetIso(instant: Date, timeZone: string): string {
	const offset = offsetMinutes(instant.getTime(), timeZone);
	const local = new Date(instant.getTime() + offset * 60000).toISOString().slice(0, 19);
	const sign = offset < 0 ? '-' : '+';
	const abs = Math.abs(offset);
	return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
