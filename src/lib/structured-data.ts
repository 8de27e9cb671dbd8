import type { Course } from '../schemas/course.ts';
import type { Event } from '../schemas/event.ts';
import type { News } from '../schemas/news.ts';
import type { Location } from '../schemas/location.ts';
import type { Organisation } from '../schemas/organisation.ts';
import { toOffsetIso } from '../site/time.ts';
import type { Span, TimedSession } from './schedule.ts';

/** What the builders need to resolve references and make absolute URLs. */
export interface LinkedData {
	/** Absolute URL of the page. */
	url: string;
	timeZone: string;
	organisation(id: string): Organisation | undefined;
	location(id: string): Location | undefined;
}

type Thing = Record<string, unknown>;
const CONTEXT = 'https://schema.org';

const organization = (org: Organisation | undefined, id: string): Thing => ({ '@type': 'Organization', name: org?.name ?? id, ...(org?.website && { url: org.website }) });

function place(ld: LinkedData, where: { location?: string; place?: string; online_url?: string }): Thing | Thing[] | undefined {
	const places: Thing[] = [];
	const loc = where.location ? ld.location(where.location) : undefined;
	if (loc) {
		places.push({
			'@type': 'Place',
			name: loc.name,
			address: { '@type': 'PostalAddress', streetAddress: loc.address, postalCode: loc.postcode, addressLocality: loc.city },
		});
	} else if (where.place) places.push({ '@type': 'Place', name: where.place });
	if (where.online_url) places.push({ '@type': 'VirtualLocation', url: where.online_url });
	return places.length > 1 ? places : places[0];
}

const COURSE_MODE: Record<Course['format'], string> = { classroom: 'onsite', digital: 'online', elearning: 'online', hybrid: 'blended' };

/** schema.org `Course` with one `CourseInstance` per session. */
export function courseJsonLd(course: Course, sessions: TimedSession[], ld: LinkedData): Thing {
	const instances = sessions.length
		? sessions.map((s) => ({
				'@type': 'CourseInstance',
				courseMode: COURSE_MODE[course.format],
				startDate: toOffsetIso(s.startAt, ld.timeZone),
				endDate: toOffsetIso(s.endAt, ld.timeZone),
				location: place(ld, s),
			}))
		: [{ '@type': 'CourseInstance', courseMode: COURSE_MODE[course.format], ...(course.duration && { courseWorkload: course.duration }) }];
	return {
		'@context': CONTEXT,
		'@type': 'Course',
		name: course.title,
		description: course.summary,
		url: ld.url,
		provider: organization(ld.organisation(course.organiser), course.organiser),
		...(course.language && { inLanguage: course.language }),
		...(course.price !== undefined && { offers: { '@type': 'Offer', price: course.price, category: course.price === 0 ? 'Free' : 'Paid', url: course.registration?.url ?? ld.url } }),
		hasCourseInstance: instances,
	};
}

const ATTENDANCE: Record<Event['attendance'], string> = {
	'in-person': 'https://schema.org/OfflineEventAttendanceMode',
	online: 'https://schema.org/OnlineEventAttendanceMode',
	mixed: 'https://schema.org/MixedEventAttendanceMode',
};

/** schema.org `Event`. */
export function eventJsonLd(event: Event, span: Required<Span>, ld: LinkedData): Thing {
	return {
		'@context': CONTEXT,
		'@type': 'Event',
		name: event.title,
		description: event.summary,
		url: ld.url,
		startDate: toOffsetIso(span.start, ld.timeZone),
		endDate: toOffsetIso(span.end, ld.timeZone),
		eventAttendanceMode: ATTENDANCE[event.attendance],
		eventStatus: 'https://schema.org/EventScheduled',
		location: place(ld, event),
		organizer: organization(ld.organisation(event.organiser), event.organiser),
		...(event.registration?.url && { offers: { '@type': 'Offer', url: event.registration.url } }),
	};
}

/** schema.org `NewsArticle`. */
export function newsJsonLd(news: News, ld: LinkedData): Thing {
	const publisher = organization(ld.organisation(news.organisation), news.organisation);
	return {
		'@context': CONTEXT,
		'@type': 'NewsArticle',
		headline: news.title,
		description: news.summary,
		url: ld.url,
		datePublished: news.date,
		dateModified: news.updated ?? news.date,
		author: news.author ? { '@type': 'Person', name: news.author } : publisher,
		publisher,
		...(news.image && { image: new URL(news.image.src, ld.url).href }),
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the tag. */
export const serializeJsonLd = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
