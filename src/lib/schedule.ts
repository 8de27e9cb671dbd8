import type { Course, Session } from '../schemas/course.ts';
import type { Event } from '../schemas/event.ts';
import { localRange } from './time-zone.ts';

/** A session with its absolute start and end. */
export interface TimedSession extends Session {
	startAt: Date;
	endAt: Date;
}

/** Sessions in time order, each with instants in the site's time zone. */
export function timedSessions(course: Pick<Course, 'sessions'>, timeZone: string): TimedSession[] {
	return course.sessions
		.map((s) => {
			const range = localRange(s.start, s.end, timeZone);
			return { ...s, startAt: range.start, endAt: range.end };
		})
		.sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
}

/** When something is on: first start and last end (undefined for e-learning without sessions). */
export interface Span {
	start?: Date;
	end?: Date;
}

export function courseSpan(sessions: TimedSession[]): Span {
	return {
		start: sessions[0]?.startAt,
		end: sessions.reduce<Date | undefined>((end, s) => (!end || s.endAt > end ? s.endAt : end), undefined),
	};
}

export function eventSpan(event: Pick<Event, 'start' | 'end'>, timeZone: string): Required<Span> {
	return localRange(event.start, event.end, timeZone);
}

/** Past once the last moment has ended; something without an end (e-learning) is never past. */
export const isPast = (span: Span, now: Date): boolean => span.end !== undefined && span.end <= now;

/** The next start after `now` (the first session not yet begun), for sorting upcoming items. */
export const nextStart = (sessions: TimedSession[], now: Date): Date | undefined =>
	sessions.find((s) => s.startAt > now)?.startAt ?? sessions.at(-1)?.startAt;

export type RegistrationState = 'open' | 'deadline-passed' | 'full' | 'cancelled' | 'closed' | 'ended' | 'always-open';

/** What a user can do about signing up, now. */
export function registrationState(
	item: { status?: Course['status']; format?: Course['format']; registration?: Course['registration'] },
	span: Span,
	now: Date,
	timeZone: string,
): RegistrationState {
	const status = item.status ?? 'open';
	if (status === 'cancelled') return 'cancelled';
	if (isPast(span, now)) return 'ended';
	if (status === 'full') return 'full';
	if (status === 'closed') return 'closed';
	if (item.format === 'elearning' && !span.end) return 'always-open';
	const deadline = item.registration?.deadline;
	// A date-only deadline lasts the whole day.
	if (deadline && localRange(deadline, deadline, timeZone).end <= now) return 'deadline-passed';
	if (!deadline && span.start && span.start <= now) return 'closed';
	return 'open';
}
