import { describe, expect, it } from 'vitest';
import { buildContentIndex, type IndexEntries } from '../../../src/content-layer/content-index.ts';
import { featuredItems, featuredSlugs, leftOutBecause } from '../../../src/featured/featured.ts';
import { type CollectionKey, collections } from '../../../src/schemas/index.ts';
import { validCourse, validElearning, validEvent, validNews } from '../../utils/entries.ts';
import { testContext } from '../../utils/site-context.ts';

// "Now" is FIXED_NOW, 2027-01-15 12:00 UTC.
const entry = (key: CollectionKey, id: string, data: Record<string, unknown>) => ({ id, data: collections[key].schema.parse(data) });
const session = (day: string) => ({ start: `${day}T09:00`, end: `${day}T15:00`, place: 'Fjordby' });
const programme = {
	title: 'Lederprogram',
	summary: 'Et program for nye ledere.',
	organiser: 'fjordby-sykehus',
	topics: ['demens'],
	audiences: ['leder'],
	steps: [{ title: 'Første samling' }],
};

const entries = {
	organisations: [entry('organisations', 'fjordby-sykehus', { name: 'Fjordby sykehus', kind: 'hospital' })],
	topics: [],
	locations: [],
	courses: [
		entry('courses', 'mars', { ...validCourse(), title: 'Mars', sessions: [session('2027-03-04')] }),
		entry('courses', 'februar', { ...validCourse(), title: 'Februar', sessions: [session('2027-02-04')] }),
		entry('courses', 'over', { ...validCourse(), title: 'Over', sessions: [session('2026-11-04')] }),
		entry('courses', 'e-laering', validElearning()),
		// E-learning with dates that are past: ended, as in every list.
		entry('courses', 'e-laering-med-datoer', { ...validElearning(), sessions: [session('2026-10-01')] }),
		entry('courses', 'kladd', { ...validCourse(), title: 'Kladd', draft: true }),
	],
	events: [
		entry('events', 'fagdag', validEvent()),
		entry('events', 'fagdag-over', { ...validEvent(), start: '2026-09-21T10:00', end: '2026-09-21T14:00' }),
	],
	news: [entry('news', 'nyhet', validNews()), entry('news', 'gammel-nyhet', { ...validNews(), date: '2020-01-01' })],
	programmes: [entry('programmes', 'lederprogram', programme)],
} as unknown as IndexEntries;
// A preview build's index, with the draft in it.
const index = buildContentIndex(testContext(), entries);
const shown = (featured: Parameters<typeof featuredItems>[1]) => featuredItems(index, featured).map((i) => `${i.kind}/${i.entry.id}`);

describe('featuredItems', () => {
	it("keeps each list in the curators' order, courses first, then events, news and programmes", () => {
		const featured = {
			programmes: ['lederprogram'],
			news: ['gammel-nyhet', 'nyhet'],
			events: ['fagdag'],
			courses: ['mars', 'e-laering', 'februar'],
		};
		expect(shown(featured)).toEqual([
			'course/mars',
			'course/e-laering',
			'course/februar',
			'event/fagdag',
			'news/gammel-nyhet',
			'news/nyhet',
			'programme/lederprogram',
		]);
	});

	it('leaves out ended courses (e-learning with past dates too), events and drafts, never undated e-learning, old news or programmes', () => {
		expect(
			shown({
				courses: ['over', 'kladd', 'e-laering-med-datoer', 'e-laering', 'mars'],
				events: ['fagdag-over', 'fagdag'],
				news: ['gammel-nyhet'],
				programmes: ['lederprogram'],
			}),
		).toEqual(['course/e-laering', 'course/mars', 'event/fagdag', 'news/gammel-nyhet', 'programme/lederprogram']);
	});

	it('calls an item ended exactly when its lists do (item.past)', () => {
		const past = (id: string) => index.courses.find((c) => c.entry.id === id)!.past;
		expect([past('e-laering-med-datoer'), past('e-laering'), past('over'), past('mars')]).toEqual([true, false, true, false]);
	});

	it('skips a slug the index does not hold (a draft in a production build) and shows a slug listed twice once', () => {
		expect(shown({ courses: ['finnes-ikke', 'februar', 'mars', 'februar'] })).toEqual(['course/februar', 'course/mars']);
	});

	it('shows nothing when nothing is featured', () => {
		expect(shown(undefined)).toEqual([]);
		expect(shown({})).toEqual([]);
	});

	it('gives the real items of the index (with their dates and registration state)', () => {
		const [mars] = featuredItems(index, { courses: ['mars'] });
		expect(mars).toBe(index.courses.find((c) => c.entry.id === 'mars'));
		expect(mars.kind === 'course' && mars.state).toBe('open');
	});
});

describe('featuredSlugs and leftOutBecause', () => {
	it("gives each slug's collection and place in its own list, for the line in site.yaml", () => {
		expect(featuredSlugs({ news: ['a'], courses: ['b', 'c', 'b'] })).toEqual([
			{ collection: 'courses', slug: 'b', position: 0 },
			{ collection: 'courses', slug: 'c', position: 1 },
			{ collection: 'news', slug: 'a', position: 0 },
		]);
	});

	it('says draft before ended, ended when past (whatever the format), and nothing for an item without an end', () => {
		expect(leftOutBecause({ data: { draft: true }, past: true })).toBe('draft');
		expect(leftOutBecause({ data: {}, past: true })).toBe('ended');
		expect(leftOutBecause({ data: {}, past: false })).toBeUndefined();
		expect(leftOutBecause({ data: {} })).toBeUndefined();
	});
});
