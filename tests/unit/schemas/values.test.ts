import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { date, datetime, email, fieldMeta, image, reference, slug, url } from '../../../src/schemas/values.ts';
import { issuePaths, parseValid } from '../../utils/schema.ts';

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

describe('slug', () => {
	it.each(['demens', 'demens-grunnkurs', 'kurs-2027', '2027-fagdag', 'a'])('accepts %s', (value) => {
		expect(accepts(slug(), value)).toBe(true);
	});
	it.each(['Demens', 'kurs øving', 'kurs-øving', 'dobbel--bindestrek', '-start', 'slutt-', 'kurs_1', 'kurs.mdx', ''])(
		'refuses «%s»',
		(value) => {
			expect(accepts(slug(), value)).toBe(false);
		},
	);
	it('a reference follows the slug rule and records its collection', () => {
		expect(accepts(reference('topics'), 'demens')).toBe(true);
		expect(accepts(reference('topics'), 'Demens')).toBe(false);
		expect(fieldMeta(reference('topics').optional())).toEqual({ kind: 'reference', collection: 'topics' });
	});
});

describe('datetime (local wall-clock time)', () => {
	it.each(['2027-03-04T09:00', '2027-12-31T23:59', '2028-02-29T10:00', '2027-03-04', '2027-03-28T02:30'])('accepts %s', (value) => {
		// A DST-gap time is well-formed here; the gap is checked against the site's time zone.
		expect(accepts(datetime(), value)).toBe(true);
	});
	it.each([
		['2027-02-30T09:00', 'no 30 February'],
		['2027-02-29T09:00', '2027 is not a leap year'],
		['2027-02-30', 'date-only, no 30 February'],
		['2027-04-31', 'April has 30 days'],
		['2027-13-01T09:00', 'month 13'],
		['2027-00-10', 'month 0'],
		['2027-03-00', 'day 0'],
		['2027-03-04T24:00', 'hour 24'],
		['2027-03-04T09:60', 'minute 60'],
		['2027-03-04 09:00', 'space instead of T'],
		['2027-03-04T09:00:00', 'seconds'],
		['2027-03-04T09:00+01:00', 'an offset'],
		['2027-03-04T08:00Z', 'UTC'],
		['2027-3-4', 'no zero padding'],
		['04.03.2027', 'Norwegian notation'],
	])('refuses %s (%s)', (value) => {
		expect(accepts(datetime(), value)).toBe(false);
	});
	it('refuses non-strings (an unquoted YAML number, a Date)', () => {
		expect(accepts(datetime(), 20270304)).toBe(false);
		expect(accepts(datetime(), new Date('2027-03-04T09:00Z'))).toBe(false);
	});
});

describe('date', () => {
	it.each(['2027-02-28', '2028-02-29', '2027-12-31'])('accepts %s', (value) => {
		expect(accepts(date(), value)).toBe(true);
	});
	it.each(['2027-02-29', '2027-02-30', '2027-11-31', '2027-13-01', '2027-02-28T09:00', '28.02.2027', ''])('refuses «%s»', (value) => {
		expect(accepts(date(), value)).toBe(false);
	});
});

describe('url (absolute http/https only)', () => {
	it.each([
		'https://www.nordvik.kommune.example/kurs',
		'http://intranett.fjordby.example/skjema?id=4',
		'HTTPS://EKSEMPEL.NO/',
		'https://moete.example/rom/123#lyd',
	])('accepts %s', (value) => {
		expect(accepts(url(), value)).toBe(true);
	});
	it.each([
		['javascript:alert(1)', 'javascript:'],
		['JavaScript:alert(document.cookie)', 'javascript: in mixed case'],
		['data:text/html;base64,PHNjcmlwdD4=', 'data:'],
		['/kurs/demens/', 'root-relative'],
		['kurs/demens', 'relative'],
		['//evil.example/x', 'protocol-relative'],
		['ftp://filer.example/program.pdf', 'ftp:'],
		['mailto:kurs@nordvik.example', 'mailto:'],
		['https://', 'no host'],
		['https:///sti', 'empty host'],
		['https://nordvik example.no', 'a space in the host'],
		['', 'empty'],
	])('refuses «%s» (%s)', (value) => {
		expect(accepts(url(), value)).toBe(false);
	});
});

describe('email', () => {
	it.each(['kari.nordmann@nordvik.kommune.example', 'kurs+var@fjordby-sykehus.example'])('accepts %s', (value) => {
		expect(accepts(email(), value)).toBe(true);
	});
	it.each(['kari', 'kari@', '@nordvik.example', 'kari nordmann@nordvik.example', 'kari(at)nordvik.example', 'mailto:kari@nordvik.example'])(
		'refuses «%s»',
		(value) => {
			expect(accepts(email(), value)).toBe(false);
		},
	);
});

describe('image', () => {
	it('accepts a path under public/ with alt text', () => {
		expect(parseValid(image(), { src: '/uploads/simulering.jpg', alt: 'Sykepleiere øver på en pasientsimulator' })).toEqual({
			src: '/uploads/simulering.jpg',
			alt: 'Sykepleiere øver på en pasientsimulator',
			decorative: false,
		});
	});
	it('accepts an https URL', () => {
		expect(accepts(image(), { src: 'https://bilder.example/kurs.jpg', alt: 'Kursrom' })).toBe(true);
	});
	it('requires alt text', () => {
		expect(issuePaths(image(), { src: '/uploads/a.jpg' })).toEqual(['alt']);
		expect(issuePaths(image(), { src: '/uploads/a.jpg', alt: '' })).toEqual(['alt']);
		expect(issuePaths(image(), { src: '/uploads/a.jpg', alt: '   ' })).toEqual(['alt']);
	});
	it('allows empty alt text only for a decorative image', () => {
		expect(accepts(image(), { src: '/uploads/bolge.svg', alt: '', decorative: true })).toBe(true);
		expect(accepts(image(), { src: '/uploads/bolge.svg', decorative: true })).toBe(true);
		expect(issuePaths(image(), { src: '/uploads/bolge.svg', alt: '', decorative: false })).toEqual(['alt']);
	});
	it.each([
		['uploads/a.jpg', 'relative'],
		['http://bilder.example/a.jpg', 'plain http'],
		['//bilder.example/a.jpg', 'protocol-relative'],
		['javascript:alert(1)', 'javascript:'],
		['data:image/png;base64,iVBOR', 'data:'],
		['/uploads/mitt bilde.jpg', 'a space'],
	])('refuses src «%s» (%s)', (src) => {
		expect(issuePaths(image(), { src, alt: 'Et bilde' })).toEqual(['src']);
	});
});
