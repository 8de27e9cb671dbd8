import { describe, expect, it } from 'vitest';
import { courseSpan, eventSpan, isPast, nextStart, registrationState, timedSessions } from '../../../src/lib/schedule.ts';

const TZ = 'Europe/Oslo';
const NOW = new Date('2027-01-15T12:00:00Z');

/** A course with the given sessions (local times) and everything else as given. */
const course = (sessions: [string, string][], rest: Record<string, unknown> = {}) => ({
	format: 'classroom' as const,
	sessions: sessions.map(([start, end]) => ({ start, end })),
	...rest,
});
const stateOf = (item: ReturnType<typeof course>, now = NOW) =>
	registrationState(item as never, courseSpan(timedSessions(item, TZ)), now, TZ);

const upcoming: [string, string][] = [['2027-02-10T09:00', '2027-02-10T15:00']];
const past: [string, string][] = [['2026-11-12T09:00', '2026-11-12T15:00']];

describe('registrationState', () => {
	it('open: upcoming, no deadline passed', () => {
		expect(stateOf(course(upcoming))).toBe('open');
		expect(stateOf(course(upcoming, { registration: { deadline: '2027-02-01T12:00' } }))).toBe('open');
	});
	it('deadline-passed: the deadline is behind us but the course is not', () => {
		// NOW is 13:00 in Oslo.
		expect(stateOf(course(upcoming, { registration: { deadline: '2027-01-15T13:01' } }))).toBe('open');
		expect(stateOf(course(upcoming, { registration: { deadline: '2027-01-15T13:00' } }))).toBe('deadline-passed');
		expect(stateOf(course(upcoming, { registration: { deadline: '2027-01-14' } }))).toBe('deadline-passed');
	});
	it('a date-only deadline lasts until midnight, local time', () => {
		const item = course(upcoming, { registration: { deadline: '2027-01-15' } });
		expect(stateOf(item)).toBe('open');
		expect(stateOf(item, new Date('2027-01-15T22:59:59Z'))).toBe('open');
		expect(stateOf(item, new Date('2027-01-15T23:00:00Z'))).toBe('deadline-passed');
	});
	it('full and closed follow the organiser’s status', () => {
		expect(stateOf(course(upcoming, { status: 'full' }))).toBe('full');
		expect(stateOf(course(upcoming, { status: 'closed' }))).toBe('closed');
	});
	it('closed: started without a deadline', () => {
		const running: [string, string][] = [
			['2027-01-15T09:00', '2027-01-15T15:00'],
			['2027-02-10T09:00', '2027-02-10T15:00'],
		];
		expect(stateOf(course(running))).toBe('closed');
	});
	it('cancelled wins over everything, even when the course is over', () => {
		expect(stateOf(course(upcoming, { status: 'cancelled' }))).toBe('cancelled');
		expect(stateOf(course(past, { status: 'cancelled' }))).toBe('cancelled');
	});
	it('ended: the last session is over, whatever the status', () => {
		expect(stateOf(course(past))).toBe('ended');
		expect(stateOf(course(past, { status: 'full' }))).toBe('ended');
		const multi: [string, string][] = [past[0], ['2027-01-15T09:00', '2027-01-15T12:00']];
		expect(stateOf(course(multi))).toBe('ended');
		expect(stateOf(course(multi), new Date('2027-01-15T10:59:59Z'))).not.toBe('ended');
	});
	it('always-open: e-learning without dates', () => {
		const elearning = { format: 'elearning' as const, sessions: [] };
		expect(registrationState(elearning, courseSpan([]), NOW, TZ)).toBe('always-open');
		expect(registrationState({ ...elearning, status: 'closed' as const }, courseSpan([]), NOW, TZ)).toBe('closed');
	});
	it('works for events (no format)', () => {
		const event = { start: '2027-04-14T13:00', end: '2027-04-14T14:30' };
		expect(registrationState({}, eventSpan(event, TZ), NOW, TZ)).toBe('open');
		expect(registrationState({}, eventSpan({ start: '2026-10-20T09:00', end: '2026-10-20T15:30' }, TZ), NOW, TZ)).toBe('ended');
	});
});

describe('sessions and spans', () => {
	const sessions = timedSessions(
		course([
			['2027-06-09T09:00', '2027-06-09T15:00'],
			['2027-02-10T09:00', '2027-02-10T15:00'],
		]),
		TZ,
	);
	it('timedSessions sorts by time and converts across DST', () => {
		expect(sessions.map((s) => s.startAt.toISOString())).toEqual(['2027-02-10T08:00:00.000Z', '2027-06-09T07:00:00.000Z']);
		expect(sessions.map((s) => s.start)).toEqual(['2027-02-10T09:00', '2027-06-09T09:00']);
	});
	it('courseSpan runs from the first start to the last end', () => {
		const span = courseSpan(sessions);
		expect(span.start?.toISOString()).toBe('2027-02-10T08:00:00.000Z');
		expect(span.end?.toISOString()).toBe('2027-06-09T13:00:00.000Z');
		expect(courseSpan([])).toEqual({ start: undefined, end: undefined });
	});
	it('eventSpan of whole days ends at the next local midnight', () => {
		const span = eventSpan({ start: '2027-09-21', end: '2027-09-22' }, TZ);
		expect([span.start.toISOString(), span.end.toISOString()]).toEqual(['2027-09-20T22:00:00.000Z', '2027-09-22T22:00:00.000Z']);
	});
	it('isPast: at or after the end; never without an end', () => {
		const span = courseSpan(sessions);
		expect(isPast(span, new Date('2027-06-09T12:59:59Z'))).toBe(false);
		expect(isPast(span, new Date('2027-06-09T13:00:00Z'))).toBe(true);
		expect(isPast({}, new Date('2100-01-01'))).toBe(false);
	});
	it('nextStart is the first session not yet begun, else the last one', () => {
		expect(nextStart(sessions, NOW)?.toISOString()).toBe('2027-02-10T08:00:00.000Z');
		expect(nextStart(sessions, new Date('2027-03-01T00:00Z'))?.toISOString()).toBe('2027-06-09T07:00:00.000Z');
		expect(nextStart(sessions, new Date('2027-12-01T00:00Z'))?.toISOString()).toBe('2027-06-09T07:00:00.000Z');
		expect(nextStart([], NOW)).toBeUndefined();
	});
});
