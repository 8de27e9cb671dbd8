import { describe, expect, it } from 'vitest';
import { type CatalogueData, type CourseRow, decodeCatalogue } from '../../../src/catalogue/catalogue-data.ts';
import {
	arrange,
	emptyState,
	type FilterState,
	hasCatalogueFilters,
	matches,
	pageOf,
	parseFilterState,
	stateToUrl,
} from '../../../src/catalogue/catalogue-filter.ts';

const BASE = '/kurs/';
const NOW = Date.parse('2027-01-15T12:00:00Z');

/** A small catalogue: tables as the endpoint writes them, rows in catalogue order. */
const row = (
	slug: string,
	state: number,
	format: number,
	organiser: number,
	region: number,
	topics: number[],
	audiences: number[],
	days: string[],
	next: string | null,
	end: string | null,
): CourseRow => [
	slug,
	`Kurs ${slug}`,
	'Sammendrag',
	next ? 'en dato' : '45 min',
	next,
	end,
	state,
	format,
	organiser,
	region,
	topics,
	audiences,
	days,
];
const data: CatalogueData = {
	base: BASE,
	facets: {
		topic: [
			['demens', 'Demens'],
			['legemidler', 'Legemidler'],
		],
		audience: [
			['sykepleier', 'Sykepleiere'],
			['lege', 'Leger'],
		],
		format: [
			['classroom', 'Klasserom'],
			['elearning', 'E-læring'],
		],
		organiser: [
			['nus', 'Nitelva universitetssykehus', 'NUS'],
			['enebakk', 'Enebakk kommune'],
		],
		region: [
			['Follo', 'Follo'],
			['Øvre Romerike', 'Øvre Romerike'],
		],
	},
	states: [
		['open', 'Åpen'],
		['full', 'Fullt'],
		['cancelled', 'Avlyst'],
		['ended', 'Avsluttet'],
		['always-open', 'Alltid åpent'],
		['deadline-passed', 'Fristen er ute'],
	],
	text: { count: '{count} kurs', empty: '', upcoming: '', always: '', past: '', pages: '', previous: '', next: '', page: '' },
	courses: [
		row(
			'februar',
			0,
			0,
			0,
			-1,
			[0],
			[0],
			['2027-02-10', '2027-02-10', '2027-06-09', '2027-06-09'],
			'2027-02-10T08:00:00Z',
			'2027-06-09T14:00:00Z',
		),
		row('mars-fullt', 1, 0, 1, 0, [1], [0, 1], ['2027-03-01', '2027-03-02'], '2027-03-01T08:00:00Z', '2027-03-02T14:00:00Z'),
		row('april-avlyst', 2, 0, 1, 0, [0, 1], [1], ['2027-04-01', '2027-04-01'], '2027-04-01T08:00:00Z', '2027-04-01T14:00:00Z'),
		row('fristen-ute', 5, 0, 0, -1, [1], [0], ['2027-05-03', '2027-05-03'], '2027-05-03T08:00:00Z', '2027-05-04T00:00:00Z'),
		row('e-laering', 4, 1, 0, -1, [0], [0, 1], [], null, null),
		row('i-fjor', 3, 0, 1, 0, [0], [0], ['2026-10-20', '2026-10-20'], '2026-10-20T08:00:00Z', '2026-10-20T14:00:00Z'),
	],
};
const courses = decodeCatalogue(data, NOW);
const state = (patch: Partial<FilterState>): FilterState => ({ ...emptyState(), ...patch });
const slugs = (patch: Partial<FilterState>) => courses.filter((c) => matches(c, state(patch))).map((c) => c.href.slice(BASE.length, -1));

