/**
 * Valid content entries as the YAML parser hands them to the schemas (plain objects, dates as
 * strings). Tests change one field at a time from these.
 */

export const validSession = () => ({
	start: '2027-03-04T09:00',
	end: '2027-03-04T15:30',
	location: 'fjordby-opplaeringssenter',
});

export const validCourse = (): Record<string, unknown> => ({
	title: 'Trygg forflytning i sykehjem',
	summary: 'Praktisk kurs i forflytningsteknikk og bruk av hjelpemidler.',
	organiser: 'fjordby-sykehus',
	topics: ['demens'],
	audiences: ['helsefagarbeider', 'sykepleier'],
	format: 'classroom',
	sessions: [validSession()],
});

export const validElearning = (): Record<string, unknown> => ({
	title: 'Basale smittevernrutiner',
	summary: 'E-læringskurs om håndhygiene og bruk av hansker.',
	organiser: 'fjordby-sykehus',
	topics: ['smittevern'],
	audiences: ['alle'],
	format: 'elearning',
	duration: '40 min',
});

export const validEvent = (): Record<string, unknown> => ({
	title: 'Fagdag om demens',
	summary: 'Fagdag om tidlig oppdagelse av demens og samarbeid med pårørende.',
	organiser: 'nordvik-kommune',
	topics: ['demens'],
	start: '2027-09-21T10:00',
	end: '2027-09-21T14:00',
	attendance: 'in-person',
	place: 'Nordvik rådhus, kommunestyresalen',
});

export const validNews = (): Record<string, unknown> => ({
	title: 'Kursprogrammet for våren er klart',
	summary: 'Se vårens kurs i forflytning, sårbehandling og legemiddelhåndtering.',
	date: '2027-01-10',
	organisation: 'nordvik-kommune',
});

export const validSite = (): Record<string, unknown> => ({
	name: 'Kompetansebroen',
	url: 'https://kompetansebroen.example.no',
	owner: 'fjordby-sykehus',
	contact: { email: 'redaksjonen@fjordby-sykehus.example' },
});

export const validOrganisation = (): Record<string, unknown> => ({ name: 'Nordvik kommune', kind: 'municipality' });

export const validTopic = (): Record<string, unknown> => ({ name: 'Demens', description: 'Personsentrert omsorg og miljøbehandling.' });

export const validLocation = (): Record<string, unknown> => ({
	name: 'Kommunestyresalen, Nordvik rådhus',
	organisation: 'nordvik-kommune',
	address: 'Torget 1',
	city: 'Nordvik',
});

/** A string of exactly `length` characters. */
export const text = (length: number) => 'Kurs om pasientsikkerhet. '.repeat(Math.ceil(length / 26)).slice(0, length);

/** A news file of the minimal fixture's organisation, as `[path, text]` for `makeContentDir({ files })`. */
export const newsFile = (news: { slug: string; title: string; summary: string; date: string; topics?: string[]; body: string }) =>
	[
		`news/${news.slug}.mdx`,
		`---\ntitle: ${news.title}\nsummary: ${news.summary}\ndate: "${news.date}"\norganisation: fjordby-sykehus\n${news.topics ? `topics: [${news.topics.join(', ')}]\n` : ''}---\n\n${news.body}\n`,
	] as const;
