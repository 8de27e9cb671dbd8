import { describe, expect, it } from 'vitest';
import { AUDIENCES, COURSE_FORMATS, COURSE_STATUSES } from '../../../src/schemas/enums.ts';
import { courseSchema } from '../../../src/schemas/course.ts';
import { text, validCourse, validElearning, validSession } from '../../utils/entries.ts';
import { issuePaths, parseValid, withField } from '../../utils/schema.ts';

const paths = (data: Record<string, unknown>) => issuePaths(courseSchema, data);
const course = (key: string, value: unknown) => withField(validCourse(), key, value);
const sessions = (...list: Record<string, unknown>[]) => course('sessions', list);

describe('course: valid entries', () => {
	it('accepts a classroom course and fills in defaults', () => {
		const data = parseValid(courseSchema, validCourse());
		expect(data).toMatchObject({ status: 'open', partners: [], draft: false });
		expect(data.sessions).toHaveLength(1);
	});
	it('accepts an e-learning course without sessions', () => {
		expect(parseValid(courseSchema, validElearning()).sessions).toEqual([]);
	});
	it('accepts every optional field filled in', () => {
		const full = {
			...validCourse(),
			partners: ['nordvik-kommune'],
			duration: '2 dager',
			registration: { url: 'https://skjema.example/kurs', email: 'kurs@nordvik.example', deadline: '2027-03-01', seats: 20 },
			status: 'full',
			price: 1500,
			language: 'en',
			contact: { name: 'Kari Nordmann', email: 'kari@nordvik.example', phone: '+47 51 00 00 00' },
			image: { src: '/uploads/kurs.jpg', alt: 'Kursdeltakere' },
			published: '2026-12-01',
			updated: '2027-01-05',
			draft: true,
		};
		expect(paths(full)).toEqual([]);
	});
});

describe('course: required fields', () => {
	it.each(['title', 'summary', 'organiser', 'topics', 'audiences', 'format'])('%s is required', (key) => {
		expect(paths(course(key, undefined))).toEqual([key]);
	});
	it('sessions are required unless the course is e-learning', () => {
		for (const format of ['classroom', 'digital', 'hybrid']) {
			expect(paths({ ...course('sessions', undefined), format }), format).toEqual(['sessions']);
			expect(paths({ ...course('sessions', []), format }), format).toEqual(['sessions']);
		}
		expect(paths({ ...validElearning(), sessions: [validSession()] })).toEqual([]);
	});
});

describe('course: text lengths', () => {
	it('title is 3–140 characters', () => {
		expect(paths(course('title', text(2)))).toEqual(['title']);
		expect(paths(course('title', text(3)))).toEqual([]);
		expect(paths(course('title', text(140)))).toEqual([]);
		expect(paths(course('title', text(141)))).toEqual(['title']);
	});
	it('summary is 1–300 characters', () => {
		expect(paths(course('summary', ''))).toEqual(['summary']);
		expect(paths(course('summary', text(300)))).toEqual([]);
		expect(paths(course('summary', text(301)))).toEqual(['summary']);
	});
});

describe('course: lists and enums', () => {
	it('needs at least one topic and one audience', () => {
		expect(paths(course('topics', []))).toEqual(['topics']);
		expect(paths(course('audiences', []))).toEqual(['audiences']);
	});
	it('topics, organiser and partners are slugs', () => {
		expect(paths(course('topics', ['demens', 'Psykisk helse']))).toEqual(['topics.1']);
		expect(paths(course('organiser', 'Fjordby sykehus'))).toEqual(['organiser']);
		expect(paths(course('partners', ['nordvik-kommune', 'Solberg']))).toEqual(['partners.1']);
	});
	it.each(AUDIENCES)('accepts audience %s', (audience) => {
		expect(paths(course('audiences', [audience]))).toEqual([]);
	});
	it('refuses an unknown audience', () => {
		expect(paths(course('audiences', ['sykepleier', 'pasient']))).toEqual(['audiences.1']);
	});
	it.each(COURSE_FORMATS)('accepts format %s', (format) => {
		expect(paths({ ...validCourse(), format })).toEqual([]);
	});
	it.each(['webinar', 'Classroom', 'e-læring'])('refuses format %s', (format) => {
		expect(paths(course('format', format))).toEqual(['format']);
	});
	it.each(COURSE_STATUSES)('accepts status %s', (status) => {
		expect(paths(course('status', status))).toEqual([]);
	});
	it('refuses an unknown status and language', () => {
		expect(paths(course('status', 'avlyst'))).toEqual(['status']);
		expect(paths(course('language', 'de'))).toEqual(['language']);
	});
	it('price is a number of at least 0', () => {
		expect(paths(course('price', 0))).toEqual([]);
		expect(paths(course('price', -100))).toEqual(['price']);
		expect(paths(course('price', '1500 kr'))).toEqual(['price']);
	});
});

