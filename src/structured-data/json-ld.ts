import type { Course } from '../schemas/course.ts';
import type { Event } from '../schemas/event.ts';
import type { News } from '../schemas/news.ts';
import type { Location } from '../schemas/location.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Programme } from '../schemas/programme.ts';
import { localToInstant, toOffsetIso } from '../lib/time-zone.ts';
import type { Span, TimedSession } from '../lib/schedule.ts';

/** What the builders need to resolve references and make absolute URLs. */
export interface LinkedData {
	/** Absolute URL of the page. */
	url: string;
	timeZone: string;
	/** ISO 4217 currency of prices. */
	currency: string;
	organisation(id: string): Organisation | undefined;
	location(id: string): Location | undefined;
}

/** One schema.org object, written as one `<script type="application/ld+json">`. */
export type JsonLd = Record<string, unknown>;
const CONTEXT = 'https://schema.org';
const STATUS = { scheduled: 'https://schema.org/EventScheduled', cancelled: 'https://schema.org/EventCancelled' };

const organization = (org: Organisation | undefined, id: string): JsonLd => ({
	'@type': 'Organization',
	name: org?.name ?? id,
	...(org?.website && { url: org.website }),
});
const absolute = (src: string, ld: LinkedData): string => new URL(src, ld.url).href;
const postalAddress = (loc: Location): JsonLd => ({
	'@type': 'PostalAddress',
	streetAddress: loc.address,
	postalCode: loc.postcode,
	addressLocality: loc.city,
});

function place(ld: LinkedData, where: { location?: string; place?: string; online_url?: string }): JsonLd | JsonLd[] | undefined {
	const places: JsonLd[] = [];
	const loc = where.location ? ld.location(where.location) : undefined;
	if (loc) {
		places.push({ '@type': 'Place', name: loc.name, address: postalAddress(loc) });
	} else if (where.place) places.push({ '@type': 'Place', name: where.place });
	if (where.online_url) places.push({ '@type': 'VirtualLocation', url: where.online_url });
	return places.length > 1 ? places : places[0];
}

/**
 * A free-text duration as ISO 8601 (`45 min` → `PT45M`, `2 t` → `PT2H`, `1,5 timer` → `PT1H30M`);
 * undefined when it names neither hours nor minutes.
 */
export function isoDuration(text: string): string | undefined {
	const hours = /(\d+(?:[.,]\d+)?)\s*(?:t|timer?|h|hours?)\b/i.exec(text);
	const minutes = /(\d+)\s*min/i.exec(text);
	const total = Math.round((hours ? Number(hours[1].replace(',', '.')) * 60 : 0) + (minutes ? Number(minutes[1]) : 0));
	if (!total) return undefined;
	return `PT${total >= 60 ? `${Math.floor(total / 60)}H` : ''}${total % 60 ? `${total % 60}M` : ''}`;
}

const COURSE_MODE: Record<Course['format'], string> = { classroom: 'onsite', digital: 'online', elearning: 'online', hybrid: 'blended' };

/**
 * schema.org `Course` with one `CourseInstance` per session (a cancelled course's instances are
 * `EventCancelled`); e-learning without sessions gets one online instance with its workload.
 */
export function courseJsonLd(course: Course, sessions: TimedSession[], ld: LinkedData): JsonLd {
	const workload = course.duration && isoDuration(course.duration);
	const instances = sessions.length
		? sessions.map((s) => ({
				'@type': 'CourseInstance',
				courseMode: COURSE_MODE[course.format],
				startDate: toOffsetIso(s.startAt, ld.timeZone),
				endDate: toOffsetIso(s.endAt, ld.timeZone),
				eventStatus: course.status === 'cancelled' ? STATUS.cancelled : STATUS.scheduled,
				location: place(ld, s),
			}))
		: [{ '@type': 'CourseInstance', courseMode: COURSE_MODE[course.format], ...(workload && { courseWorkload: workload }) }];
	return {
		'@context': CONTEXT,
		'@type': 'Course',
		name: course.title,
		description: course.summary,
		url: ld.url,
		provider: organization(ld.organisation(course.organiser), course.organiser),
		...(course.language && { inLanguage: course.language }),
		...(course.image && { image: absolute(course.image.src, ld) }),
		...(course.price !== undefined && {
			offers: {
				'@type': 'Offer',
				price: course.price,
				priceCurrency: ld.currency,
				category: course.price === 0 ? 'Free' : 'Paid',
				url: course.registration?.url ?? ld.url,
			},
		}),
		hasCourseInstance: instances,
	};
}

const ATTENDANCE: Record<Event['attendance'], string> = {
	'in-person': 'https://schema.org/OfflineEventAttendanceMode',
	online: 'https://schema.org/OnlineEventAttendanceMode',
	mixed: 'https://schema.org/MixedEventAttendanceMode',
};

