import type { z } from 'astro/zod';
import {
	courseSpan,
	eventSpan,
	isPast,
	nextStart,
	registrationState,
	type RegistrationState,
	type Span,
	timedSessions,
	type TimedSession,
} from '../lib/schedule.ts';
import { findRegion, inRegion } from '../regions/region-filter.ts';
import { type Relatable, relatedItems } from '../lib/related.ts';
import { pushTo } from '../lib/timeline.ts';
import type { ContentLanguage } from '../schemas/enums.ts';
import type { CollectionKey, collections } from '../schemas/index.ts';
import type { SiteContext } from '../context/site-context.ts';

/** A collection's validated frontmatter. */
export type EntryData<K extends CollectionKey> = z.output<(typeof collections)[K]['schema']>;
/** What the content index reads of an entry; the entries it is given may carry more (body, rendered HTML). */
export interface Entry<K extends CollectionKey> {
	id: string;
	data: EntryData<K>;
}
/** The entry type of each collection: the content layer's or the content check's. */
export type EntryTypes = { [K in CollectionKey]: Entry<K> };
/** Each collection's entries. */
export type IndexEntries<E extends EntryTypes = EntryTypes> = { [K in CollectionKey]: E[K][] };

export interface CourseItem<E extends EntryTypes = EntryTypes> {
	kind: 'course';
	entry: E['courses'];
	data: EntryData<'courses'>;
	href: string;
	sessions: TimedSession[];
	span: Span;
	/** The next session start for sorting upcoming courses (undefined for e-learning). */
	next?: Date;
	past: boolean;
	state: RegistrationState;
	/** The course's language when it differs from the site's (for `lang` on its content). */
	lang?: ContentLanguage;
	/** Slug of the organiser's region; `''` when the organiser serves every region. */
	region: string;
}
export interface EventItem<E extends EntryTypes = EntryTypes> {
	kind: 'event';
	entry: E['events'];
	data: EntryData<'events'>;
	href: string;
	/** An event always has a start and an end. */
	span: Required<Span>;
	/** When it starts, for sorting alongside courses. */
	next: Date;
	past: boolean;
	state: RegistrationState;
	/** Slug of the organiser's region; `''` when the organiser serves every region. */
	region: string;
}
export interface NewsItem<E extends EntryTypes = EntryTypes> {
	kind: 'news';
	entry: E['news'];
	data: EntryData<'news'>;
	href: string;
	/** Slug of the publishing organisation's region; `''` when it serves every region. */
	region: string;
}
export type ListItem<E extends EntryTypes = EntryTypes> = CourseItem<E> | EventItem<E> | NewsItem<E>;
export interface ProgrammeItem<E extends EntryTypes = EntryTypes> {
	kind: 'programme';
	entry: E['programmes'];
	data: EntryData<'programmes'>;
	href: string;
	/** Slug of the organiser's region; `''` when the organiser serves every region. */
	region: string;
}

/** The courses, events and news items that belong to one organisation or topic. */
export interface Related<E extends EntryTypes = EntryTypes> {
	courses: CourseItem<E>[];
	events: EventItem<E>[];
	news: NewsItem<E>[];
}
const related = <E extends EntryTypes>(map: Map<string, Related<E>>, key: string): Related<E> => {
	let value = map.get(key);
	if (!value) map.set(key, (value = { courses: [], events: [], news: [] }));
	return value;
};

/** A region of `site.yaml`, or the region an organisation names when the site lists none. */
export interface IndexRegion {
	slug: string;
	name: string;
}

/**
 * Every collection of one site with derived times, states, URLs and lookup maps, built once
 * (`buildContentIndex`): pages, the search index and the calendar files read it instead of
 * scanning collections per page.
 */
