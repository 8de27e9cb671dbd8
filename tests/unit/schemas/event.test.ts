import { describe, expect, it } from 'vitest';
import { ATTENDANCE_MODES } from '../../../src/schemas/enums.ts';
import { eventSchema } from '../../../src/schemas/event.ts';
import { text, validEvent } from '../../utils/entries.ts';
import { issuePaths, parseValid, withField } from '../../utils/schema.ts';

const paths = (data: Record<string, unknown>) => issuePaths(eventSchema, data);
const event = (key: string, value: unknown) => withField(validEvent(), key, value);

describe('event', () => {
	it('accepts a valid event and fills in defaults', () => {
		expect(parseValid(eventSchema, validEvent())).toMatchObject({ audiences: [], materials: [], partners: [], draft: false });
	});

	it.each(['title', 'summary', 'organiser', 'topics', 'start', 'end', 'attendance'])('%s is required', (key) => {
		expect(paths(event(key, undefined))).toEqual([key]);
	});

	it('audiences are optional but must be known values', () => {
		expect(paths(event('audiences', ['leder']))).toEqual([]);
		expect(paths(event('audiences', ['publikum']))).toEqual(['audiences.0']);
	});

	it('title, summary and topics follow the course rules', () => {
		expect(paths(event('title', 'Ja'))).toEqual(['title']);
		expect(paths(event('summary', text(301)))).toEqual(['summary']);
		expect(paths(event('topics', []))).toEqual(['topics']);
	});

	it('end must be after start', () => {
		expect(paths({ ...validEvent(), start: '2027-09-21T10:00', end: '2027-09-21T09:00' })).toEqual(['end']);
		expect(paths({ ...validEvent(), start: '2027-09-21T10:00', end: '2027-09-21T10:00' })).toEqual(['end']);
		expect(paths({ ...validEvent(), start: '2027-09-21', end: '2027-09-20' })).toEqual(['end']);
	});

	it('accepts whole days: a one-day and a two-day conference', () => {
		expect(paths({ ...validEvent(), start: '2027-09-21', end: '2027-09-21' })).toEqual([]);
		expect(paths({ ...validEvent(), start: '2027-09-21', end: '2027-09-22' })).toEqual([]);
	});

	it.each(ATTENDANCE_MODES)('accepts attendance %s', (attendance) => {
		expect(paths({ ...validEvent(), attendance })).toEqual([]);
	});

	it('refuses an unknown attendance', () => {
		expect(paths(event('attendance', 'hybrid'))).toEqual(['attendance']);
	});

	it('in-person and mixed events need a location or a place', () => {
		const nowhere = event('place', undefined);
		expect(paths({ ...nowhere, attendance: 'in-person' })).toEqual(['location']);
		expect(paths({ ...nowhere, attendance: 'mixed' })).toEqual(['location']);
		expect(paths({ ...nowhere, attendance: 'online', online_url: 'https://moete.example/rom' })).toEqual([]);
		expect(paths({ ...nowhere, attendance: 'in-person', location: 'nordvik-radhus' })).toEqual([]);
		expect(paths({ ...nowhere, attendance: 'in-person', location: 'Nordvik rådhus' })).toEqual(['location']);
	});

	it('registration deadline may not be after the start', () => {
		expect(paths(event('registration', { deadline: '2027-09-20' }))).toEqual([]);
		expect(paths(event('registration', { deadline: '2027-09-21T10:00' }))).toEqual([]);
		expect(paths(event('registration', { deadline: '2027-09-21T10:30' }))).toEqual(['registration.deadline']);
		expect(paths(event('registration', { deadline: '2027-09-21' }))).toEqual(['registration.deadline']);
	});

	it('materials need a title and an http(s) url', () => {
		const material = (value: Record<string, unknown>) =>
			paths(event('materials', [{ title: 'Lysbilder', url: 'https://filer.example/a.pdf' }, value]));
		expect(material({ title: 'Opptak', url: 'https://video.example/opptak' })).toEqual([]);
		expect(material({ title: 'Opptak', url: 'javascript:alert(1)' })).toEqual(['materials.1.url']);
		expect(material({ title: 'Opptak', url: 'data:text/html,<script>alert(1)</script>' })).toEqual(['materials.1.url']);
		expect(material({ title: 'Opptak', url: '/filer/opptak.mp4' })).toEqual(['materials.1.url']);
		expect(material({ url: 'https://video.example/opptak' })).toEqual(['materials.1.title']);
	});

	it('online_url must be http(s)', () => {
		expect(paths(event('online_url', 'teams:moete/123'))).toEqual(['online_url']);
	});
});