describe('course: sessions', () => {
	it('end must be after start', () => {
		expect(paths(sessions({ start: '2027-03-04T09:00', end: '2027-03-04T08:59' }))).toEqual(['sessions.0.end']);
		expect(paths(sessions({ start: '2027-03-04T09:00', end: '2027-03-04T09:00' }))).toEqual(['sessions.0.end']);
		expect(paths(sessions({ start: '2027-03-04T09:00', end: '2027-03-03T15:00' }))).toEqual(['sessions.0.end']);
		expect(paths(sessions({ start: '2027-03-04T09:00', end: '2027-03-04T09:01' }))).toEqual([]);
	});
	it('points at the session that is wrong', () => {
		expect(paths(sessions(validSession(), { start: '2027-03-11T12:00', end: '2027-03-11T11:00' }))).toEqual(['sessions.1.end']);
	});
	it('accepts date-only values (whole days)', () => {
		expect(paths(sessions({ start: '2027-03-04', end: '2027-03-04' }))).toEqual([]);
		expect(paths(sessions({ start: '2027-03-04', end: '2027-03-05' }))).toEqual([]);
		expect(paths(sessions({ start: '2027-03-04T09:00', end: '2027-03-04' }))).toEqual([]);
		expect(paths(sessions({ start: '2027-03-05', end: '2027-03-04' }))).toEqual(['sessions.0.end']);
	});
	it('refuses impossible calendar dates', () => {
		expect(paths(sessions({ start: '2027-02-30T09:00', end: '2027-03-02T15:00' }))).toEqual(['sessions.0.start']);
	});
	it('start and end are required; online_url must be http(s)', () => {
		expect(paths(sessions({ end: '2027-03-04T15:00' }))).toEqual(['sessions.0.start']);
		expect(paths(sessions({ ...validSession(), online_url: 'javascript:alert(1)' }))).toEqual(['sessions.0.online_url']);
		expect(paths(sessions({ ...validSession(), online_url: 'https://moete.example/rom' }))).toEqual([]);
	});
});

describe('course: registration', () => {
	const registration = (value: Record<string, unknown>, list: Record<string, unknown>[] = [validSession()]) =>
		paths({ ...validCourse(), sessions: list, registration: value });

	it('deadline may be before or at the first session start', () => {
		expect(registration({ deadline: '2027-03-01T23:59' })).toEqual([]);
		expect(registration({ deadline: '2027-03-03' })).toEqual([]);
		expect(registration({ deadline: '2027-03-04T09:00' })).toEqual([]);
	});
	it('deadline after the first session start is an error', () => {
		expect(registration({ deadline: '2027-03-04T09:01' })).toEqual(['registration.deadline']);
		// A date-only deadline lasts the whole day, so the session day itself is too late.
		expect(registration({ deadline: '2027-03-04' })).toEqual(['registration.deadline']);
	});
	it('the first session is the earliest, whatever the order in the file', () => {
		const later = { start: '2027-04-01T09:00', end: '2027-04-01T15:00' };
		const earlier = { start: '2027-03-04T09:00', end: '2027-03-04T15:00' };
		expect(registration({ deadline: '2027-03-10T12:00' }, [later, earlier])).toEqual(['registration.deadline']);
	});
	it('an e-learning course may have any deadline', () => {
		expect(paths({ ...validElearning(), registration: { deadline: '2027-12-31' } })).toEqual([]);
	});
	it('url, email and seats are checked', () => {
		expect(registration({ url: 'javascript:void(0)' })).toEqual(['registration.url']);
		expect(registration({ url: '/pamelding' })).toEqual(['registration.url']);
		expect(registration({ email: 'kurs-at-nordvik.example' })).toEqual(['registration.email']);
		expect(registration({ seats: 0 })).toEqual(['registration.seats']);
		expect(registration({ seats: 12.5 })).toEqual(['registration.seats']);
		expect(registration({ deadline: '2027-02-30' })).toEqual(['registration.deadline']);
	});
});

describe('course: other values', () => {
	it('contact e-mail, image alt and publication dates are checked', () => {
		expect(paths(course('contact', { name: 'Kari', email: 'kari' }))).toEqual(['contact.email']);
		expect(paths(course('contact', { email: 'kari@nordvik.example' }))).toEqual(['contact.name']);
		expect(paths(course('image', { src: '/uploads/kurs.jpg' }))).toEqual(['image.alt']);
		expect(paths(course('published', '2027-02-29'))).toEqual(['published']);
		// A malformed date fails both the format and the calendar check (two issues, one field).
		expect(new Set(paths(course('updated', '5. januar 2027')))).toEqual(new Set(['updated']));
		expect(paths(course('draft', 'ja'))).toEqual(['draft']);
	});
});