/**
 * schema.org `Event`. Events have no status, so they are scheduled; an online event without a
 * link is located at its page (where joining is explained).
 */
export function eventJsonLd(event: Event, span: Required<Span>, ld: LinkedData): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': 'Event',
		name: event.title,
		description: event.summary,
		url: ld.url,
		startDate: toOffsetIso(span.start, ld.timeZone),
		endDate: toOffsetIso(span.end, ld.timeZone),
		eventAttendanceMode: ATTENDANCE[event.attendance],
		eventStatus: STATUS.scheduled,
		location: place(ld, event) ?? { '@type': 'VirtualLocation', url: ld.url },
		organizer: organization(ld.organisation(event.organiser), event.organiser),
		...(event.image && { image: absolute(event.image.src, ld) }),
		...(event.registration && { offers: { '@type': 'Offer', url: event.registration.url ?? ld.url } }),
	};
}

/** schema.org `NewsArticle`; its dates are local midnight in the site's time zone. */
export function newsJsonLd(news: News, ld: LinkedData): JsonLd {
	const publisher = organization(ld.organisation(news.organisation), news.organisation);
	const day = (date: string) => toOffsetIso(localToInstant(date, ld.timeZone), ld.timeZone);
	return {
		'@context': CONTEXT,
		'@type': 'NewsArticle',
		headline: news.title,
		description: news.summary,
		url: ld.url,
		datePublished: day(news.date),
		dateModified: day(news.updated ?? news.date),
		author: news.author ? { '@type': 'Person', name: news.author } : publisher,
		publisher,
		...(news.image && { image: absolute(news.image.src, ld) }),
	};
}

/**
 * A free-text programme length as an ISO 8601 period (`12 måneder` → `P12M`, `2 år` → `P2Y`,
 * `6 uker` → `P6W`); undefined when it names no such unit.
 */
export function isoPeriod(text: string): string | undefined {
	const match = /(\d+)\s*(år|years?|måneder|månader|mnd|months?|uker|veker|veckor|weeks?)\b/iu.exec(text);
	if (!match) return undefined;
	const unit = /^(år|y)/i.test(match[2]) ? 'Y' : /^(m)/i.test(match[2]) ? 'M' : 'W';
	return `P${match[1]}${unit}`;
}

/**
 * schema.org `EducationalOccupationalProgram`: provider, length and the courses of its steps
 * (`courseUrl` gives a step's course page; a course not on the site is left out).
 */
export function programmeJsonLd(
	programme: Programme,
	courseUrl: (slug: string) => { name: string; url: string } | undefined,
	ld: LinkedData,
): JsonLd {
	const period = programme.duration && isoPeriod(programme.duration);
	const courses = programme.steps.flatMap((step) => (step.course ? (courseUrl(step.course) ?? []) : []));
	return {
		'@context': CONTEXT,
		'@type': 'EducationalOccupationalProgram',
		name: programme.title,
		description: programme.summary,
		url: ld.url,
		provider: organization(ld.organisation(programme.organiser), programme.organiser),
		...(period && { timeToComplete: period }),
		...(programme.image && { image: absolute(programme.image.src, ld) }),
		...(courses.length > 0 && { hasCourse: courses.map((c) => ({ '@type': 'Course', name: c.name, url: absolute(c.url, ld) })) }),
	};
}

/** schema.org `Organization` of a partner: contact details, logo and its locations' addresses. */
export function organisationJsonLd(org: Organisation, locations: Location[], ld: LinkedData): JsonLd {
	const addresses = locations.map(postalAddress);
	return {
		'@context': CONTEXT,
		'@type': 'Organization',
		name: org.name,
		...(org.short_name && { alternateName: org.short_name }),
		...(org.description && { description: org.description }),
		url: org.website ?? ld.url,
		...(org.email && { email: org.email }),
		...(org.phone && { telephone: org.phone }),
		...(org.logo && { logo: absolute(org.logo.src, ld) }),
		...(addresses.length > 0 && { address: addresses.length > 1 ? addresses : addresses[0] }),
	};
}

/** schema.org `Place` of a location, with its address and coordinates. */
export function locationJsonLd(loc: Location, ld: LinkedData): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': 'Place',
		name: loc.name,
		...(loc.description && { description: loc.description }),
		url: ld.url,
		address: postalAddress(loc),
		...(loc.geo && { geo: { '@type': 'GeoCoordinates', latitude: loc.geo.lat, longitude: loc.geo.lon } }),
	};
}

/** schema.org `BreadcrumbList` from the trail's names and absolute URLs, home first. */
export function breadcrumbJsonLd(trail: { name: string; url: string }[]): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': 'BreadcrumbList',
		itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the tag. */
export const serializeJsonLd = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