export interface ContentIndex<E extends EntryTypes = EntryTypes> {
	/** Organisations by id, in name order of the site's language. */
	organisations: Map<string, E['organisations']>;
	/** Topics by id, in name order. */
	topics: Map<string, E['topics']>;
	/** Locations by id, in name order. */
	locations: Map<string, E['locations']>;
	courses: CourseItem<E>[];
	events: EventItem<E>[];
	/** Newest first. */
	news: NewsItem<E>[];
	/** Programmes in title order. */
	programmes: ProgrammeItem<E>[];
	/** What an organisation organises, is a partner in or has published. */
	byOrganisation(id: string): Related<E>;
	/** What is about a topic. */
	byTopic(id: string): Related<E>;
	/** The courses with a session at, and the events at, a location. */
	byLocation(id: string): { courses: CourseItem<E>[]; events: EventItem<E>[] };
	/** An organisation's locations. */
	locationsOf(organisation: string): E['locations'][];
	/** The programmes with a step that is this course. */
	programmesOf(course: string): ProgrammeItem<E>[];
	/** An organisation's region from `site.yaml` (as written when the site lists no regions). */
	regionOf(organisation: string): IndexRegion | undefined;
	/** A region's courses, events and organisations; courses and events include those of organisations serving every region. */
	byRegion(slug: string): { courses: CourseItem<E>[]; events: EventItem<E>[]; organisations: E['organisations'][] };
	/** Up to three related courses, events and news items (see `lib/related.ts`). */
	relatedOf(item: ListItem<E>): ListItem<E>[];
	/** A published course by slug (undefined for drafts in a production build). */
	courseOf(id: string): CourseItem<E> | undefined;
}

/**
 * The content index of the collections' entries (published ones only: the caller leaves drafts
 * out when the build does), for the site of `ctx` (its time zone, regions, URLs and "now").
 * Without `astro:content`: the pages feed it the content layer's entries (`getContentIndex`), the
 * search index and calendar integrations the content check's (`validatedContentIndex`).
 */