describe('decodeCatalogue', () => {
	it('expands indexes into URL values and labels', () => {
		const [first, second] = courses;
		expect(first).toMatchObject({
			href: '/kurs/februar/',
			title: 'Kurs februar',
			tag: 'Klasserom',
			organiser: 'Nitelva universitetssykehus',
			state: 'open',
			past: false,
			nextIso: '2027-02-10T08:00:00Z',
		});
		expect(first.values).toEqual({ topic: ['demens'], audience: ['sykepleier'], format: ['classroom'], organiser: ['nus'], region: [] });
		expect(second.organiser).toBe('Enebakk kommune');
		expect(second.values.region).toEqual(['Follo']);
		expect(courses[4]).toMatchObject({ next: undefined, end: undefined, nextIso: undefined, past: false, when: '45 min' });
	});

	it('marks courses that have ended since the build as ended (a cancelled one stays cancelled)', () => {
		const later = decodeCatalogue(data, Date.parse('2027-03-15T00:00:00Z'));
		expect(later.filter((c) => c.past).map((c) => c.href)).toEqual(['/kurs/mars-fullt/', '/kurs/i-fjor/']);
		expect(later[1].state).toBe('ended');
		expect(decodeCatalogue(data, Date.parse('2027-05-01T00:00:00Z'))[2].state).toBe('cancelled');
	});
});

describe('matches', () => {
	it('keeps everything without filters', () => {
		expect(slugs({})).toHaveLength(courses.length);
	});

	it('ORs values within a facet and ANDs across facets', () => {
		expect(slugs({ topic: ['legemidler'] })).toEqual(['mars-fullt', 'april-avlyst', 'fristen-ute']);
		expect(slugs({ audience: ['lege'] })).toEqual(['mars-fullt', 'april-avlyst', 'e-laering']);
		expect(slugs({ topic: ['legemidler'], audience: ['lege'] })).toEqual(['mars-fullt', 'april-avlyst']);
		expect(slugs({ organiser: ['nus', 'enebakk'] })).toHaveLength(courses.length);
		expect(slugs({ organiser: ['enebakk'], region: ['Øvre Romerike'] })).toEqual([]);
		expect(slugs({ format: ['elearning'] })).toEqual(['e-laering']);
	});

	it('a region keeps its courses and those of organisations without a region', () => {
		expect(slugs({ region: ['Follo'] })).toEqual(['februar', 'mars-fullt', 'april-avlyst', 'fristen-ute', 'e-laering', 'i-fjor']);
		expect(slugs({ region: ['Øvre Romerike'] })).toEqual(['februar', 'fristen-ute', 'e-laering']);
	});

	it('«open» keeps open and always-open registration only', () => {
		expect(slugs({ open: true })).toEqual(['februar', 'e-laering']);
	});

	it('a date range keeps courses with a session on a day inside it, never e-learning', () => {
		expect(slugs({ from: '2027-04-01', to: '2027-04-30' })).toEqual(['april-avlyst']);
		// The February course meets in February and June, not in between.
		expect(slugs({ from: '2027-03-01', to: '2027-05-31' })).toEqual(['mars-fullt', 'april-avlyst', 'fristen-ute']);
		expect(slugs({ from: '2027-06-09', to: '2027-06-09' })).toEqual(['februar']);
		// A two-day course overlaps a range that starts on its second day.
		expect(slugs({ from: '2027-03-02' })).toEqual(['februar', 'mars-fullt', 'april-avlyst', 'fristen-ute']);
		expect(slugs({ to: '2026-12-31' })).toEqual(['i-fjor']);
		expect(slugs({ from: '2027-07-01', to: '2027-06-01' })).toEqual([]);
	});
});

describe('arrange', () => {
	it('orders upcoming by next start, then always available, then past (latest end first)', () => {
		const shuffled = [courses[5], courses[4], courses[3], courses[0], courses[2], courses[1]];
		expect(arrange(shuffled).map(({ course, group }) => `${group}:${course.href.slice(6, -1)}`)).toEqual([
			'upcoming:februar',
			'upcoming:mars-fullt',
			'upcoming:april-avlyst',
			'upcoming:fristen-ute',
			'always:e-laering',
			'past:i-fjor',
		]);
	});

	it('moves a course that ended after the build to the past', () => {
		const later = decodeCatalogue(data, Date.parse('2027-04-15T00:00:00Z'));
		expect(arrange(later).map(({ course, group }) => `${group}:${course.href.slice(6, -1)}`)).toEqual([
			'upcoming:februar',
			'upcoming:fristen-ute',
			'always:e-laering',
			'past:april-avlyst',
			'past:mars-fullt',
			'past:i-fjor',
		]);
	});
});

