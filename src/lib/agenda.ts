import { splitByTime, type Timed } from './timeline.ts';

/** Something listed by time that knows its next start (the next session of a running course). */
export interface Scheduled extends Timed {
	next?: Date;
}

/**
 * Like `splitByTime`, but upcoming items are ordered by their next start, so a course that
 * has begun is listed by the session still to come.
 */
export function splitByNext<T extends Scheduled>(items: readonly T[]): { upcoming: T[]; always: T[]; past: T[] } {
	const parts = splitByTime(items);
	parts.upcoming.sort((a, b) => (a.next ?? a.span.start!).getTime() - (b.next ?? b.span.start!).getTime());
	return parts;
}
