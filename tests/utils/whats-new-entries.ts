import { buildContentIndex, type EntryData, type IndexEntries } from '../../src/content-layer/content-index.ts';
import type { SiteContext } from '../../src/context/site-context.ts';
import { type CollectionKey, collections } from '../../src/schemas/index.ts';
import { testContext } from './site-context.ts';

/**
 * Entries around the tests' fixed "now" (2027-01-15) for the "what's new" selection and the
 * digest, on the sample content's site.yaml (bokmål, regions follo and oslo among them). The window
 * `WINDOW` holds the items whose id ends in `-in`; the others are outside it, have ended, or are
 * published after it.
 */
export const WINDOW = { since: '2027-01-01', until: '2027-01-15' };

const entry = <K extends CollectionKey>(key: K, id: string, data: Record<string, unknown>) => ({
	id,
	data: collections[key].schema.parse(data) as EntryData<K>,
});
const course = (id: string, data: Record<string, unknown>) =>
	entry('courses', id, {
		summary: `Om ${id}.`,
		audiences: ['sykepleier'],
		format: 'classroom',
		...data,
	});
const session = (day: string, extra: Record<string, unknown> = {}) => ({ start: `${day}T09:00`, end: `${day}T15:00`, ...extra });

export const whatsNewEntries = (): IndexEntries => ({
	organisations: [
		entry('organisations', 'follo-kommune', { name: 'Follo kommune', kind: 'municipality', region: 'follo' }),
		entry('organisations', 'oslo-kommune', { name: 'Oslo kommune', kind: 'municipality', region: 'Oslo' }),
		entry('organisations', 'sykehuset', { name: 'Nitelva universitetssykehus', short_name: 'NUS', kind: 'hospital' }),
	],
	topics: [
		entry('topics', 'demens', { name: 'Demens', description: 'Demens.' }),
		entry('topics', 'legemidler', { name: 'Legemidler', description: 'Legemidler.' }),
	],
	locations: [entry('locations', 'salen', { name: 'Follo-salen', organisation: 'follo-kommune', address: 'Torget 1', city: 'Ski' })],
	courses: [
		course('follo-kurs-in', {
			title: 'Demens i Follo',
			organiser: 'follo-kommune',
			topics: ['demens'],
			published: '2027-01-10',
			sessions: [session('2027-03-01', { location: 'salen' })],
		}),
		course('felles-kurs-in', {
			title: 'Legemidler for alle <&> "regioner"',
			organiser: 'sykehuset',
			topics: ['legemidler'],
			published: '2027-01-02',
			sessions: [session('2027-02-01', { place: 'Auditoriet' })],
		}),
		course('oslo-kurs-in', {
			title: 'Demens i Oslo',
			organiser: 'oslo-kommune',
			topics: ['demens'],
			published: '2026-06-01',
			updated: '2027-01-05',
			sessions: [session('2027-04-01', { online_url: 'https://møte.example/demens' })],
		}),
		course('e-laering-in', {
			title: 'Demens på nett',
			organiser: 'sykehuset',
			topics: ['demens'],
			format: 'elearning',
			duration: '45 min',
			published: '2027-01-12',
		}),
		course('gammelt-kurs', {
			title: 'Publisert før vinduet',
			organiser: 'follo-kommune',
			topics: ['demens'],
			published: '2026-12-01',
			sessions: [session('2027-05-01', { place: 'Ski' })],
		}),
		course('avsluttet-kurs', {
			title: 'Allerede avsluttet',
			organiser: 'follo-kommune',
			topics: ['demens'],
			published: '2027-01-05',
			sessions: [session('2027-01-06', { place: 'Ski' })],
		}),
		course('senere-kurs', {
			title: 'Publiseres etter vinduet',
			organiser: 'follo-kommune',
			topics: ['demens'],
			published: '2027-01-20',
			sessions: [session('2027-06-01', { place: 'Ski' })],
		}),
	],
	events: [
		entry('events', 'fagdag-in', {
			title: 'Fagdag om legemidler',
			summary: 'Fagdag.',
			organiser: 'follo-kommune',
			topics: ['legemidler'],
			start: '2027-02-10T10:00',
			end: '2027-02-10T14:00',
			attendance: 'in-person',
			location: 'salen',
			published: '2027-01-08',
		}),
		entry('events', 'avsluttet-fagdag', {
			title: 'Fagdag som er over',
			summary: 'Over.',
			organiser: 'follo-kommune',
			topics: ['legemidler'],
			start: '2027-01-09T10:00',
			end: '2027-01-09T14:00',
			attendance: 'online',
			published: '2027-01-08',
		}),
	],
	programmes: [
		entry('programmes', 'program-in', {
			title: 'Demensprogrammet',
			summary: 'Et program.',
			organiser: 'sykehuset',
			topics: ['demens'],
			audiences: ['sykepleier'],
			duration: '12 måneder',
			steps: [{ title: 'Første steg' }],
			updated: '2027-01-03',
		}),
		entry('programmes', 'gammelt-program', {
			title: 'Et eldre program',
			summary: 'Et program.',
			organiser: 'oslo-kommune',
			topics: ['demens'],
			audiences: ['sykepleier'],
			steps: [{ title: 'Første steg' }],
			updated: '2026-10-01',
		}),
	],
	news: [
		entry('news', 'oslo-nyhet-in', {
			title: 'Nytt fra Oslo',
			summary: 'Oslo.',
			date: '2027-01-14',
			organisation: 'oslo-kommune',
			topics: ['demens'],
		}),
		entry('news', 'follo-nyhet-in', { title: 'Nytt fra Follo', summary: 'Follo.', date: '2027-01-03', organisation: 'follo-kommune' }),
		entry('news', 'oppdatert-nyhet-in', {
			title: 'En oppdatert nyhet',
			summary: 'Oppdatert.',
			date: '2026-11-01',
			updated: '2027-01-11',
			organisation: 'sykehuset',
		}),
		entry('news', 'gammel-nyhet', { title: 'En gammel nyhet', summary: 'Gammel.', date: '2026-12-20', organisation: 'sykehuset' }),
	],
});

/** The content index of `whatsNewEntries()` for a site (the sample site.yaml at the fixed "now" by default). */
export const whatsNewIndex = (ctx: SiteContext = testContext()) => buildContentIndex(ctx, whatsNewEntries());
