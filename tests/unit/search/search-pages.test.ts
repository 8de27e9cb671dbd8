import { describe, expect, it } from 'vitest';
import { AUDIENCES } from '../../../src/schemas/enums.ts';
import { FILTER_KEYS, META_KEYS } from '../../../src/search/search-record.ts';
import { compileBody } from '../../../src/mdx/body.ts';
import { type CollectionKey, collections } from '../../../src/schemas/index.ts';
import { buildContentIndex, type IndexEntries } from '../../../src/content-layer/content-index.ts';
import { type EntriesWithBody, searchPages, searchRecordsOf } from '../../../src/search/search-pages.ts';
import { testContext } from '../../utils/site-context.ts';

// A few entries as the content check gives them (schema output, rendered body), on the sample
// content's site.yaml (Norwegian bokmål, with regions).
const entry = (key: CollectionKey, id: string, data: Record<string, unknown>, body?: string) => ({
	id,
	data: collections[key].schema.parse(data),
	html: body === undefined ? undefined : compileBody(body).html,
});
const entries = {
	organisations: [
		entry('organisations', 'nordvik', {
			name: 'Nordvik kommune',
			kind: 'municipality',
			region: 'Nedre Romerike',
			description: 'Kommunen ved fjorden.',
		}),
		entry('organisations', 'fjordby', { name: 'Fjordby sykehus', kind: 'hospital' }),
	],
	topics: [entry('topics', 'demens', { name: 'Demens', description: 'Alt om demenssykdommer.' })],
	locations: [
		entry('locations', 'radhuset', {
			name: 'Nordvik rådhus',
			organisation: 'nordvik',
			address: 'Torget 1',
			postcode: '1234',
			city: 'Nordvik',
			facilities: ['teleslynge'],
		}),
	],
	courses: [
		entry(
			'courses',
			'demenskurs',
			{
				title: 'Demens i praksis',
				summary: 'Et kurs om demens.',
				organiser: 'nordvik',
				partners: ['fjordby'],
				topics: ['demens'],
				audiences: ['sykepleier'],
				format: 'classroom',
				sessions: [
					{ start: '2027-02-10T09:00', end: '2027-02-10T15:00', location: 'radhuset' },
					{ start: '2027-02-17T09:00', end: '2027-02-17T15:00', location: 'radhuset' },
					{ start: '2027-02-24T09:00', end: '2027-02-24T15:00', place: 'Nordvik bibliotek' },
				],
			},
			'## Innhold\n\nVi øver på *kommunikasjon* & samhandling.\n\n- Miljøbehandling\n- Pårørende\n',
		),
	],
	events: [],
	news: [
		entry(
			'news',
			'nyhet',
			{
				title: 'Ny avtale om hospitering',
				summary: 'Sykehuset og kommunen samarbeider.',
				date: '2026-10-01',
				organisation: 'fjordby',
				topics: ['demens'],
				author: 'Kari Nordmann',
				contacts: [{ name: 'Ola Nordmann' }],
			},
			'Avtalen gjelder fra nyttår.',
		),
	],
	programmes: [],
} as unknown as IndexEntries<EntriesWithBody>;
const ctx = testContext();
const index = buildContentIndex<EntriesWithBody>(ctx, entries);
const pages = searchPages(ctx, index);
const pageOf = (url: string) => pages.find((p) => p.url === url);

describe('searchPages', () => {
	it('gives one page per detail page, at the URL the site builds it', () => {
		expect(pages.map((p) => p.url).sort()).toEqual(
			[
				'/kurs/demenskurs/',
				'/nyheter/nyhet/',
				'/tema/demens/',
				'/organisasjoner/nordvik/',
				'/organisasjoner/fjordby/',
				'/steder/radhuset/',
			].sort(),
		);
	});

	it('carries the records the search page filters on, with the contract keys only', () => {
		const records = searchRecordsOf(ctx, index);
		expect(pageOf('/kurs/demenskurs/')?.record).toEqual(records.course(index.courses[0]));
		expect(pageOf('/kurs/demenskurs/')?.record.filters).toMatchObject({
			type: ['Kurs'],
			topic: ['Demens'],
			organiser: ['Nordvik kommune'],
			region: ['Nedre Romerike'],
		});
		expect(pageOf('/tema/demens/')?.record).toEqual(records.topic(index.topics.get('demens')!));
		for (const { record } of pages) {
			expect(FILTER_KEYS).toEqual(expect.arrayContaining(Object.keys(record.filters)));
			expect(META_KEYS).toEqual(expect.arrayContaining(Object.keys(record.meta)));
		}
	});

	it('holds the title apart from the summary, body text, then the kind and the facts a reader searches for, once each', () => {
		expect(pageOf('/kurs/demenskurs/')?.title).toBe('Demens i praksis');
		expect(pageOf('/kurs/demenskurs/')?.content).toBe(
			'Et kurs om demens. Innhold. Vi øver på kommunikasjon & samhandling. Miljøbehandling. Pårørende. ' +
				'Kurs. Klasserom. Nordvik kommune. Fjordby sykehus. Demens. Nordvik rådhus. Torget 1 1234 Nordvik. Nordvik bibliotek.',
		);
		expect(pageOf('/nyheter/nyhet/')?.content).toBe(
			'Sykehuset og kommunen samarbeider. Avtalen gjelder fra nyttår. Nyhet. Fjordby sykehus. Kari Nordmann. Demens. Ola Nordmann.',
		);
	});

	it('describes topics, organisations and locations by their own fields', () => {
		expect(pageOf('/tema/demens/')?.content).toBe('Alt om demenssykdommer. Tema.');
		expect(pageOf('/organisasjoner/nordvik/')?.content).toBe('Kommunen ved fjorden. Kommune. Nedre Romerike. Nordvik rådhus.');
		expect(pageOf('/steder/radhuset/')?.content).toBe('Torget 1 1234 Nordvik. Sted. Nordvik kommune. teleslynge.');
	});
});

describe('the audience filter record', () => {
	const withAudiences = (audiences: string[]) =>
		searchRecordsOf(ctx, index).course({ ...index.courses[0], data: { ...index.courses[0].data, audiences } } as (typeof index.courses)[0])
			.filters.audience;

	it('an entry for `alle` is found under every audience (Sykepleiere too), never under «Alle»', () => {
		const labels = withAudiences(['alle']);
		expect(labels).toContain('Sykepleiere');
		expect(labels).toContain('Jordmødre');
		expect(labels).not.toContain('Alle');
		expect(labels).toHaveLength(AUDIENCES.length - 1);
	});

	it('any other entry only under its own audiences', () => {
		expect(withAudiences(['sykepleier'])).toEqual(['Sykepleiere']);
	});
});
