// One calendar of several: the favourites page joins the per-entry calendar files the build writes
// (calendars/calendar-files.ts) into one download, so the events are exactly those of the site's
// own "add to calendar" files. Pure and browser-safe.

const CRLF = '\r\n';
const utf8 = new TextEncoder();

/** RFC 5545 §3.1: lines longer than 75 octets continue on lines that start with a space (joined with `\n` here, CRLF at the end). */
function fold(line: string): string {
	const parts: string[] = [];
	let part = '';
	let octets = 0;
	for (const char of line) {
		const size = utf8.encode(char).length;
		if (octets + size > 75) {
			parts.push(part);
			part = ' ';
			octets = 1;
		}
		part += char;
		octets += size;
	}
	return [...parts, part].join('\n');
}

/** A TEXT value (RFC 5545 §3.3.11). */
const escapeText = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');

/**
 * One `VCALENDAR` named `name` with every `VEVENT` (and `VTIMEZONE`, once each) of `calendars`,
 * the texts of `.ics` files. Their events are copied as written (folded lines and all).
 */
export function joinCalendars(calendars: string[], name: string): string {
	const texts = calendars.map((text) => text.replace(/\r\n?/g, '\n'));
	const blocks = (kind: string) =>
		new Set(texts.flatMap((text) => text.match(new RegExp(`^BEGIN:${kind}\n[\\s\\S]*?^END:${kind}$`, 'gm')) ?? []));
	const prodId = texts.map((text) => /^PRODID:.*$/m.exec(text)?.[0]).find(Boolean) ?? 'PRODID:-//Kompetansebroen//Favourites//EN';
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		prodId,
		fold(`NAME:${escapeText(name)}`),
		fold(`X-WR-CALNAME:${escapeText(name)}`),
		...blocks('VTIMEZONE'),
		...blocks('VEVENT'),
		'END:VCALENDAR',
	];
	return lines.join('\n').replace(/\n/g, CRLF) + CRLF;
}