export function buildContentIndex<E extends EntryTypes>(ctx: SiteContext, entries: IndexEntries<E>): ContentIndex<E> {
	const { lang, now, paths, site } = ctx;
	const {
		organisations: organisationEntries,
		topics: topicEntries,
		locations: locationEntries,
		courses: courseEntries,
		events: eventEntries,
		news: newsEntries,
		programmes: programmeEntries,
	} = entries;
	const tz = site.timezone;
	const regionText = new Map(organisationEntries.map((e) => [e.id, e.data.region]));
	/** An organisation's region from `site.yaml` (as written when the site lists no regions). */
	const regionOf = (organisation: string) => {
		const text = regionText.get(organisation);
		return text === undefined ? undefined : (findRegion(site.regions, text) ?? { slug: text, name: text });
	};
	const regionSlug = (organisation: string) => regionOf(organisation)?.slug ?? '';
	const courses: CourseItem<E>[] = courseEntries.map((entry) => {
		const sessions = timedSessions(entry.data, tz);
		const span = courseSpan(sessions);
		const language = entry.data.language && entry.data.language !== lang ? entry.data.language : undefined;
		return {
			kind: 'course',
			entry,
			data: entry.data,
			href: paths.entry('courses', entry.id),
			sessions,
			span,
			next: nextStart(sessions, now),
			past: isPast(span, now),
			state: registrationState(entry.data, span, now, tz),
			lang: language,
			region: regionSlug(entry.data.organiser),
		};
	});
	const events: EventItem<E>[] = eventEntries.map((entry) => {
		const span = eventSpan(entry.data, tz);
		return {
			kind: 'event',
			entry,
			data: entry.data,
			href: paths.entry('events', entry.id),
			span,
			next: span.start,
			past: isPast(span, now),
			state: registrationState(entry.data, span, now, tz),
			region: regionSlug(entry.data.organiser),
		};
	});
	const news: NewsItem<E>[] = newsEntries
		.map((entry): NewsItem<E> => ({
			kind: 'news',
			entry,
			data: entry.data,
			href: paths.entry('news', entry.id),
			region: regionSlug(entry.data.organisation),
		}))
		.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.entry.id.localeCompare(b.entry.id));

	// Lookup maps, built once: organisation / topic / location → what belongs to it.
	const byOrganisation = new Map<string, Related<E>>();
	const byTopic = new Map<string, Related<E>>();
	const byLocation = new Map<string, { courses: CourseItem<E>[]; events: EventItem<E>[] }>();
	const locationsByOrganisation = new Map<string, E['locations'][]>();
	for (const item of [...courses, ...events]) {
		const list = item.kind === 'course' ? 'courses' : 'events';
		for (const org of new Set([item.data.organiser, ...item.data.partners]))
			(related(byOrganisation, org)[list] as (typeof item)[]).push(item);
		for (const topic of item.data.topics) (related(byTopic, topic)[list] as (typeof item)[]).push(item);
		const places = item.kind === 'course' ? item.data.sessions.map((s) => s.location) : [item.data.location];
		for (const place of new Set(places)) {
			if (!place) continue;
			if (!byLocation.has(place)) byLocation.set(place, { courses: [], events: [] });
			(byLocation.get(place)![list] as (typeof item)[]).push(item);
		}
	}
	for (const item of news) {
		related(byOrganisation, item.data.organisation).news.push(item);
		for (const topic of item.data.topics) related(byTopic, topic).news.push(item);
	}
	for (const location of locationEntries) pushTo(locationsByOrganisation, location.data.organisation, location);

	const programmes = programmeEntries
		.map((entry): ProgrammeItem<E> => ({
			kind: 'programme',
			entry,
			data: entry.data,
			href: paths.entry('programmes', entry.id),
			region: regionSlug(entry.data.organiser),
		}))
		.sort((a, b) => a.data.title.localeCompare(b.data.title, lang));
	const programmesByCourse = new Map<string, ProgrammeItem<E>[]>();
	for (const item of programmes)
		for (const course of new Set(item.data.steps.map((s) => s.course))) if (course) pushTo(programmesByCourse, course, item);

	// Region slug → its organisations; a region's offers are those `inRegion` of it.
	const organisationsByRegion = new Map<string, E['organisations'][]>();
	for (const organisation of organisationEntries) pushTo(organisationsByRegion, regionSlug(organisation.id), organisation);

	// Up to three related items per course, event and news item, from the topic and organiser maps.
	const listed: ListItem<E>[] = [...courses, ...events, ...news];
	const all = (group?: Related<E>): ListItem<E>[] => (group ? [...group.courses, ...group.events, ...group.news] : []);
	const describe = (item: ListItem<E>): Relatable => ({
		topics: item.data.topics,
		organiser: item.kind === 'news' ? item.data.organisation : item.data.organiser,
		past: item.kind !== 'news' && item.past,
		when: item.kind === 'news' ? Date.parse(item.data.date) : (item.past ? item.span.end : item.next)?.getTime(),
	});
	const keyOf = (item: ListItem<E>) => `${item.kind}/${item.entry.id}`;
	// Worked out on first use: the pages need it, the search index and calendar files do not.
	let relatedByKey: Map<string, ListItem<E>[]> | undefined;
	const relatedByKeyOnce = () => {
		if (!relatedByKey) {
			const relatedMap = relatedItems(
				listed,
				describe,
				{ topic: (id) => all(byTopic.get(id)), organiser: (id) => all(byOrganisation.get(id)) },
				now.getTime(),
			);
			relatedByKey = new Map([...relatedMap].map(([item, list]) => [keyOf(item), list]));
		}
		return relatedByKey;
	};
	const courseById = new Map(courses.map((item) => [item.entry.id, item]));

	const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name, lang);
	return {
		organisations: new Map([...organisationEntries].sort(byName).map((e) => [e.id, e])),
		topics: new Map([...topicEntries].sort(byName).map((e) => [e.id, e])),
		locations: new Map([...locationEntries].sort(byName).map((e) => [e.id, e])),
		courses,
		events,
		news,
		byOrganisation: (id: string) => byOrganisation.get(id) ?? { courses: [], events: [], news: [] },
		byTopic: (id: string) => byTopic.get(id) ?? { courses: [], events: [], news: [] },
		byLocation: (id: string) => byLocation.get(id) ?? { courses: [], events: [] },
		locationsOf: (organisation: string) => locationsByOrganisation.get(organisation) ?? [],
		programmes,
		programmesOf: (course: string) => programmesByCourse.get(course) ?? [],
		regionOf,
		byRegion: (slug: string) => ({
			courses: courses.filter((item) => inRegion(item, slug)),
			events: events.filter((item) => inRegion(item, slug)),
			organisations: organisationsByRegion.get(slug) ?? [],
		}),
		relatedOf: (item: ListItem<E>) => relatedByKeyOnce().get(keyOf(item)) ?? [],
		courseOf: (id: string) => courseById.get(id),
	};
}
