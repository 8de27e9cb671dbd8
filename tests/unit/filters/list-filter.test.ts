import { describe, expect, it } from 'vitest';
import { decodeList, type ListData, type ListRow } from '../../../src/filters/list-data.ts';
import {
	arrange,
	emptyState,
	type FilterState,
	hasFilters,
	matches,
	pageOf,
	parseFilterState,
	stateToUrl,
} from '../../../src/filters/list-filter.ts';
import { audiencesServed } from '../../../src/lib/audience.ts';
import { AUDIENCES } from '../../../src/schemas/enums.ts';

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
): ListRow => [
	slug,
	`Kurs ${slug}`,
	'Sammendrag',
	next ? 'en dato' : '45 min',
	next,
	end,
	state,
	['Klasserom', 'E-læring'][format],
	'',
	'',
	['Nitelva universitetssykehus', 'Enebakk kommune'][organiser],
	[topics, audiences, [format], [organiser], region < 0 ? [] : [region]],
	days,
];
type Facet = 'topic' | 'audience' | 'format' | 'organiser' | 'region';
const KEYS: Facet[] = ['topic', 'audience', 'format', 'organiser', 'region'];
const data: ListData<Facet> = {
	base: BASE,
	kind: 'courses',
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
			['nus', 'Nitelva universitetssykehus'],
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
	text: {
		count: '{count} kurs',
		empty: '',
		upcoming: '',
		always: '',
		past: '',
		pages: '',
		previous: '',
		next: '',
		page: '',
		show: '',
		favouriteAdd: '',
		favouriteRemove: '',
	},
	items: [
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
const courses = decodeList(data, NOW);
/** A state from facet values and the other fields, e.g. `{ topic: ['demens'], open: true }`. */
type Patch = Partial<Record<Facet, string[]> & Omit<FilterState<Facet>, 'values'>>;
const state = (patch: Patch): FilterState<Facet> => {
	const empty = emptyState(KEYS);
	const values = { ...empty.values };
	const rest: Partial<FilterState<Facet>> = {};
	for (const [key, value] of Object.entries(patch)) {
		if ((KEYS as string[]).includes(key)) values[key as Facet] = value as string[];
		else Object.assign(rest, { [key]: value });
	}
	return { ...empty, ...rest, values };
};
const slugs = (patch: Patch) => courses.filter((c) => matches(c, state(patch), KEYS)).map((c) => c.href.slice(BASE.length, -1));

describe('decodeList', () => {
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
		const later = decodeList(data, Date.parse('2027-03-15T00:00:00Z'));
		expect(later.filter((c) => c.past).map((c) => c.href)).toEqual(['/kurs/mars-fullt/', '/kurs/i-fjor/']);
		expect(later[1].state).toBe('ended');
		expect(decodeList(data, Date.parse('2027-05-01T00:00:00Z'))[2].state).toBe('cancelled');
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
		expect(arrange(shuffled).map(({ item, group }) => `${group}:${item.href.slice(6, -1)}`)).toEqual([
			'upcoming:februar',
			'upcoming:mars-fullt',
			'upcoming:april-avlyst',
			'upcoming:fristen-ute',
			'always:e-laering',
			'past:i-fjor',
		]);
	});

	it('moves a course that ended after the build to the past', () => {
		const later = decodeList(data, Date.parse('2027-04-15T00:00:00Z'));
		expect(arrange(later).map(({ item, group }) => `${group}:${item.href.slice(6, -1)}`)).toEqual([
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
	const parse = (u: URL, known?: Partial<Record<Facet, ReadonlySet<string>>>) => parseFilterState(u, BASE, KEYS, known);
	const toUrl = (s: FilterState<Facet>) => stateToUrl(s, BASE, KEYS);
	const url = (path: string) => new URL(path, 'https://example.test');

	it('reads repeated facet values, open, dates and the page', () => {
		const parsed = parse(
			url(
				'/kurs/?topic=demens&topic=legemidler&audience=sykepleier&format=elearning&organiser=nus&region=Follo&open=1&from=2027-01-01&to=2027-06-30&page=2',
			),
		);
		expect(parsed).toEqual({
			values: {
				topic: ['demens', 'legemidler'],
				audience: ['sykepleier'],
				format: ['elearning'],
				organiser: ['nus'],
				region: ['Follo'],
			},
			open: true,
			from: '2027-01-01',
			to: '2027-06-30',
			page: 2,
		});
	});

	it('takes the page from the path of a server page', () => {
		expect(parse(url('/kurs/3/')).page).toBe(3);
		expect(parse(url('/kurs/')).page).toBe(1);
		expect(parse(url('/kurs/3/?page=2')).page).toBe(2);
	});

	it('drops what it does not know: unknown values, bad dates and pages, open other than 1', () => {
		const known = { topic: new Set(['demens']) };
		const parsed = parse(url('/kurs/?topic=demens&topic=ukjent&from=2027-13-45&to=i-morgen&open=ja&page=-2'), known);
		expect(parsed).toEqual(state({ topic: ['demens'] }));
		expect(parse(url('/kurs/?page=abc')).page).toBe(1);
	});

	it('writes the server URLs when nothing is filtered, and a query otherwise', () => {
		expect(toUrl(emptyState(KEYS))).toBe('/kurs/');
		expect(toUrl(state({ page: 2 }))).toBe('/kurs/2/');
		expect(toUrl(state({ topic: ['demens'] }))).toBe('/kurs/?topic=demens');
		expect(toUrl(state({ region: ['Øvre Romerike'], open: true, to: '2027-06-30', page: 3 }))).toBe(
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
		expect(parse(url(toUrl(original)))).toEqual(original);
		expect(parse(url(toUrl(state({ page: 5 }))))).toEqual(state({ page: 5 }));
	});

	it('hasFilters sees every kind of filter but not the page', () => {
		expect(hasFilters(state({ page: 3 }), KEYS)).toBe(false);
		for (const patch of [{ topic: ['x'] }, { region: ['x'] }, { open: true }, { from: '2027-01-01' }, { to: '2027-01-01' }])
			expect(hasFilters(state(patch), KEYS)).toBe(true);
	});
});

describe('audiences: an entry for `alle` serves every audience', () => {
	it('audiencesServed gives every audience but `alle` for an `alle` entry, and the entry own list otherwise', () => {
		expect(audiencesServed(['alle'])).toEqual(AUDIENCES.filter((a) => a !== 'alle'));
		expect(audiencesServed(['sykepleier', 'alle'])).not.toContain('alle');
		expect(audiencesServed(['sykepleier', 'lege'])).toEqual(['sykepleier', 'lege']);
	});

	it('a course for `alle` stays when the reader picks their audience; one for others does not', () => {
		const audiences = AUDIENCES.filter((a) => a !== 'alle');
		const at = (list: readonly string[]) => list.map((a) => audiences.indexOf(a as (typeof audiences)[number]));
		const list = decodeList(
			{
				...data,
				facets: { ...data.facets, audience: audiences.map((a) => [a, a]) },
				items: [
					row('for-alle', 4, 1, 0, -1, [0], at(audiencesServed(['alle'])), [], null, null),
					row('for-leger', 0, 0, 0, -1, [0], at(['lege']), ['2027-02-10', '2027-02-10'], '2027-02-10T08:00:00Z', '2027-02-10T14:00:00Z'),
				],
			},
			NOW,
		);
		const kept = (audience: string[]) => list.filter((c) => matches(c, state({ topic: ['demens'], audience }), KEYS)).map((c) => c.title);
		expect(kept(['sykepleier'])).toEqual(['Kurs for-alle']);
		expect(kept(['lege'])).toEqual(['Kurs for-alle', 'Kurs for-leger']);
		expect(kept(['jordmor', 'student'])).toEqual(['Kurs for-alle']);
	});
});

describe('the same code for the events list (other facets, no «open»)', () => {
	type EventFacet = 'topic' | 'organiser' | 'region' | 'attendance';
	const EVENT_KEYS: EventFacet[] = ['topic', 'organiser', 'region', 'attendance'];
	const event = (slug: string, topic: number, attendance: number, start: string, end: string): ListRow => [
		slug,
		`Arrangement ${slug}`,
		'',
		'en dato',
		`${start}T08:00:00Z`,
		`${end}T15:00:00Z`,
		0,
		'Arrangement',
		'',
		'',
		'Nitelva universitetssykehus',
		[[topic], [0], [], [attendance]],
		[start, end],
	];
	const events = decodeList<EventFacet>(
		{
			...data,
			base: '/arrangementer/',
			facets: {
				topic: data.facets.topic,
				organiser: data.facets.organiser,
				region: data.facets.region,
				attendance: [
					['in-person', 'Fysisk oppmøte'],
					['online', 'Nett'],
				],
			},
			items: [
				event('fagdag', 0, 0, '2027-03-10', '2027-03-10'),
				event('webinar', 1, 1, '2027-04-05', '2027-04-05'),
				event('konferanse', 0, 1, '2027-05-02', '2027-05-04'),
			],
		},
		NOW,
	);
	const pick = (values: Partial<Record<EventFacet, string[]>>, from = '', to = '') => {
		const s = emptyState(EVENT_KEYS);
		return events.filter((e) => matches(e, { ...s, values: { ...s.values, ...values }, from, to }, EVENT_KEYS)).map((e) => e.href);
	};

	it('filters by topic, attendance and a date range that overlaps an event', () => {
		expect(pick({ topic: ['demens'] })).toEqual(['/arrangementer/fagdag/', '/arrangementer/konferanse/']);
		expect(pick({ attendance: ['online'] })).toEqual(['/arrangementer/webinar/', '/arrangementer/konferanse/']);
		expect(pick({ topic: ['demens'], attendance: ['online'] })).toEqual(['/arrangementer/konferanse/']);
		expect(pick({}, '2027-05-03', '2027-05-31')).toEqual(['/arrangementer/konferanse/']);
		// Organisers without a region serve every region.
		expect(pick({ region: ['Follo'] })).toHaveLength(3);
	});

	it('keeps its state in its own URL', () => {
		const s = emptyState(EVENT_KEYS);
		const filtered = { ...s, values: { ...s.values, attendance: ['online'], topic: ['demens'] }, from: '2027-05-01' };
		const href = stateToUrl(filtered, '/arrangementer/', EVENT_KEYS);
		expect(href).toBe('/arrangementer/?topic=demens&attendance=online&from=2027-05-01');
		expect(parseFilterState(new URL(href, 'https://example.test'), '/arrangementer/', EVENT_KEYS)).toEqual(filtered);
		expect(
			parseFilterState(new URL('/arrangementer/?attendance=online&format=digital', 'https://x.test'), '/arrangementer/', EVENT_KEYS).values,
		).toEqual({
			topic: [],
			organiser: [],
			region: [],
			attendance: ['online'],
		});
	});
});
