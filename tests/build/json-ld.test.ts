import { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nb } from '../../src/i18n/nb.ts';
import { loadSiteConfig } from '../../src/context/load-context.ts';
import { localRange, localToInstant } from '../../src/lib/time-zone.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { jsonLd } from '../utils/html.ts';
import { FIXED_NOW, minimalFixture, sampleContent } from '../utils/paths.ts';
import { type FixtureEntry, fixtureEntries, SECTION } from '../utils/site-map.ts';

/** ISO 8601 date-time with a UTC offset, as schema.org dates must be for an unambiguous instant. */
const offsetDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
const absoluteUrl = z.url({ protocol: /^https?$/ });
const context = z.literal('https://schema.org');
const organization = z.object({ '@type': z.literal('Organization'), name: z.string().min(1), url: absoluteUrl.optional() });
const address = z.object({
	'@type': z.literal('PostalAddress'),
	streetAddress: z.string().min(1),
	addressLocality: z.string().min(1),
	postalCode: z.string().optional(),
});
const place = z.union([
	z.object({ '@type': z.literal('Place'), name: z.string().min(1), address: address.optional() }),
	z.object({ '@type': z.literal('VirtualLocation'), url: absoluteUrl }),
]);
const location = z.union([place, z.array(place).min(2)]);
const eventStatus = z.enum(['https://schema.org/EventScheduled', 'https://schema.org/EventCancelled']);

const courseSchema = z.object({
	'@context': context,
	'@type': z.literal('Course'),
	name: z.string().min(1),
	description: z.string().min(1),
	url: absoluteUrl,
	provider: organization,
	offers: z
		.object({
			'@type': z.literal('Offer'),
			price: z.number().min(0),
			priceCurrency: z.literal('NOK'),
			category: z.enum(['Free', 'Paid']),
			url: absoluteUrl,
		})
		.optional(),
	hasCourseInstance: z
		.array(
			z.union([
				z.object({
					'@type': z.literal('CourseInstance'),
					courseMode: z.enum(['onsite', 'online', 'blended']),
					startDate: offsetDateTime,
					endDate: offsetDateTime,
					eventStatus,
					location,
				}),
				z
					.object({
						'@type': z.literal('CourseInstance'),
						courseMode: z.literal('online'),
						courseWorkload: z
							.string()
							.regex(/^PT(\d+H)?(\d+M)?$/)
							.optional(),
					})
					.strict(),
			]),
		)
		.min(1),
});
const eventSchema = z.object({
	'@context': context,
	'@type': z.literal('Event'),
	name: z.string().min(1),
	url: absoluteUrl,
	startDate: offsetDateTime,
	endDate: offsetDateTime,
	eventAttendanceMode: z.enum([
		'https://schema.org/OfflineEventAttendanceMode',
		'https://schema.org/OnlineEventAttendanceMode',
		'https://schema.org/MixedEventAttendanceMode',
	]),
	eventStatus,
	location,
	organizer: organization,
	offers: z.object({ '@type': z.literal('Offer'), url: absoluteUrl }).optional(),
});
const newsSchema = z.object({
	'@context': context,
	'@type': z.literal('NewsArticle'),
	headline: z.string().min(1),
	url: absoluteUrl,
	datePublished: offsetDateTime,
	dateModified: offsetDateTime,
	author: z.object({ '@type': z.enum(['Person', 'Organization']), name: z.string().min(1) }),
	publisher: organization,
	image: absoluteUrl.optional(),
});
const organisationSchema = z.object({
	'@context': context,
	'@type': z.literal('Organization'),
	name: z.string().min(1),
	url: absoluteUrl,
	email: z.email().optional(),
	telephone: z.string().optional(),
	logo: absoluteUrl.optional(),
	address: z.union([address, z.array(address).min(2)]).optional(),
});
const programmeSchema = z.object({
	'@context': context,
	'@type': z.literal('EducationalOccupationalProgram'),
	name: z.string().min(1),
	description: z.string().min(1),
	url: absoluteUrl,
	provider: organization,
	timeToComplete: z
		.string()
		.regex(/^P\d+[YMW]$/)
		.optional(),
	hasCourse: z
		.array(z.object({ '@type': z.literal('Course'), name: z.string().min(1), url: absoluteUrl }))
		.min(1)
		.optional(),
});
const placeSchema = z.object({ '@context': context, '@type': z.literal('Place'), name: z.string().min(1), url: absoluteUrl, address });
const breadcrumbSchema = z.object({
	'@context': context,
	'@type': z.literal('BreadcrumbList'),
	itemListElement: z
		.array(z.object({ '@type': z.literal('ListItem'), position: z.number().int(), name: z.string().min(1), item: absoluteUrl }))
		.min(2),
});

