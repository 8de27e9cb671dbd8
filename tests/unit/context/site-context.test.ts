import { describe, expect, it } from 'vitest';
import { buildContentIndex, type IndexEntries } from '../../../src/content-layer/content-index.ts';
import { createSiteContext, type SiteContextInput } from '../../../src/context/site-context.ts';
import { siteSchema } from '../../../src/schemas/site.ts';

/** The input of a build of a site in `language`, as the content check would make it. */
const inputFor = (language: string, timezone: string, url: string): SiteContextInput => ({
	site: siteSchema.parse({
		name: 'Kompetansebroen',
		language,
		timezone,
		url,
		owner: 'fjordby',
		contact: { email: 'redaksjonen@fjordby.example' },
	}),
	now: '2027-01-15T12:00:00Z',
	command: 'build',
	contentDir: '/nowhere/content',
	publicDir: '/nowhere/public',
	bodiesDir: '/nowhere/bodies',
	commit: 'test',
	cmsLocalBackend: false,
});

const nn = createSiteContext(inputFor('nn', 'Europe/Oslo', 'https://kompetansebrua.example.no'));
const sv = createSiteContext(inputFor('sv', 'Europe/Stockholm', 'https://kompetensbron.example.se'));

describe('a site context built for one deployment', () => {
	it('formats dates in the language and time zone of the site', () => {
		expect(nn.format.date('2027-09-14')).toBe('14. sep. 2027');
		expect(sv.format.date('2027-09-14')).toBe('14 sep. 2027');
		// 07:30 UTC is 09:30 in Oslo and Stockholm in summer time.
		expect(nn.format.time(new Date('2027-06-01T07:30:00Z'))).toBe('09:30');
		expect(sv.format.time(new Date('2027-06-01T07:30:00Z'))).toBe('09:30');
	});

	it('builds URLs from the route segments of the language', () => {
		expect(nn.paths.entry('events', 'fagdag')).toBe('/arrangement/fagdag/');
		expect(sv.paths.entry('events', 'fagdag')).toBe('/evenemang/fagdag/');
		expect(sv.paths.section('courses')).toBe('/kurser/');
	});

	it('makes a path absolute on the site’s own URL', () => {
		expect(nn.paths.absolute(nn.paths.entry('events', 'fagdag'))).toBe('https://kompetansebrua.example.no/arrangement/fagdag/');
		expect(sv.paths.absolute('/rss.xml')).toBe('https://kompetensbron.example.se/rss.xml');
	});

	it('gives the labels of the language', () => {
		expect(nn.t('site.home')).toBe('Framside');
		expect(sv.t('site.home')).toBe('Startsida');
		expect(nn.lang).toBe('nn');
	});

	it('includes drafts only under astro dev', () => {
		expect(nn.includeDrafts).toBe(false);
		expect(createSiteContext({ ...inputFor('nn', 'Europe/Oslo', 'https://x.example'), command: 'dev' }).includeDrafts).toBe(true);
	});

	it('is what the content index is built from: URLs and "now" come from it', () => {
		const course = {
			id: 'forflytning',
			data: {
				title: 'Forflytning',
				organiser: 'fjordby',
				partners: [],
				topics: [],
				audiences: [],
				sessions: [{ start: '2027-01-10T09:00', end: '2027-01-10T15:00' }],
			},
		};
		const entries = {
			organisations: [],
			topics: [],
			locations: [],
			courses: [course],
			events: [],
			news: [],
			programmes: [],
		} as unknown as IndexEntries;
		const [svCourse] = buildContentIndex(sv, entries).courses;
		expect(svCourse.href).toBe('/kurser/forflytning/');
		// The session ended before the context's "now" (15 January 2027).
		expect(svCourse.past).toBe(true);
		const later = createSiteContext({ ...inputFor('sv', 'Europe/Stockholm', 'https://x.example'), now: '2027-01-01T00:00:00Z' });
		expect(buildContentIndex(later, entries).courses[0].past).toBe(false);
	});
});