describe('pageOf', () => {
	const items = Array.from({ length: 50 }, (_, i) => i);
	it('slices pages and clamps the page number', () => {
		expect(pageOf(items, 1)).toMatchObject({ page: 1, total: 3 });
		expect(pageOf(items, 1).items).toHaveLength(24);
		expect(pageOf(items, 3).items).toEqual([48, 49]);
		expect(pageOf(items, 9).page).toBe(3);
		expect(pageOf(items, 0).page).toBe(1);
		expect(pageOf([], 2)).toEqual({ items: [], page: 1, total: 1 });
	});
});

describe('the state in the URL', () => {
	const url = (path: string) => new URL(path, 'https://example.test');

	it('reads repeated facet values, open, dates and the page', () => {
		const parsed = parseFilterState(
			url(
				'/kurs/?topic=demens&topic=legemidler&audience=sykepleier&format=elearning&organiser=nus&region=Follo&open=1&from=2027-01-01&to=2027-06-30&page=2',
			),
			BASE,
		);
		expect(parsed).toEqual({
			topic: ['demens', 'legemidler'],
			audience: ['sykepleier'],
			format: ['elearning'],
			organiser: ['nus'],
			region: ['Follo'],
			open: true,
			from: '2027-01-01',
			to: '2027-06-30',
			page: 2,
		});
	});

	it('takes the page from the path of a server page', () => {
		expect(parseFilterState(url('/kurs/3/'), BASE).page).toBe(3);
		expect(parseFilterState(url('/kurs/'), BASE).page).toBe(1);
		expect(parseFilterState(url('/kurs/3/?page=2'), BASE).page).toBe(2);
	});

	it('drops what it does not know: unknown values, bad dates and pages, open other than 1', () => {
		const known = { topic: new Set(['demens']) };
		const parsed = parseFilterState(url('/kurs/?topic=demens&topic=ukjent&from=2027-13-45&to=i-morgen&open=ja&page=-2'), BASE, known);
		expect(parsed).toEqual(state({ topic: ['demens'] }));
		expect(parseFilterState(url('/kurs/?page=abc'), BASE).page).toBe(1);
	});

	it('writes the server URLs when nothing is filtered, and a query otherwise', () => {
		expect(stateToUrl(emptyState(), BASE)).toBe('/kurs/');
		expect(stateToUrl(state({ page: 2 }), BASE)).toBe('/kurs/2/');
		expect(stateToUrl(state({ topic: ['demens'] }), BASE)).toBe('/kurs/?topic=demens');
		expect(stateToUrl(state({ region: ['Øvre Romerike'], open: true, to: '2027-06-30', page: 3 }), BASE)).toBe(
			'/kurs/?region=%C3%98vre+Romerike&open=1&to=2027-06-30&page=3',
		);
	});

	it('round-trips', () => {
		const original = state({
			topic: ['demens', 'legemidler'],
			audience: ['lege'],
			region: ['Øvre Romerike'],
			open: true,
			from: '2027-01-01',
			page: 4,
		});
		expect(parseFilterState(url(stateToUrl(original, BASE)), BASE)).toEqual(original);
		expect(parseFilterState(url(stateToUrl(state({ page: 5 }), BASE)), BASE)).toEqual(state({ page: 5 }));
	});

	it('hasCatalogueFilters sees every kind of filter but not the page', () => {
		expect(hasCatalogueFilters(state({ page: 3 }))).toBe(false);
		for (const patch of [{ topic: ['x'] }, { region: ['x'] }, { open: true }, { from: '2027-01-01' }, { to: '2027-01-01' }])
			expect(hasCatalogueFilters(state(patch))).toBe(true);
	});
});