/** The page type of each collection's detail pages. */
const TYPE = {
	courses: 'Course',
	events: 'Event',
	news: 'NewsArticle',
	organisations: 'Organization',
	locations: 'Place',
	topics: undefined,
	programmes: 'EducationalOccupationalProgram',
} as const;
const ATTENDANCE = { 'in-person': 'Offline', online: 'Online', mixed: 'Mixed' } as const;

afterAll(disposeBuilds);

describe.each([
	['the minimal fixture', minimalFixture],
	['the sample content', sampleContent],
])('JSON-LD of %s', (_, dir) => {
	const entries = fixtureEntries(dir).filter((e) => !e.draft);
	const { url: siteUrl, timezone } = loadSiteConfig(dir, {});
	const abs = (path: string) => new URL(path, siteUrl).href;
	const instant = (local: string) => localToInstant(local, timezone).getTime();
	const nameOf = (collection: string, id: unknown) => entries.find((e) => e.collection === collection && e.id === id)?.title;
	let site: BuiltSite;
	beforeAll(async () => {
		site = await buildSite(dir, FIXED_NOW);
	});
	const blocks = (path: string) => jsonLd(site.read(path)) as Record<string, unknown>[];
	/** The single block of `type` on the page, parsed with `schema`. */
	function only<T extends z.ZodType>(path: string, type: string, schema: T): z.output<T> {
		const found = blocks(path).filter((b) => b['@type'] === type);
		expect(found, `${path}: ${type}`).toHaveLength(1);
		const result = schema.safeParse(found[0]);
		expect(result.error?.issues ?? [], `${path}: ${type}`).toEqual([]);
		return result.data as z.output<T>;
	}
	const ofKind = (collection: FixtureEntry['collection']) => entries.filter((e) => e.collection === collection);

	it('every detail page has valid JSON-LD of its type and a breadcrumb Home › section › page', () => {
		expect(entries.length).toBeGreaterThan(10);
		for (const entry of entries) {
			const types = blocks(entry.url).map((b) => b['@type']);
			const expected = TYPE[entry.collection];
			expect(types, entry.url).toEqual(expected ? [expected, 'BreadcrumbList'] : ['BreadcrumbList']);
			const crumbs = only(entry.url, 'BreadcrumbList', breadcrumbSchema).itemListElement;
			expect(crumbs.map((c) => c.position)).toEqual([1, 2, 3]);
			expect(crumbs.map((c) => c.item)).toEqual([abs('/'), abs(`/${SECTION[entry.collection]}/`), abs(entry.url)]);
			expect(crumbs.map((c) => c.name)).toEqual([nb['site.home'], nb[`nav.${entry.collection}`], entry.title]);
		}
	});

	it('lists have a breadcrumb Home › list; the home page has none', () => {
		for (const section of Object.values(SECTION)) {
			const crumbs = only(`/${section}/`, 'BreadcrumbList', breadcrumbSchema).itemListElement;
			expect(crumbs.map((c) => c.item)).toEqual([abs('/'), abs(`/${section}/`)]);
		}
		expect(blocks('/')).toEqual([]);
	});

	it('courses: provider, price, one instance per session with offset dates and place, status', () => {
		for (const { url, data } of ofKind('courses')) {
			const course = only(url, 'Course', courseSchema);
			expect(course.url).toBe(abs(url));
			expect(course.provider.name).toBe(nameOf('organisations', data.organiser));
			if (data.price === undefined) expect(course.offers, url).toBeUndefined();
			else expect(course.offers, url).toMatchObject({ price: data.price, category: data.price === 0 ? 'Free' : 'Paid' });
			const sessions = data.sessions as { start: string; end: string }[];
			const instances = course.hasCourseInstance;
			if (sessions.length === 0) {
				expect(data.format).toBe('elearning');
				expect(instances).toHaveLength(1);
				if (data.duration) expect(instances[0], url).toHaveProperty('courseWorkload');
				continue;
			}
			const timed = instances.map((i) => ('startDate' in i ? i : expect.unreachable(`${url}: an instance without dates`)));
			const ranges = sessions.map((s) => localRange(s.start, s.end, timezone));
			expect(timed.map((i) => Date.parse(i.startDate)).sort()).toEqual(ranges.map((r) => r.start.getTime()).sort());
			expect(timed.map((i) => Date.parse(i.endDate)).sort()).toEqual(ranges.map((r) => r.end.getTime()).sort());
			const status = data.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled';
			expect(timed.map((i) => i.eventStatus)).toEqual(timed.map(() => status));
		}
	});

	it('events: attendance mode, status, location, organiser and an offer when there is registration', () => {
		for (const { url, data } of ofKind('events')) {
			const event = only(url, 'Event', eventSchema);
			expect(Date.parse(event.startDate)).toBe(localRange(String(data.start), String(data.end), timezone).start.getTime());
			expect(Date.parse(event.endDate)).toBe(localRange(String(data.start), String(data.end), timezone).end.getTime());
			expect(event.eventAttendanceMode).toBe(
				`https://schema.org/${ATTENDANCE[data.attendance as keyof typeof ATTENDANCE]}EventAttendanceMode`,
			);
			expect(event.eventStatus).toBe('https://schema.org/EventScheduled');
			expect(event.organizer.name).toBe(nameOf('organisations', data.organiser));
			expect(event.offers !== undefined, url).toBe(data.registration !== undefined);
		}
	});

	it('news: headline, dates at local midnight, author, publisher', () => {
		for (const { url, title, data } of ofKind('news')) {
			const article = only(url, 'NewsArticle', newsSchema);
			expect(article.headline).toBe(title);
			expect(Date.parse(article.datePublished)).toBe(instant(String(data.date)));
			expect(Date.parse(article.dateModified)).toBe(instant(String(data.updated ?? data.date)));
			expect(article.publisher.name).toBe(nameOf('organisations', data.organisation));
			expect(article.author.name).toBe(data.author ?? article.publisher.name);
		}
	});

	it('organisations: name, contact details and the addresses of their locations', () => {
		for (const { id, url, title, data } of ofKind('organisations')) {
			const org = only(url, 'Organization', organisationSchema);
			expect(org.name).toBe(title);
			expect(org.url).toBe(data.website ?? abs(url));
			expect(org.email).toBe(data.email);
			expect(org.telephone).toBe(data.phone);
			const locations = ofKind('locations').filter((l) => l.data.organisation === id);
			expect(
				[org.address ?? []]
					.flat()
					.map((a) => a.streetAddress)
					.sort(),
			).toEqual(locations.map((l) => String(l.data.address)).sort());
		}
	});

	it('programmes: provider and the published courses of their steps', () => {
		for (const { url, title, data } of ofKind('programmes')) {
			const programme = only(url, 'EducationalOccupationalProgram', programmeSchema);
			expect(programme.name).toBe(title);
			expect(programme.provider.name).toBe(nameOf('organisations', data.organiser));
			const published = (data.steps as { course?: string }[]).flatMap((s) =>
				entries.filter((e) => e.collection === 'courses' && e.id === s.course),
			);
			expect((programme.hasCourse ?? []).map((c) => c.url)).toEqual(published.map((e) => abs(e.url)));
		}
	});

	it('locations: a Place with its address', () => {
		for (const { url, title, data } of ofKind('locations')) {
			const place = only(url, 'Place', placeSchema);
			expect(place.name).toBe(title);
			expect(place.address.streetAddress).toBe(data.address);
		}
	});
});
